import { own } from '../own.js';
import type { DeskState } from '../state.js';
import type {
  Destination,
  DestinationType,
  Directory,
  Interaction,
  LegName,
  Participant,
} from '../types.js';
import { t, type MessageKey } from '../i18n.js';
import { isAccepted, isAgentRole, isController, myRole } from './status.js';
import { allow, deny, firstRefusal, type Verdict } from './verdict.js';
import { withCall } from './with-call.js';

type Check = (state: DeskState, id: string) => Verdict;

/** CALL-1: the handle-time timer runs from acceptance. */
export const handleTimeStart = (i: Interaction): number | undefined => i.acceptedAt;

/** The refusal of anything but an accepted voice call, if any. */
const activeVoice = (i: Interaction): MessageKey | false =>
  !isAccepted(i) ? 'rules.call.notAccepted' : i.channel !== 'voice' && 'rules.call.notVoice';

/** HOLD-1, HOLD-3: a leg can be held unless the other one already is. */
export function canHold(state: DeskState, id: string, leg: LegName): Verdict {
  return withCall(state, id, (i) =>
    firstRefusal(
      activeVoice(i),
      i.phase === 'post-call' && leg === 'customer' && 'rules.call.customerGone',
      leg === 'consult' && !i.consult && 'rules.hold.noConsult',
      legOnHold(i, leg) && 'rules.hold.alreadyOnHold',
      legOnHold(i, other(leg)) && 'rules.hold.otherLegOnHold',
    ),
  );
}

/** HOLD-1: Resume takes a held leg off hold. */
export function canResume(state: DeskState, id: string, leg: LegName): Verdict {
  return withCall(state, id, (i) =>
    firstRefusal(activeVoice(i), !legOnHold(i, leg) && 'rules.hold.notOnHold'),
  );
}

/** HOLD-3: resuming one leg of a consult holds the other; the two are never both on hold. */
export function holdAfterResume(i: Interaction, leg: LegName): { customer: boolean; consult: boolean } {
  if (!i.consult) return { customer: false, consult: false };
  return leg === 'customer' ? { customer: false, consult: true } : { customer: true, consult: false };
}

const legOnHold = (i: Interaction, leg: LegName) => (leg === 'customer' ? i.customerLeg.onHold : !!i.consult?.leg.onHold);
const other = (leg: LegName): LegName => (leg === 'customer' ? 'consult' : 'customer');

/** END-1, HOLD-2: no ending a call on hold. */
export const canEnd: Check = (state, id) =>
  withCall(state, id, (i) =>
    firstRefusal(
      !isAccepted(i) && 'rules.call.notAccepted',
      // CONF-8: the agent in control ends the call; the others exit it.
      !isController(state, i) && 'rules.participant.notController',
      i.customerLeg.onHold && 'rules.end.onHold',
      !!i.consult && 'rules.end.consulting',
    ),
  );

/** CONS-1: a consult needs an active call with none under way. */
export const canConsult: Check = (state, id) =>
  withCall(state, id, (i) =>
    firstRefusal(
      activeVoice(i),
      i.phase === 'post-call' && 'rules.conference.postCall',
      !!i.consult && 'rules.consult.already',
      !isAgentRole(myRole(state, i)) && 'rules.participant.noControls',
      // CONF-8: consulting out is the controlling agent's; a consulted agent has Exit Consult.
      !isController(state, i) && 'rules.participant.notController',
      canAddParticipant(state, id),
    ),
  );

/** CONS-1: a consult reaches someone not already in the call. */
export function consultDestinationFree(i: Interaction, destination: Destination): Verdict {
  return destination.type === 'agent' && i.participants.some((p) => p.id === destination.id)
    ? deny('rules.consult.alreadyInCall')
    : allow();
}

export const CONSULT_DESTINATIONS: readonly DestinationType[] = ['agent', 'queue', 'dial-number', 'entry-point', 'organization'];

