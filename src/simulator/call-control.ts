import type { RequestPayloads } from '../core/requests.js';
import { RequestError } from '../core/requests.js';
import { t } from '../core/i18n.js';
import { holdAfterResume, holdOnConsultUpdate, nextController } from '../core/rules/call-controls.js';
import { conferenceContinues, phaseAfterLeaving } from '../core/rules/parties.js';
import { leadsToWrapUp } from '../core/rules/wrap-up.js';
import type { Destination, Participant } from '../core/types.js';
import { interactionOf, judgedCall } from './desk-view.js';
import { refuse } from './refuse.js';
import { settle, type SimCall, type World } from './world.js';

const isMe = (world: World, p: Participant) => p.id === world.agent.id;

/** The call is over for this agent; the primary (controlling) agent owes a wrap-up (END-2). */
export function endForMe(world: World, call: SimCall, wrapUpRequired: boolean): void {
  settle(world, call, wrapUpRequired ? 'wrap-up' : 'gone');
  world.emit({ type: 'interaction-ended', interactionId: call.id, wrapUpRequired });
}

const iControl = (world: World, call: SimCall) => call.controllerId === world.agent.id;

/** CONF-6: once the customer is gone nobody new joins, so a consult still on its way is called off. */
export function cancelPendingConsult(world: World, call: SimCall): void {
  if (!call.consult || call.consult.participant) return;
  call.consult = undefined;
  world.emit({ type: 'consult-ended', interactionId: call.id });
}

/** A party leaves; control passes to the longest in the call (CONF-3); who remains decides the rest. */
export function leave(world: World, call: SimCall, participantId: string, dropped = false): void {
  const leaving = call.participants.find((p) => p.id === participantId);
  if (!leaving) return;
  call.participants = call.participants.filter((p) => p.id !== participantId);
  if (leaving.role === 'customer') call.customerHeld = false;
  if (call.consult?.participant?.id === participantId) call.consult = undefined;
  world.emit({ type: 'participant-left', interactionId: call.id, participantId, dropped });
  if (call.controllerId === participantId) {
    const next = nextController(call.participants, participantId);
    if (next) {
      call.controllerId = next.id;
      world.emit({ type: 'control-changed', interactionId: call.id, controllerId: next.id });
    }
  }
  afterLeaving(world, call);
}

/**
 * CONF-5, CONF-6, as core decides them for the desk: with the customer gone the call is in Post
 * Call (a consult still on its way is called off), a conference needs more than two parties, and
 * with one party left the call ends for that agent, who wraps it up.
 */
