import { own } from '../own.js';
import type { RequestName, RequestPayloads } from '../requests.js';
import type { DeskState } from '../state.js';
import { canOutdial, canSignOut } from './agent.js';
import { canScheduleCallback } from './task-list.js';
import {
  canConference,
  canConsult,
  canDrop,
  canEnd,
  canEndConsult,
  canExitConference,
  canExitConsult,
  canHold,
  canResume,
  canTransfer,
  consultDestinationFree,
  consultDestinationSupported,
} from './call-controls.js';
import { bnrControl } from './bnr.js';
import { canEditCallback, validateCallback } from './callback.js';
import { canAccept, canCancelCallback } from './popover.js';
import { canPauseRecording, canResumeRecording } from './recording.js';
import { canSaveVariables } from './variables.js';
import { allow, deny, firstRefusal, type Verdict } from './verdict.js';
import { canSubmitWrapUp } from './wrap-up.js';
import { withCall } from './with-call.js';

type Guards = { [K in RequestName]: (state: DeskState, payload: RequestPayloads[K], now: number) => Verdict };

const known = (state: DeskState, id: string): Verdict => withCall(state, id, allow);

function callbackGuard(state: DeskState, draft: RequestPayloads['scheduleCallback']['callback'], now: number): Verdict {
  const validation = validateCallback(draft, { now, agent: state.agent, tenant: state.tenant, directory: state.directory });
  if (validation.valid) return allow();
  const first = Object.values(validation.errors)[0];
  return { allowed: false, reason: first };
}

function editableCallback(state: DeskState, callbackId: string, now: number): Verdict {
  const callback = state.callbacks.find((c) => c.id === callbackId);
  // A callback the desk has not listed is the server's to judge.
  return callback ? canEditCallback(callback, now) : allow();
}

/** The one place the store asks before any request reaches the adapter. */
const guards: Guards = {
  accept: (s, p) => canAccept(s, p.interactionId),
  acceptAll: (s, p) =>
    p.interactionIds.length === 0 ? deny('rules.request.nothingToAccept') : firstRefusal(...p.interactionIds.map((id) => () => canAccept(s, id))),
  // A request can be declined exactly when it can be accepted.
  decline: (s, p) => canAccept(s, p.interactionId),
  setAgentState: (s, p) =>
    p.availability === 'idle' && p.idleCodeId && !s.agent.idleCodes.some((c) => c.id === p.idleCodeId)
      ? deny('rules.agent.unknownIdleCode')
      : allow(),
  signOut: canSignOut,
  outdial: canOutdial,
  hold: (s, p) => canHold(s, p.interactionId, p.leg),
  resume: (s, p) => canResume(s, p.interactionId, p.leg),
  consult: (s, p) =>
    firstRefusal(
      canConsult(s, p.interactionId),
      // Only once the call is known: these read it and the payload.
      () => consultDestinationFree(own(s.interactions, p.interactionId)!, p.destination),
      () => consultDestinationSupported(p.destination, s.directory),
    ),
  endConsult: (s, p) => canEndConsult(s, p.interactionId),
  exitConsult: (s, p) => canExitConsult(s, p.interactionId),
  conference: (s, p) => canConference(s, p.interactionId),
  exitConference: (s, p) => canExitConference(s, p.interactionId),
  transfer: (s, p) =>
    firstRefusal(canTransfer(s, p.interactionId, p.mode, p.destination), () => consultDestinationSupported(p.destination, s.directory)),
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
  submitWrapUp: (s, p) => canSubmitWrapUp(s, p.interactionId, p.reasonId),
  cancelCallback: (s, p) => canCancelCallback(s, p.interactionId),
  scheduleCallback: (s, p, now) => firstRefusal(canScheduleCallback(s), () => callbackGuard(s, p.callback, now)),
  updateCallback: (s, p, now) =>
    firstRefusal(editableCallback(s, p.callbackId, now), () => callbackGuard(s, p.callback, now)),
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
  const guard = own(guards, name) as Guards[K] | undefined;
  if (!guard) return deny('rules.request.unknown', { name: String(name).slice(0, 40) });
  try {
    return guard(state, payload, now);
  } catch {
    // A payload of the wrong shape from a hand-built event is refused, never thrown.
    return deny('rules.request.malformed', { name });
  }
}
