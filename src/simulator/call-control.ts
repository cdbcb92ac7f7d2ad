import type { RequestPayloads } from '../core/requests.js';
import { RequestError } from '../core/requests.js';
import { t } from '../core/i18n.js';
import { nextController } from '../core/rules/call-controls.js';
import { leadsToWrapUp } from '../core/rules/wrap-up.js';
import type { Destination, Participant } from '../core/types.js';
import { callOf, liveCall, refuse } from './refuse.js';
import { settle, type SimCall, type World } from './world.js';

const isMe = (world: World, p: Participant) => p.id === world.agent.id;
const talking = (call: SimCall) => call.participants.filter((p) => p.role !== 'supervisor');

/** The call is over for this agent; the primary (controlling) agent owes a wrap-up (END-2). */
export function endForMe(world: World, call: SimCall, wrapUpRequired: boolean): void {
  settle(world, call, wrapUpRequired ? 'wrap-up' : 'gone');
  world.emit({ type: 'interaction-ended', interactionId: call.id, wrapUpRequired });
}

const iControl = (world: World, call: SimCall) => call.controllerId === world.agent.id;

function requireControl(world: World, call: SimCall): void {
  if (!iControl(world, call)) refuse('not-controller', 'simulator.notController');
}

/** CONF-6: once the customer is gone nobody new joins, so a consult still on its way is called off. */
export function cancelPendingConsult(world: World, call: SimCall): void {
  if (!call.consult || call.consult.participant) return;
  call.consult = undefined;
  world.emit({ type: 'consult-ended', interactionId: call.id });
}

/** A party leaves; the call ends when one is left, control passes to the longest in it (CONF-3). */
export function leave(world: World, call: SimCall, participantId: string, dropped = false): void {
  const leaving = call.participants.find((p) => p.id === participantId);
  if (!leaving) return;
  call.participants = call.participants.filter((p) => p.id !== participantId);
  if (leaving.role === 'customer') call.customerHeld = false;
  if (call.consult?.participant?.id === participantId) call.consult = undefined;
  world.emit({ type: 'participant-left', interactionId: call.id, participantId, dropped });
  if (leaving.role === 'customer') cancelPendingConsult(world, call);
  if (talking(call).length <= 2) call.inConference = false;
  if (leaving.role === 'customer' && talking(call).length >= 2) call.phase = 'post-call';
  if (call.controllerId === participantId) {
    const next = nextController(call.participants, participantId);
    if (next) {
      call.controllerId = next.id;
      world.emit({ type: 'control-changed', interactionId: call.id, controllerId: next.id });
    }
  }
  if (talking(call).length <= 1) endForMe(world, call, iControl(world, call));
}

function destinationName(world: World, d: Destination): string {
  const d2 = world.directory;
  const found =
    d2.agents.find((a) => a.id === d.id) ??
    d2.queues.find((q) => q.id === d.id) ??
    d2.entryPoints.find((e) => e.id === d.id) ??
    d2.dialNumbers.find((n) => n.id === d.id) ??
    d2.organizations.find((o) => o.id === d.id);
  return d.name ?? found?.name ?? d.id;
}

/** CONS-2: the platform refuses a consult or transfer to a capacity-based EP or DN. */
function checkDestination(world: World, d: Destination): void {
  const capacity =
    (d.type === 'entry-point' && world.directory.entryPoints.some((e) => e.id === d.id && e.capacityBased)) ||
    (d.type === 'dial-number' && world.directory.dialNumbers.some((n) => (n.id === d.id || n.number === d.id) && n.capacityBased));
  if (capacity) refuse('unsupported-destination', 'simulator.unsupportedDestination');
}

