import { own } from '../own.js';
import type { DeskState } from '../state.js';
import type { ConsultState, Destination, Interaction, LegName, Participant } from '../types.js';
import { t, type MessageKey } from '../i18n.js';
import { canUseDestination } from './destinations.js';
import { partyCount } from './parties.js';
import { isAccepted, isAgentRole, isController, myRole } from './status.js';
import { allow, deny, firstRefusal, type Verdict } from './verdict.js';
import { withCall } from './with-call.js';

type Check = (state: DeskState, id: string) => Verdict;

/** CALL-1: the handle-time timer runs from acceptance. */
export const handleTimeStart = (i: Interaction): number | undefined => i.acceptedAt;

/** The refusal of anything but an accepted voice call, if any. */
const activeVoice = (i: Interaction): MessageKey | false =>
  !isAccepted(i) ? 'rules.call.notAccepted' : i.channel !== 'voice' && 'rules.call.notVoice';

/**
 * HOLD-1, HOLD-3: a leg can be held unless the other one already is. The customer leg can be held
 * and resumed while a consult is requested or ringing (the agent talks to the customer while the
 * destination rings); the consult leg exists to hold once the consult is answered (CONS-5).
 */
export function canHold(state: DeskState, id: string, leg: LegName): Verdict {
  return withCall(state, id, (i) =>
    firstRefusal(
      activeVoice(i),
      i.phase === 'post-call' && leg === 'customer' && 'rules.call.customerGone',
      leg === 'consult' && !i.consult && 'rules.hold.noConsult',
      leg === 'consult' && !!i.consult && i.consult.state !== 'answered' && 'rules.hold.consultNotAnswered',
      legOnHold(i, leg) && 'rules.hold.alreadyOnHold',
      legOnHold(i, other(leg)) && 'rules.hold.otherLegOnHold',
    ),
  );
}

/** HOLD-1, HOLD-3: Resume takes a held leg off hold (the other leg, if answered, goes on hold: `holdAfterResume`). */
export function canResume(state: DeskState, id: string, leg: LegName): Verdict {
  return withCall(state, id, (i) =>
    firstRefusal(activeVoice(i), !legOnHold(i, leg) && 'rules.hold.notOnHold'),
  );
}

type LegsOnHold = { customer: boolean; consult: boolean };

/**
 * HOLD-3: resuming one leg of an answered consult holds the other; the two are never both on hold.
 * While the consult is only requested or ringing there is nobody on its leg to hold.
 */
export function holdAfterResume(i: Interaction, leg: LegName): LegsOnHold {
  if (!i.consult) return { customer: false, consult: false };
  if (i.consult.state !== 'answered') return { customer: false, consult: false };
  return leg === 'customer' ? { customer: false, consult: true } : { customer: true, consult: false };
}

/**
 * HOLD-3: the legs' hold as a consult moves on. A new consult puts the customer on hold; when the
 * consulted party answers, the agent is with them and the customer is on hold (whether or not the
 * agent took the customer off hold while it rang); ringing leaves the legs as the agent set them.
 */
export function holdOnConsultUpdate(i: Interaction, state: ConsultState): LegsOnHold {
  const consultHeld = i.consult?.leg.onHold ?? false;
  if (!i.consult || state === 'answered') return { customer: true, consult: false };
  return { customer: i.customerLeg.onHold, consult: consultHeld };
}

/**
 * HOLD-1: "Call on Hold" shows beside the timer when the agent has the customer on hold, on a call
 * or in a conference alike; during a consult the legs say which one is held (CONS-5).
 */
export const callOnHold = (i: Interaction): boolean => i.phase === 'connected' && i.customerLeg.onHold && !i.consult;

/**
 * CONS-1, CONS-6, CONS-7: whether this agent is in a consult: the primary with a consult under way,
 * or the consulted agent while the agent who consulted them is still in control and no conference
 * has begun (on the consulted agent's desk the consult is the call itself).
 */
export function inConsult(state: DeskState, i: Interaction): boolean {
  if (i.consult) return true;
  return !i.inConference && isAccepted(i) && myRole(state, i) === 'consulted' && !isController(state, i);
}

const legOnHold = (i: Interaction, leg: LegName) => (leg === 'customer' ? i.customerLeg.onHold : !!i.consult?.leg.onHold);
const other = (leg: LegName): LegName => (leg === 'customer' ? 'consult' : 'customer');

/** END-1, HOLD-2, CONF-8: the agent in control ends a call that is not on hold and has no consult under way. */
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

/** CONS-1, CONF-2, CONF-6, CONF-8: a consult needs an active call with none under way, by the agent in control, with room for one more. */
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

/**
 * CONS-1, CONS-2: a consult of this call to `destination`: `canConsult`, then a destination the
 * directory offers (`canUseDestination`), not in the call already, not capacity-based.
 */
export const canConsultTo = (state: DeskState, id: string, destination: Destination): Verdict =>
  firstRefusal(canConsult(state, id), () => canUseDestination(state, own(state.interactions, id)!, 'consult', destination));

/** CONS-3: "Consult Requested" beside the timer until the consulted party answers. */
export function consultStatusLabel(i: Interaction): string | undefined {
  if (!i.consult || i.consult.state === 'answered') return undefined;
  return t('rules.consult.requested');
}

const consultReached = (i: Interaction) => !!i.consult && i.consult.state !== 'requested';

/**
 * CONS-4, XFER-1, XFER-2, CONF-3, CONF-6, CONF-8: the agent in control transfers an accepted call
 * (not in a conference, not in Post Call): at once with no consult under way, to a destination the
 * directory offers (`canUseDestination`; a capacity-based one is fine, CONS-2 is about consults);
 * or to the consulted party once the consult rings.
 */
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
      () => (mode === 'blind' && destination ? canUseDestination(state, i, 'transfer', destination) : allow()),
    ),
  );
}

/** CONS-4, CONF-1, CONF-2, CONF-8: the agent in control conferences a consult that reached its destination, within the limit. */
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
  withCall(state, id, (i) =>
    firstRefusal(
      !isAccepted(i) && 'rules.call.notAccepted',
      (myRole(state, i) !== 'consulted' || i.inConference) && 'rules.consult.notConsulted',
    ),
  );

/** CONS-7, CONF-8: the primary (controlling) agent ends the consult leg. */
export const canEndConsult: Check = (state, id) =>
  withCall(state, id, (i) =>
    firstRefusal(
      !isAccepted(i) && 'rules.call.notAccepted',
      !i.consult && 'rules.hold.noConsult',
      !isController(state, i) && 'rules.participant.notController',
    ),
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
    // HOLD-3, CONS-5: once the consult is answered each leg has its own hold control (`legs`).
    const controls: CallControl[] = legs(i).length < 2 ? ['hold'] : [];
    // CONS-1: one consult at a time; End Consult takes its place.
    if (!i.consult) controls.push('consult');
    controls.push('end', 'recording');
    if (i.consult) controls.push('end-consult', 'conference');
    // CONF-3: in a conference Exit Conference takes Transfer's place, a consult under way or not.
    controls.push(i.inConference ? 'exit-conference' : 'transfer');
    if (i.inConference) controls.push('drop');
    return controls;
  }
  if (role === 'consulted' && !i.inConference) return ['exit-consult'];
  return i.inConference ? ['exit-conference'] : [];
}
