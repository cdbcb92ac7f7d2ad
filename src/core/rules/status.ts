import type { DeskState } from '../state.js';
import type { Interaction, InteractionStatus, Participant, ParticipantRole } from '../types.js';

/** What a card or the pane shows for an interaction. */
export function interactionStatus(i: Interaction): InteractionStatus {
  if (i.phase === 'offered') return 'ringing';
  // Connecting, Post Call, wrap-up and ended show as their phase; a connected call says more.
  if (i.phase !== 'connected') return i.phase;
  if (i.inConference) return 'conference';
  if (i.consult) return 'consulting';
  return i.customerLeg.onHold ? 'on-hold' : 'connected';
}

export const isRinging = (i: Interaction): boolean => i.phase === 'connecting' || i.phase === 'offered';
/** CALL-1: controls exist only for an accepted interaction. */
export const isAccepted = (i: Interaction): boolean => i.phase === 'connected' || i.phase === 'post-call';

export function myParticipant(state: DeskState, i: Interaction): Participant | undefined {
  return i.participants.find((p) => p.id === state.agent.id);
}

/** This agent's role in a call; an accepted call that does not list me is mine as primary. */
export function myRole(state: DeskState, i: Interaction): ParticipantRole {
  return myParticipant(state, i)?.role ?? (i.kind === 'consult-request' ? 'consulted' : 'primary');
}

/** The controlling agent: the primary, or whoever took over (CONF-3). */
export function isController(state: DeskState, i: Interaction): boolean {
  return (i.controllerId ?? state.agent.id) === state.agent.id;
}

export const isAgentRole = (role: ParticipantRole): boolean =>
  role === 'primary' || role === 'consulted' || role === 'conferenced';