export const callRequests = (world: World) => ({
  async hold({ interactionId, leg }: RequestPayloads['hold']) {
    const call = liveCall(world, interactionId);
    if (leg === 'consult' && !call.consult) refuse('no-consult', 'simulator.noConsult');
    const otherHeld = leg === 'customer' ? call.consult?.held : call.customerHeld;
    if (otherHeld) refuse('both-on-hold', 'simulator.bothOnHold');
    if (leg === 'customer') call.customerHeld = true;
    else call.consult!.held = true;
    world.emit({ type: 'hold-changed', interactionId, leg, onHold: true });
  },
  async resume({ interactionId, leg }: RequestPayloads['resume']) {
    const call = liveCall(world, interactionId);
    if (leg === 'consult' && !call.consult) refuse('no-consult', 'simulator.noConsult');
    // HOLD-3: resuming one leg of a consult holds the other.
    if (leg === 'customer') {
      call.customerHeld = false;
      if (call.consult) call.consult.held = true;
    } else {
      call.consult!.held = false;
      call.customerHeld = true;
    }
    world.emit({ type: 'hold-changed', interactionId, leg, onHold: false });
  },
  async consult({ interactionId, destination }: RequestPayloads['consult']) {
    const call = liveCall(world, interactionId);
    if (call.phase === 'post-call') refuse('post-call', 'simulator.postCall');
    if (call.consult) refuse('consult-active', 'simulator.consultActive');
    requireControl(world, call);
    if (call.participants.some((p) => p.id === destination.id)) refuse('already-in-call', 'simulator.alreadyInCall');
    checkDestination(world, destination);
    if (talking(call).length >= world.tenant.conferenceLimit) refuse('conference-full', 'simulator.conferenceFull', { limit: world.tenant.conferenceLimit });
    const named = { ...destination, name: destinationName(world, destination) };
    call.consult = { destination: named, state: 'requested', held: false };
    call.customerHeld = true;
    world.emit({ type: 'consult-updated', interactionId, destination: named, state: 'requested' });
    world.after(call, world.timings.consultRingMs, () => {
      // Already answered (consultAnswersNow) or called off: the ring is past.
      if (call.consult?.destination !== named || call.consult.state !== 'requested') return;
      call.consult.state = 'ringing';
      world.emit({ type: 'consult-updated', interactionId, destination: named, state: 'ringing' });
      world.after(call, world.timings.consultAnswerMs, () => answerConsult(world, call, named));
    });
  },
  async endConsult({ interactionId }: RequestPayloads['endConsult']) {
    const call = liveCall(world, interactionId);
    if (!call.consult) refuse('no-consult', 'simulator.noConsult');
    requireControl(world, call);
    const party = call.consult.participant;
    call.consult = undefined;
    if (party) call.participants = call.participants.filter((p) => p.id !== party.id);
    world.emit({ type: 'consult-ended', interactionId });
  },
  async exitConsult({ interactionId }: RequestPayloads['exitConsult']) {
    const call = liveCall(world, interactionId);
    const me = call.participants.find((p) => isMe(world, p));
    if (me?.role !== 'consulted') refuse('not-consulted', 'simulator.notConsulted');
    // CONS-6: the call goes on between the primary agent and the customer; nothing left to wrap up here.
    endForMe(world, call, leadsToWrapUp('exit-consult'));
  },
  async conference({ interactionId }: RequestPayloads['conference']) {
    const call = liveCall(world, interactionId);
    requireControl(world, call);
    if (!call.consult || call.consult.state === 'requested') refuse('no-consult', 'simulator.conferenceNeedsConsult');
    // CONS-4: from ringing, the consulted party is brought in as the conference starts.
    if (!call.consult.participant) answerConsult(world, call, call.consult.destination);
    if (talking(call).length > world.tenant.conferenceLimit) refuse('conference-full', 'simulator.conferenceFull', { limit: world.tenant.conferenceLimit });
    const joined = call.consult!.participant!;
    // As the desk's store sees it: a consulted agent is now conferenced; a dial-number party stays what it is.
    call.participants = call.participants.map((p) => (p.id === joined.id && p.role === 'consulted' ? { ...p, role: 'conferenced' } : p));
    call.consult = undefined;
    call.customerHeld = false;
    call.inConference = true;
    world.emit({ type: 'conference-started', interactionId });
  },
  async exitConference({ interactionId }: RequestPayloads['exitConference']) {
    const call = liveCall(world, interactionId);
    if (!call.inConference) refuse('no-conference', 'simulator.noConference');
    const wasPrimary = iControl(world, call);
    const others = call.participants.filter((p) => !isMe(world, p));
    const next = nextController(call.participants, world.agent.id);
    call.participants = others;
    if (wasPrimary && next) call.controllerId = next.id;
    // The primary agent who leaves has handled the call and wraps it up; a conferenced one does not.
    endForMe(world, call, wasPrimary);
  },
  async dropParticipant({ interactionId, participantId }: RequestPayloads['dropParticipant']) {
    const call = liveCall(world, interactionId);
    requireControl(world, call);
    if (call.init.channel !== 'voice') refuse('digital', 'simulator.dropDigital');
    if (!call.participants.some((p) => p.id === participantId) || participantId === world.agent.id) refuse('not-found', 'simulator.noParticipant');
    leave(world, call, participantId, true);
  },
  async transfer({ interactionId, destination, mode }: RequestPayloads['transfer']) {
    const call = liveCall(world, interactionId);
    requireControl(world, call);
    if (call.inConference) refuse('in-conference', 'simulator.transferInConference');
    checkDestination(world, destination);
    if (mode === 'blind' && destination.type === 'organization') refuse('blind-destination', 'simulator.blindDestination');
    if (mode === 'consult' && (!call.consult || call.consult.state === 'requested')) refuse('no-consult', 'simulator.transferNeedsConsult');
    // XFER-2, END-4: the call leaves at once and the agent wraps up.
    endForMe(world, call, leadsToWrapUp(mode === 'blind' ? 'blind-transfer' : 'transfer'));
  },
  async pauseRecording({ interactionId }: RequestPayloads['pauseRecording']) {
    const call = recordable(world, interactionId);
    if (call.recording.state !== 'recording') refuse('not-recording', 'simulator.notRecording');
    const resumesAt = world.clock.now() + world.tenant.recordingPauseMs;
    call.recording = { state: 'paused', resumesAt };
    world.emit({ type: 'recording-changed', interactionId, recording: call.recording });
    // REC-2: the pause ends by itself.
    world.after(call, world.tenant.recordingPauseMs, () => {
      if (call.recording.state !== 'paused' || call.recording.resumesAt !== resumesAt) return;
      call.recording = { state: 'recording' };
      world.emit({ type: 'recording-changed', interactionId, recording: call.recording });
    });
  },
  async resumeRecording({ interactionId }: RequestPayloads['resumeRecording']) {
    const call = recordable(world, interactionId);
    if (call.recording.state !== 'paused') refuse('not-paused', 'simulator.notPaused');
    call.recording = { state: 'recording' };
    world.emit({ type: 'recording-changed', interactionId, recording: call.recording });
  },
  async setBnr({ interactionId, enabled }: RequestPayloads['setBnr']) {
    const call = liveCall(world, interactionId);
    if (world.agent.telephonyMode !== 'desktop') refuse('phone-mode', 'simulator.bnrPhoneMode');
    if (call.consult) refuse('consult-active', 'simulator.bnrConsult');
    call.bnr = enabled;
    world.emit({ type: 'bnr-changed', interactionId, enabled });
  },
  async setBnrDefault({ enabled }: RequestPayloads['setBnrDefault']) {
    world.agent = { ...world.agent, settings: { ...world.agent.settings, backgroundNoiseReduction: enabled } };
    world.emit({ type: 'agent-updated', agent: { settings: world.agent.settings } });
  },
  async saveVariables({ interactionId, changes }: RequestPayloads['saveVariables']) {
    const call = callOf(world, interactionId);
    const conflicts = changes.flatMap((change) => {
      const current = call.variables.get(change.name);
      if (!current) refuse('unknown-variable', 'simulator.unknownVariable', { name: change.name });
      if (!current.editable) refuse('read-only', 'simulator.readOnly', { name: current.label });
      return current.version > change.baseVersion ? [{ name: current.name, value: current.secure ? '' : current.value, version: current.version }] : [];
    });
    // CAD-5: the first save wins; this whole save is refused and the saver told what won.
    if (conflicts.length) throw new RequestError('conflict', t('simulator.conflict'), conflicts);
    const saved = changes.map((change) => {
      const next = { ...call.variables.get(change.name)!, value: change.value };
      next.version += 1;
      call.variables.set(change.name, next);
      return next.secure ? { ...next, value: '' } : next;
    });
    world.emit({ type: 'variables-updated', interactionId, variables: saved });
  },
  async revealVariable({ interactionId, name }: RequestPayloads['revealVariable']) {
    const call = callOf(world, interactionId);
    const variable = call.variables.get(name);
    if (!variable?.secure) refuse('unknown-variable', 'simulator.unknownVariable', { name });
    if (world.failNextReveal) {
      world.failNextReveal = false;
      refuse('reveal-failed', 'simulator.revealFailed');
    }
    return { value: variable.value };
  },
  async end({ interactionId }: RequestPayloads['end']) {
    const call = liveCall(world, interactionId);
    requireControl(world, call);
    if (call.customerHeld) refuse('on-hold', 'simulator.endOnHold');
    // END-2: only the controlling agent ends (above), and wraps up.
    endForMe(world, call, leadsToWrapUp('end'));
  },
  /** The simulated far end hears the tones; nothing on the desk changes. */
  async sendDtmf({ interactionId }: RequestPayloads['sendDtmf']) {
    liveCall(world, interactionId);
  },
  async submitWrapUp({ interactionId, reasonId }: RequestPayloads['submitWrapUp']) {
    const call = world.calls.get(interactionId);
    if (!call || call.phase !== 'wrap-up') refuse('not-in-wrap-up', 'simulator.notInWrapUp');
    if (!world.tenant.wrapUpReasons.some((r) => r.id === reasonId)) refuse('unknown-reason', 'simulator.unknownReason');
    settle(world, call, 'gone');
    world.emit({ type: 'interaction-removed', interactionId, reason: 'wrapped-up' });
  },
});

