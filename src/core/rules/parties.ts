import type { Interaction, InteractionPhase, Participant } from '../types.js';

/**
 * CONF-2, CONF-7: the parties who talk. A barging supervisor listens and is not counted
 * (docs/decisions.md).
 */
export const talkingParties = (participants: readonly Participant[]): number =>
  participants.filter((p) => p.role !== 'supervisor').length;

/** CONF-2: talking parties, counting a consulted party still on the way. */
export function partyCount(i: Interaction): number {
  return talkingParties(i.participants) + (i.consult && !i.consult.participantId ? 1 : 0);
}

/** CONF-2: whether `joining` fits in a call of `participants` under the tenant's limit; a supervisor always does. */
export function hasRoomFor(participants: readonly Participant[], joining: Participant, limit: number): boolean {
  return joining.role === 'supervisor' || talkingParties(participants) < limit;
}

/** CONF-2: whether a call's talking parties are within the tenant's limit. */
export const withinConferenceLimit = (participants: readonly Participant[], limit: number): boolean =>
  talkingParties(participants) <= limit;

/** CONF-5: a conference needs more than two parties; with two left the conference state ends. */
export const conferenceContinues = (participants: readonly Participant[]): boolean => talkingParties(participants) > 2;

/**
 * CONF-6: the phase of a live call once someone has left and `participants` remain. The customer
 * gone with two or more talking on: Post Call. One party left: the call ends for that agent
 * (`'ended'`: wrap-up, see `leadsToWrapUp('left-alone')`). Otherwise the call goes on as it was.
 */
export function phaseAfterLeaving(phase: InteractionPhase, participants: readonly Participant[]): InteractionPhase {
  if (talkingParties(participants) <= 1) return 'ended';
  return participants.some((p) => p.role === 'customer') ? phase : 'post-call';
}
