import type { RequestName, RequestPayloads } from '../requests.js';
import type { DeskState } from '../state.js';
import type { Destination } from '../types.js';
import { destinationSupported, unsupportedReason } from '../capabilities.js';
import { canOutdialTo, canSetAgentState, canSignOut } from './agent.js';
import { canScheduleCallback } from './task-list.js';
import {
  canConference,
  canDrop,
  canEnd,
  canEndConsult,
  canExitConference,
  canExitConsult,
  canHold,
  canResume,
  canConsultTo,
  canTransfer,
} from './call-controls.js';
import { bnrControl } from './bnr.js';
import { canSendDtmf } from './dtmf.js';
import { canEditCallback, validateCallback } from './callback.js';
import { canAccept, canCancelCallback } from './popover.js';
import { canPauseRecording, canResumeRecording } from './recording.js';
import { canSaveVariables } from './variables.js';
import { allow, deny, firstRefusal, type Verdict } from './verdict.js';
import { canSubmitWrapUp } from './wrap-up.js';
import { withCall } from './with-call.js';
import { own } from '../own.js';

type Guards = { [K in RequestName]: (state: DeskState, payload: RequestPayloads[K], now: number) => Verdict };

const known = (state: DeskState, id: string): Verdict => withCall(state, id, allow);

function callbackGuard(state: DeskState, draft: RequestPayloads['scheduleCallback']['callback'], now: number, editingId?: string): Verdict {
  const editing = editingId === undefined ? undefined : state.callbacks.find((c) => c.id === editingId);
  const validation = validateCallback(draft, { now, agent: state.agent, tenant: state.tenant, directory: state.directory, editing });
  if (validation.valid) return allow();
  const first = Object.values(validation.errors)[0];
  return { allowed: false, reason: first };
}

function editableCallback(state: DeskState, callbackId: string, now: number): Verdict {
  const callback = state.callbacks.find((c) => c.id === callbackId);
  // A callback the desk has not listed is the server's to judge.
  return callback ? canEditCallback(callback, now) : allow();
}

/** The one place the store asks before any request reaches the adapter; the simulator's server side asks it too. */
const guards: Guards = {
  accept: (s, p) => canAccept(s, p.interactionId),
  acceptAll: (s, p) =>
    p.interactionIds.length === 0 ? deny('rules.request.nothingToAccept') : firstRefusal(...p.interactionIds.map((id) => () => canAccept(s, id))),
  // A request can be declined exactly when it can be accepted.
  decline: (s, p) => canAccept(s, p.interactionId),
  setAgentState: (s, p) => canSetAgentState(s, p.availability, p.idleCodeId),
  signOut: canSignOut,
  outdial: (s, p) => canOutdialTo(s.tenant, p),
  hold: (s, p) => canHold(s, p.interactionId, p.leg),
  resume: (s, p) => canResume(s, p.interactionId, p.leg),
  consult: (s, p) => canConsultTo(s, p.interactionId, p.destination),
  endConsult: (s, p) => canEndConsult(s, p.interactionId),
  exitConsult: (s, p) => canExitConsult(s, p.interactionId),
  conference: (s, p) => canConference(s, p.interactionId),
  exitConference: (s, p) => canExitConference(s, p.interactionId),
  transfer: (s, p) => canTransfer(s, p.interactionId, p.mode, p.destination),
  dropParticipant: (s, p) => canDrop(s, p.interactionId, p.participantId),
  pauseRecording: (s, p) => canPauseRecording(s, p.interactionId),
  resumeRecording: (s, p) => canResumeRecording(s, p.interactionId),
  setBnr: (s, p) => bnrControl(s, p.interactionId),
  setBnrDefault: allow,
  saveVariables: (s, p) =>
    firstRefusal(known(s, p.interactionId), () => canSaveVariables(own(s.interactions, p.interactionId)!.variables, p.changes)),
  revealVariable: (s, p) => {
    const v = own(s.interactions, p.interactionId)?.variables.find((candidate) => candidate.name === p.name);
    if (!v) return deny('rules.variable.unknown', { name: p.name });
    return v.secure ? allow() : deny('rules.variable.notSecure', { label: v.label });
  },
  end: (s, p) => canEnd(s, p.interactionId),
  sendDtmf: (s, p) => canSendDtmf(s, p.interactionId, p.digits),
  submitWrapUp: (s, p) => canSubmitWrapUp(s, p.interactionId, p.reasonId),
  cancelCallback: (s, p) => canCancelCallback(s, p.interactionId),
  scheduleCallback: (s, p, now) => firstRefusal(canScheduleCallback(s), () => callbackGuard(s, p.callback, now)),
  updateCallback: (s, p, now) =>
    firstRefusal(editableCallback(s, p.callbackId, now), () => callbackGuard(s, p.callback, now, p.callbackId)),
  deleteCallback: (s, p, now) => editableCallback(s, p.callbackId, now),
  listCallbacks: allow,
  refreshDirectory: allow,
};

export function requestGuard<K extends RequestName>(
  state: DeskState,
  name: K,
  payload: RequestPayloads[K],
  now: number,
): Verdict {
  const guard = guards[name] as Guards[K] | undefined;
  if (!guard) return deny('rules.request.unknown', { name: String(name).slice(0, 40) });
  // What the adapter declared it cannot do is refused with its own reason, before any rule.
  const unsupported = unsupportedReason(state.capabilities, name);
  if (unsupported) return { allowed: false, reason: unsupported };
  try {
    const destination = (payload as { destination?: Destination }).destination;
    if ((name === 'consult' || name === 'transfer') && destination && !destinationSupported(state.capabilities, name, destination.type)) {
      return deny('rules.capability.destination');
    }
    return guard(state, payload, now);
  } catch {
    // A payload of the wrong shape from a hand-built event is refused, never thrown.
    return deny('rules.request.malformed', { name });
  }
}