/** CONS-5: a simulated colleague (or the party at the destination) answers. */
export function answerConsult(world: World, call: SimCall, destination: Destination): void {
  if (!call.consult || call.consult.destination !== destination || call.consult.participant) return;
  const agent = destination.type === 'agent' ? world.directory.agents.find((a) => a.id === destination.id) : undefined;
  // A queue is answered by an available agent who is not in the call yet.
  const inCall = new Set(call.participants.map((p) => p.id));
  const fallback = destination.type === 'queue' ? world.directory.agents.find((a) => a.available && !inCall.has(a.id)) : undefined;
  const who = agent ?? fallback;
  const participant: Participant = {
    id: who && !inCall.has(who.id) ? who.id : world.nextId('party'),
    name: who?.name ?? destination.name ?? destination.id,
    role: destination.type === 'dial-number' && !who ? 'dial-number' : 'consulted',
    joinedAt: world.clock.now(),
  };
  call.consult.state = 'answered';
  call.consult.participant = participant;
  call.participants = [...call.participants, participant];
  world.emit({ type: 'consult-updated', interactionId: call.id, destination, state: 'answered', participant });
}

/** REC-3: recording is paused or resumed only on a plain active call. */
function recordable(world: World, id: string): SimCall {
  const call = liveCall(world, id);
  if (call.consult) refuse('consult-active', 'simulator.recordingConsult');
  if (call.inConference) refuse('in-conference', 'simulator.recordingConference');
  if (call.recording.state === 'off') refuse('not-recording', 'simulator.notRecording');
  return call;
}
