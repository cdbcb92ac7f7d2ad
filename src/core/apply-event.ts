import type { AdapterEvent, InteractionInit, VariableInput } from './adapter-events.js';
import type { DeskState } from './state.js';
import type {
  Interaction,
  Notice,
  Participant,
  TenantConfig,
  Variable,
} from './types.js';
import { hideSecrets, type Vault } from './vault.js';
import { t } from './i18n.js';
import {
  conferenceContinues,
  hasRoomFor,
  holdAfterResume,
  holdOnConsultUpdate,
  isAgentRole,
  leadsToWrapUp,
  nextController,
  phaseAfterLeaving,
  withinConferenceLimit,
} from './rules/index.js';
import { maskHeld, protectionTurnsOn, sameParticipant, visibleCallback, visibleNumber, visibleParticipant } from './mask-data.js';
import { withEntry, withoutEntry } from './draft-record.js';
import { own } from './own.js';

/**
 * The reducer: one validated adapter event against one snapshot. It returns a new snapshot
 * (unchanged parts keep their identity) or says why the event cannot apply, in which case the
 * caller keeps the old snapshot untouched. Secrets go to the vault, never into the snapshot.
 */
export type Applied =
  | { ok: true; state: DeskState; notices: Notice[] }
  | { ok: false; kind: 'unknown-interaction' | 'invalid-transition'; detail: string };

type InteractionEvent = Extract<AdapterEvent, { interactionId: string }>;

const refuse = (detail: string): Applied => ({ ok: false, kind: 'invalid-transition', detail });

export function applyEvent(state: DeskState, event: AdapterEvent, vault: Vault): Applied {
  switch (event.type) {
    case 'session-started':
      return done({
        ...(protectionTurnsOn(state.tenant, event.tenant) ? maskHeld(state) : state),
        agent: event.agent,
        tenant: event.tenant,
        directory: event.directory,
        capabilities: event.capabilities,
      });
    case 'agent-updated':
      return done({ ...state, agent: { ...state.agent, ...event.agent } });
    case 'tenant-updated':
      return done({ ...(protectionTurnsOn(state.tenant, event.tenant) ? maskHeld(state) : state), tenant: event.tenant });
    case 'directory-updated':
      return done({ ...state, directory: event.directory });
    case 'callbacks-updated':
      return done({
        ...state,
        callbacks: event.callbacks.map((callback) => visibleCallback(callback, state.tenant)),
      });
    case 'interaction-connecting':
    case 'interaction-offered':
      return offer(state, event, vault);
    default:
      return onInteraction(state, event, vault);
  }
}

function done(state: DeskState, notices: Notice[] = []): Applied {
  return { ok: true, state, notices };
}

function offer(
  state: DeskState,
  event: Extract<AdapterEvent, { type: 'interaction-connecting' | 'interaction-offered' }>,
  vault: Vault,
): Applied {
  const existing = own(state.interactions, event.interactionId);
  if (existing) {
    if (event.type === 'interaction-offered' && existing.phase === 'connecting') {
      return done(put(state, { ...existing, phase: 'offered', offeredAt: event.at, seq: event.seq }));
    }
    return refuse(`it is already ${existing.phase}`);
  }
  if (!event.interaction) {
    return { ok: false, kind: 'unknown-interaction', detail: 'an offer without its interaction' };
  }
  const phase = event.type === 'interaction-connecting' ? 'connecting' : 'offered';
  return done(put(state, newInteraction(event, event.interaction, phase, state.tenant, vault)));
}