export function afterLeaving(world: World, call: SimCall): void {
  if (call.phase !== 'connected' && call.phase !== 'post-call') return;
  const phase = phaseAfterLeaving(call.phase, call.participants);
  if (phase === 'ended') {
    endForMe(world, call, leadsToWrapUp('left-alone'));
    return;
  }
  call.inConference = call.inConference && conferenceContinues(call.participants);
  call.phase = phase === 'post-call' ? 'post-call' : call.phase;
  if (call.phase === 'post-call') cancelPendingConsult(world, call);
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

/**
 * Every request below is judged first by core's rules, on the desk as the server knows it
 * (`judge`, docs/decisions.md "One rulebook"); what follows is only what the platform does.
 */
export const callRequests = (world: World) => ({
  async hold(payload: RequestPayloads['hold']) {
    const call = judgedCall(world, 'hold', payload);
    if (payload.leg === 'customer') call.customerHeld = true;
    else call.consult!.held = true;
    world.emit({ type: 'hold-changed', interactionId: call.id, leg: payload.leg, onHold: true });
  },
  async resume(payload: RequestPayloads['resume']) {
    const call = judgedCall(world, 'resume', payload);
    // HOLD-3: resuming one leg of an answered consult holds the other.
    const legs = holdAfterResume(interactionOf(call), payload.leg);
    call.customerHeld = legs.customer;
    if (call.consult) call.consult.held = legs.consult;
    world.emit({ type: 'hold-changed', interactionId: call.id, leg: payload.leg, onHold: false });
  },
  async consult(payload: RequestPayloads['consult']) {
    const call = judgedCall(world, 'consult', payload);
    const { interactionId, destination } = payload;
    const named = { ...destination, name: destinationName(world, destination) };
    // HOLD-3: a new consult holds the customer.
    const legs = holdOnConsultUpdate(interactionOf(call), 'requested');
    call.consult = { destination: named, state: 'requested', held: legs.consult };
    call.customerHeld = legs.customer;
    world.emit({ type: 'consult-updated', interactionId, destination: named, state: 'requested' });
    world.after(call, world.timings.consultRingMs, () => {
      // Already answered (consultAnswersNow) or called off: the ring is past.
      if (call.consult?.destination !== named || call.consult.state !== 'requested') return;
      call.consult.state = 'ringing';
      world.emit({ type: 'consult-updated', interactionId, destination: named, state: 'ringing' });
      world.after(call, world.timings.consultAnswerMs, () => answerConsult(world, call, named));
    });
  },
  async endConsult(payload: RequestPayloads['endConsult']) {
    const call = judgedCall(world, 'endConsult', payload);
    const party = call.consult!.participant;
    call.consult = undefined;
    if (party) call.participants = call.participants.filter((p) => p.id !== party.id);
    world.emit({ type: 'consult-ended', interactionId: call.id });
    // CONF-6: after the customer left, ending the consult leaves the primary alone: the call ends for them.
    afterLeaving(world, call);
  },
  async exitConsult(payload: RequestPayloads['exitConsult']) {
    const call = judgedCall(world, 'exitConsult', payload);
    // CONS-6: the call goes on between the primary agent and the customer; nothing left to wrap up here.
    endForMe(world, call, leadsToWrapUp('exit-consult'));
  },
  async conference(payload: RequestPayloads['conference']) {
    const call = judgedCall(world, 'conference', payload);
    const { interactionId } = payload;
    // CONS-4: from ringing, the consulted party is brought in as the conference starts.
    if (!call.consult!.participant) answerConsult(world, call, call.consult!.destination);
    const joined = call.consult!.participant!;
    // As the desk's store sees it: a consulted agent is now conferenced; a dial-number party stays what it is.
    call.participants = call.participants.map((p) => (p.id === joined.id && p.role === 'consulted' ? { ...p, role: 'conferenced' } : p));
    call.consult = undefined;
    call.customerHeld = false;
    call.inConference = true;
    world.emit({ type: 'conference-started', interactionId });
  },
  async exitConference(payload: RequestPayloads['exitConference']) {
    const call = judgedCall(world, 'exitConference', payload);
    const wasPrimary = iControl(world, call);
    const others = call.participants.filter((p) => !isMe(world, p));
    const next = nextController(call.participants, world.agent.id);
    call.participants = others;
    if (wasPrimary && next) call.controllerId = next.id;
    // The primary agent who leaves has handled the call and wraps it up; a conferenced one does not.
    endForMe(world, call, wasPrimary);
  },
  async dropParticipant(payload: RequestPayloads['dropParticipant']) {
    const call = judgedCall(world, 'dropParticipant', payload);
    leave(world, call, payload.participantId, true);
  },
  async transfer(payload: RequestPayloads['transfer']) {
    const call = judgedCall(world, 'transfer', payload);
    // XFER-2, END-4: the call leaves at once and the agent wraps up.
    endForMe(world, call, leadsToWrapUp(payload.mode === 'blind' ? 'blind-transfer' : 'transfer'));
  },
  async pauseRecording(payload: RequestPayloads['pauseRecording']) {
    const call = judgedCall(world, 'pauseRecording', payload);
    const { interactionId } = payload;
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
  async resumeRecording(payload: RequestPayloads['resumeRecording']) {
    const call = judgedCall(world, 'resumeRecording', payload);
    call.recording = { state: 'recording' };
    world.emit({ type: 'recording-changed', interactionId: call.id, recording: call.recording });
  },
  async setBnr(payload: RequestPayloads['setBnr']) {
    const call = judgedCall(world, 'setBnr', payload);
    call.bnr = payload.enabled;
    world.emit({ type: 'bnr-changed', interactionId: call.id, enabled: payload.enabled });
  },
  async setBnrDefault({ enabled }: RequestPayloads['setBnrDefault']) {
    world.agent = { ...world.agent, settings: { ...world.agent.settings, backgroundNoiseReduction: enabled } };
    world.emit({ type: 'agent-updated', agent: { settings: world.agent.settings } });
  },
  async saveVariables(payload: RequestPayloads['saveVariables']) {
    const call = judgedCall(world, 'saveVariables', payload);
    const { interactionId, changes } = payload;
    // CAD-5 stays the server's own: only it knows which version was saved last.
    const conflicts = changes.flatMap((change) => {
      const current = call.variables.get(change.name)!;
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
  async revealVariable(payload: RequestPayloads['revealVariable']) {
    const call = judgedCall(world, 'revealVariable', payload);
    // CAD-2: the secret is the server's alone.
    const variable = call.variables.get(payload.name)!;
    if (world.failNextReveal) {
      world.failNextReveal = false;
      refuse('reveal-failed', 'simulator.revealFailed');
    }
    return { value: variable.value };
  },
  async end(payload: RequestPayloads['end']) {
    const call = judgedCall(world, 'end', payload);
    // END-2: only the controlling agent ends, and wraps up.
    endForMe(world, call, leadsToWrapUp('end'));
  },
  /** The simulated far end hears the tones; nothing on the desk changes. */
  async sendDtmf(payload: RequestPayloads['sendDtmf']) {
    judgedCall(world, 'sendDtmf', payload);
  },
  async submitWrapUp(payload: RequestPayloads['submitWrapUp']) {
    const call = judgedCall(world, 'submitWrapUp', payload);
    settle(world, call, 'gone');
    world.emit({ type: 'interaction-removed', interactionId: call.id, reason: 'wrapped-up' });
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
  // HOLD-3: the agent is with the consulted party now; the customer waits on hold.
  const legs = holdOnConsultUpdate(interactionOf(call), 'answered');
  call.customerHeld = legs.customer;
  call.consult.held = legs.consult;
  call.consult.state = 'answered';
  call.consult.participant = participant;
  call.participants = [...call.participants, participant];
  world.emit({ type: 'consult-updated', interactionId: call.id, destination, state: 'answered', participant });
}