/** CONS-2: an entry point or dial number routed to a capacity-based team cannot be consulted. */
export function consultDestinationSupported(destination: Destination, directory: Directory): Verdict {
  const capacityBased =
    (destination.type === 'entry-point' &&
      directory.entryPoints.some((e) => e.id === destination.id && e.capacityBased)) ||
    (destination.type === 'dial-number' &&
      directory.dialNumbers.some((d) => (d.id === destination.id || d.number === destination.id) && d.capacityBased));
  return capacityBased ? deny('rules.consult.unsupportedDestination') : allow();
}

/** CONS-3: "Consult Requested" beside the timer until the consulted party answers. */
export function consultStatusLabel(i: Interaction): string | undefined {
  if (!i.consult || i.consult.state === 'answered') return undefined;
  return t('rules.consult.requested');
}

const consultReached = (i: Interaction) => !!i.consult && i.consult.state !== 'requested';

/** CONS-4, XFER-1, XFER-2: transfer an accepted call; a consult transfer once the consult rings. */
export function canTransfer(
  state: DeskState,
  id: string,
  mode: 'blind' | 'consult' = 'blind',
  destination?: Destination,
): Verdict {
  return withCall(state, id, (i) =>
    firstRefusal(
      activeVoice(i),
      !isController(state, i) && 'rules.participant.notController',
      i.inConference && 'rules.transfer.inConference',
      i.phase === 'post-call' && 'rules.call.customerGone',
      mode === 'consult' && !consultReached(i) && 'rules.transfer.consultNotReached',
      mode === 'blind' && !!i.consult && 'rules.consult.already',
      // Last, and only then: the destination is the caller's payload.
      () =>
        mode === 'blind' && destination && !transferDestinationTypes('blind').includes(destination.type)
          ? deny('rules.transfer.blindDestination')
          : allow(),
    ),
  );
}

/**
 * XFER-1: a call goes straight to a queue, agent, entry point or dial number (XFER-2: to a person
 * that is the blind transfer; a queue or entry point routes it on). A consult transfer hands the
 * call to whoever the consult reached.
 */
export function transferDestinationTypes(mode: 'blind' | 'consult'): readonly DestinationType[] {
  return mode === 'blind' ? ['queue', 'agent', 'entry-point', 'dial-number'] : CONSULT_DESTINATIONS;
}

/** CONS-4, CONF-1, CONF-2: conference from a consult that reached its destination, within the limit. */
export const canConference: Check = (state, id) =>
  withCall(state, id, (i) =>
    firstRefusal(
      activeVoice(i),
      !consultReached(i) && 'rules.conference.needsConsult',
      !isController(state, i) && 'rules.participant.notController',
      partyCount(i) > state.tenant.conferenceLimit && deny('rules.conference.full', { limit: state.tenant.conferenceLimit }),
    ),
  );

/** CONS-5: once the consult is answered there are two legs, each with its own controls. */
export function legs(i: Interaction): LegName[] {
  return i.consult?.state === 'answered' ? ['customer', 'consult'] : ['customer'];
}

/** CONS-6: the consulted agent can leave the consult. */
export const canExitConsult: Check = (state, id) =>
  withCall(state, id, (i) => firstRefusal((myRole(state, i) !== 'consulted' || i.inConference) && 'rules.consult.notConsulted'));

/** CONS-7: the primary agent ends the consult leg. */
export const canEndConsult: Check = (state, id) =>
  withCall(state, id, (i) =>
    firstRefusal(!i.consult && 'rules.hold.noConsult', !isController(state, i) && 'rules.participant.notController'),
  );

/** CONF-3: in a conference, Exit Conference takes Transfer's place (`participantControls`). */
export const canExitConference: Check = (state, id) =>
  withCall(state, id, (i) => firstRefusal(!(i.inConference && isAgentRole(myRole(state, i))) && 'rules.conference.none'));

/** CONF-3: the agent in the call longest takes control when the controller leaves. */
export function nextController(participants: readonly Participant[], leavingId: string): Participant | undefined {
  return participants
    .filter((p) => p.id !== leavingId && isAgentRole(p.role))
    .reduce<Participant | undefined>((longest, p) => (!longest || p.joinedAt < longest.joinedAt ? p : longest), undefined);
}