function newInteraction(
  event: InteractionEvent,
  init: InteractionInit,
  phase: Interaction['phase'],
  tenant: TenantConfig,
  vault: Vault,
): Interaction {
  return {
    id: event.interactionId,
    channel: init.channel,
    kind: init.kind,
    callbackKind: init.callbackKind,
    phase,
    customer: {
      name: init.customer.name,
      number: visibleNumber(init.customer.number, tenant),
    },
    dnis: init.dnis,
    queueName: init.queueName,
    entryPointName: init.entryPointName,
    offeredAt: event.at,
    customerLeg: { onHold: false },
    inConference: false,
    participants: [],
    recording: { state: 'off' },
    bnr: false,
    variables: mergeVariables(event.interactionId, [], init.variables ?? [], vault),
    consultRequester: init.consultRequester,
    linkedInteractionId: init.linkedInteractionId,
    wrapUpRequired: false,
    seq: event.seq,
  };
}

function onInteraction(state: DeskState, event: InteractionEvent, vault: Vault): Applied {
  const current = own(state.interactions, event.interactionId);
  if (!current) {
    return { ok: false, kind: 'unknown-interaction', detail: 'no such interaction' };
  }
  return transition(state, current, event, vault);
}

function transition(
  state: DeskState,
  i: Interaction,
  event: InteractionEvent,
  vault: Vault,
): Applied {
  const ringing = i.phase === 'connecting' || i.phase === 'offered';
  const live = i.phase === 'connected' || i.phase === 'post-call';
  const update = (changes: Partial<Interaction>, notices: Notice[] = []) => {
    const next = withController(i, { ...i, ...changes, seq: event.seq });
    return next ? done(put(state, next), notices) : refuse('a conference needs one agent in the call in control');
  };
  /** CONF-5, CONF-6: someone left a live call; who remains decides the phase, and one left ends it for them. */
  const afterLeaving = (changes: Partial<Interaction> & { participants: readonly Participant[] }, notices: Notice[] = []) => {
    const phase = live ? phaseAfterLeaving(i.phase, changes.participants) : i.phase;
    if (phase === 'ended') return update({ ...changes, ...ended(event.at, leadsToWrapUp('left-alone')) }, notices);
    return update({ ...changes, phase, inConference: i.inConference && conferenceContinues(changes.participants) }, notices);
  };

  switch (event.type) {
    case 'interaction-accepted': {
      if (!ringing) return refuse(`it is ${i.phase}, not offered`);
      if (new Set(event.participants.map((p) => p.id)).size !== event.participants.length) {
        return refuse('a participant is listed twice');
      }
      if (!withinConferenceLimit(event.participants, state.tenant.conferenceLimit)) {
        return refuse('more participants than the conference limit');
      }
      return update({
        // CB-2: a callback's customer may still be being dialled; customer-answered connects it.
        phase: event.dialling ? 'dialling' : 'connected',
        acceptedAt: event.at,
        participants: event.participants.map((p) => maskParticipant(p, i, state.tenant)),
        controllerId: event.controllerId,
        recording: event.recording,
        bnr: event.bnr,
      });
    }
    case 'customer-answered':
      if (i.phase !== 'dialling') return refuse(`it is ${i.phase}, not dialling the customer`);
      return update({ phase: 'connected' });
    case 'rona': {
      if (!ringing) return refuse(`it is ${i.phase}, not offered`);
      const without = remove(state, i.id, vault);
      return done({
        ...without,
        rona: { interactionId: i.id, customerLabel: customerLabel(i), at: event.at },
      });
    }
    case 'interaction-removed': {
      const notices: Notice[] = [];
      if (event.reason === 'returned-to-queue') {
        notices.push(
          notice(event, 'returned-to-queue', t('store.notice.returnedToQueue', { customer: customerLabel(i) })),
        );
      }
      return done(remove(state, i.id, vault), notices);
    }
    case 'hold-changed': {
      if (!live) return refuse(`it is ${i.phase}`);
      if (event.leg === 'consult' && !i.consult) return refuse('there is no consult leg');
      const legs = event.onHold
        ? { customer: i.customerLeg.onHold, consult: i.consult?.leg.onHold ?? false, [event.leg]: true }
        : holdAfterResume(i, event.leg);
      if (legs.customer && legs.consult) return refuse('both legs cannot be on hold');
      return update({
        customerLeg: { onHold: legs.customer },
        consult: i.consult && { ...i.consult, leg: { onHold: legs.consult } },
      });
    }
    case 'consult-updated': {
      if (i.phase !== 'connected') return refuse(`it is ${i.phase}`);
      const order = ['requested', 'ringing', 'answered'];
      if (i.consult && order.indexOf(event.state) < order.indexOf(i.consult.state)) {
        return refuse(`the consult is already ${i.consult.state}`);
      }
      if (i.consult?.state === 'answered') return refuse('the consult is already answered');
      const answered = event.state === 'answered' && event.participant;
      if (answered && i.participants.some((p) => p.id === event.participant!.id)) {
        return refuse('that participant is already in the call');
      }
      if (answered && !hasRoomFor(i.participants, event.participant!, state.tenant.conferenceLimit)) {
        return refuse('the conference is full');
      }
      const legs = holdOnConsultUpdate(i, event.state);
      return update({
        customerLeg: { onHold: legs.customer },
        consult: {
          destination: event.destination,
          state: event.state,
          startedAt: i.consult?.startedAt ?? event.at,
          answeredAt: answered ? event.at : i.consult?.answeredAt,
          participantId: answered ? event.participant!.id : i.consult?.participantId,
          leg: { onHold: legs.consult },
        },
        participants:
          answered ? [...i.participants, maskParticipant(event.participant!, i, state.tenant)] : i.participants,
      });
    }
    case 'consult-ended': {
      if (!i.consult) return refuse('there is no consult');
      const consulted = i.consult.participantId;
      return afterLeaving({
        consult: undefined,
        participants: i.participants.filter((p) => p.id !== consulted),
      });
    }
    case 'conference-started': {
      // The primary's desk has the consult; a consulted agent's desk (a consult request) has none.
      if (i.consult ? i.consult.state === 'requested' : i.kind !== 'consult-request' || i.phase !== 'connected') {
        return refuse('a conference needs a consult that reached its destination');
      }
      return update({
        consult: undefined,
        inConference: true,
        customerLeg: { onHold: false },
        participants: i.participants.map((p) => (p.role === 'consulted' ? { ...p, role: 'conferenced' as const } : p)),
      });
    }
    case 'participant-joined': {
      if (i.phase !== 'connected') return refuse(`nobody can join while ${i.phase}`);
      if (i.participants.some((p) => p.id === event.participant.id)) {
        return refuse('that participant is already in the call');
      }
      if (!hasRoomFor(i.participants, event.participant, state.tenant.conferenceLimit)) return refuse('the conference is full');
      return update({ participants: [...i.participants, maskParticipant(event.participant, i, state.tenant)] });
    }
    case 'participant-left': {
      const leaving = i.participants.find((p) => sameParticipant(p, event.participantId, state.tenant));
      if (!leaving) return refuse('no such participant');
      const participants = i.participants.filter((p) => p.id !== leaving.id);
      const notices =
        leaving.role === 'customer' && event.dropped
          ? [notice(event, 'customer-dropped', t('store.notice.customerDropped'))]
          : [];
      return afterLeaving(
        {
          participants,
          consult: i.consult?.participantId === leaving.id ? undefined : i.consult,
          customerLeg: leaving.role === 'customer' ? { onHold: false } : i.customerLeg,
        },
        notices,
      );
    }
    case 'control-changed': {
      if (!i.participants.some((p) => p.id === event.controllerId)) return refuse('no such participant');
      return update({ controllerId: event.controllerId });
    }
    case 'customer-left': {
      if (!live) return refuse(`it is ${i.phase}`);
      const participants = i.participants.filter((p) => p.role !== 'customer');
      return afterLeaving({ participants, customerLeg: { onHold: false } });
    }
    case 'recording-changed':
      if (!live) return refuse(`it is ${i.phase}`);
      return update({ recording: event.recording });
    case 'bnr-changed':
      if (!live) return refuse(`it is ${i.phase}`);
      return update({ bnr: event.enabled });
    case 'variables-updated':
      return update({ variables: mergeVariables(i.id, i.variables, event.variables, vault) });
    case 'interaction-ended': {
      // CONF-6: the desk ended the call already when one party was left; the platform's end confirms it.
      if (i.phase === 'wrap-up' && i.wrapUpRequired && event.wrapUpRequired) return done(put(state, { ...i, seq: event.seq }));
      if (i.phase === 'wrap-up' || i.phase === 'ended') return refuse(`it is already ${i.phase}`);
      if (!event.wrapUpRequired) return done(remove(state, i.id, vault));
      return update({ ...ended(event.at, true), variables: hideSecrets(vault, i.id, i.variables) });
    }
    default:
      return refuse(`unhandled ${event.type}`);
  }
}

/**
 * CONF-3, CONF-4: a conference always has exactly one agent in the call in control. When that
 * agent leaves and the conference goes on, the agent in the call longest takes over at once (the
 * platform's control-changed still decides); anything else that would leave it without one cannot apply.
 */
function withController(before: Interaction, next: Interaction): Interaction | undefined {
  const controls = (id: string | undefined) => next.participants.some((p) => p.id === id && isAgentRole(p.role));
  if (!next.inConference || controls(next.controllerId)) return next;
  const listed = (i: Interaction) => i.participants.some((p) => p.id === before.controllerId);
  const left = listed(before) && !listed(next) && next.controllerId === before.controllerId;
  const successor = left ? nextController(next.participants, before.controllerId!) : undefined;
  return successor && { ...next, controllerId: successor.id };
}

/** The call is over for this agent: wrap-up when owed (END-2), nothing left on hold, no consult or conference. */
function ended(at: number, wrapUpRequired: boolean): Partial<Interaction> {
  return { phase: wrapUpRequired ? 'wrap-up' : 'ended', endedAt: at, wrapUpRequired, consult: undefined, customerLeg: { onHold: false }, inConference: false };
}


// Only put and remove touch the interactions record, through draft-record: the store's own
// unpublished copy is written in place, anything else copied, so an event's cost does not grow with
// the desk. Call them only on the way to a successful result: a refused event must leave it as it was.
function put(state: DeskState, interaction: Interaction): DeskState {
  return { ...state, interactions: withEntry(state.interactions, interaction.id, interaction) };
}