/** CONF-4: only the controlling agent drops others, on voice calls only. */
export function canDrop(state: DeskState, id: string, participantId: string): Verdict {
  return withCall(state, id, (i) =>
    firstRefusal(
      i.channel !== 'voice' && 'rules.drop.digital',
      !isAccepted(i) && 'rules.call.notAccepted',
      !isController(state, i) && 'rules.participant.notController',
      participantId === state.agent.id && 'rules.drop.self',
      !i.participants.some((p) => p.id === participantId) && 'rules.drop.unknown',
    ),
  );
}

/** CONF-4: dropping the customer asks first. */
export const dropNeedsConfirmation = (p: Participant): boolean => p.role === 'customer';

/** CONF-5: a conference needs more than two parties. */
export const conferenceContinues = (participants: readonly Participant[]): boolean =>
  participants.filter((p) => p.role !== 'supervisor').length > 2;

/** Talking parties, counting a consulted party still on the way (supervisors only listen). */
export function partyCount(i: Interaction): number {
  const talking = i.participants.filter((p) => p.role !== 'supervisor').length;
  return talking + (i.consult && !i.consult.participantId ? 1 : 0);
}

/** CONF-2, CONF-6: nobody joins in Post Call, or past the tenant's limit. */
export const canAddParticipant: Check = (state, id) =>
  withCall(state, id, (i) =>
    firstRefusal(
      i.phase === 'post-call' && 'rules.conference.postCall',
      partyCount(i) >= state.tenant.conferenceLimit && deny('rules.conference.full', { limit: state.tenant.conferenceLimit }),
    ),
  );

export interface ParticipantRow {
  participant: Participant;
  roleLabel: string;
  isMe: boolean;
  controlling: boolean;
  /** CONF-8: what this agent may do to that participant from the list. */
  canDrop: boolean;
  confirmDrop: boolean;
}

/** CONF-7, CONF-8: the participant list, longest in the call first, with the controls each row offers. */
export function participantList(state: DeskState, id: string): ParticipantRow[] {
  const i = own(state.interactions, id);
  if (!i) return [];
  return [...i.participants]
    .sort((a, b) => a.joinedAt - b.joinedAt)
    .map((participant) => ({
      participant,
      roleLabel: t(`rules.role.${participant.role}`),
      isMe: participant.id === state.agent.id,
      controlling: participant.id === (i.controllerId ?? state.agent.id),
      canDrop: i.inConference && canDrop(state, id, participant.id).allowed,
      confirmDrop: dropNeedsConfirmation(participant),
    }));
}

export type CallControl =
  | 'hold'
  | 'consult'
  | 'transfer'
  | 'conference'
  | 'exit-conference'
  | 'exit-consult'
  | 'end-consult'
  | 'end'
  | 'recording'
  | 'drop';

/**
 * CALL-1: none until the call is accepted (`isAccepted`).
 * CONF-3: in a conference Exit Conference takes Transfer's place.
 * CONF-8: which controls this agent has, by role (the guide's participant tables):
 * the primary/controlling agent everything; a consulted agent Exit Consult; a conferenced
 * agent Exit Conference (and control once it passes); customers and dial-number parties none.
 */
export function participantControls(state: DeskState, id: string): CallControl[] {
  const i = own(state.interactions, id);
  if (!i || !isAccepted(i)) return [];
  const role = myRole(state, i);
  if (!isAgentRole(role)) return [];
  if (isController(state, i)) {
    const controls: CallControl[] = ['hold', 'consult', 'end', 'recording'];
    if (i.consult) controls.push('end-consult', 'conference');
    // CONF-3: in a conference Exit Conference takes Transfer's place, a consult under way or not.
    controls.push(i.inConference ? 'exit-conference' : 'transfer');
    if (i.inConference) controls.push('drop');
    return controls;
  }
  if (role === 'consulted' && !i.inConference) return ['exit-consult'];
  return i.inConference ? ['exit-conference'] : [];
}