function remove(state: DeskState, id: string, vault: Vault): DeskState {
  vault.forget(id);
  return {
    ...state,
    interactions: withoutEntry(state.interactions, id),
    selectedInteractionId: state.selectedInteractionId === id ? undefined : state.selectedInteractionId,
  };
}

/**
 * Newer versions replace older ones. A secure value sent along is dropped at the door: it is
 * only ever fetched by an explicit reveal (CAD-2), and a new version hides the old reveal.
 */
function mergeVariables(
  interactionId: string,
  current: readonly Variable[],
  incoming: readonly VariableInput[],
  vault: Vault,
): Variable[] {
  const byName = new Map(current.map((v) => [v.name, v]));
  for (const input of incoming) {
    const known = byName.get(input.name);
    if (known && known.version > input.version) continue;
    if (input.secure) {
      const stillRevealed = known?.reveal === 'revealed' && known.version === input.version;
      if (!stillRevealed) vault.forget(interactionId, input.name);
      byName.set(input.name, { ...input, value: '', reveal: stillRevealed ? 'revealed' : 'hidden' });
    } else {
      byName.set(input.name, { ...input });
    }
  }
  return [...byName.values()].sort((a, b) => a.order - b.order);
}

function maskParticipant(p: Participant, i: Interaction, tenant: TenantConfig): Participant {
  return visibleParticipant(p, customerLabel(i), tenant);
}

function customerLabel(i: Interaction): string {
  return i.customer.name || i.customer.number || t('store.customer.unknown');
}

function notice(event: InteractionEvent, kind: Notice['kind'], message: string): Notice {
  return { id: `${event.eventId}:${kind}`, kind, interactionId: event.interactionId, message, at: event.at };
}
