import type { DeskState } from '../state.js';
import type { Notice } from '../types.js';

/**
 * POP-12 and every other store notice: the pane tells the notices of the interaction it shows;
 * the others (a callback gone back to the queue, a notice about a call the agent is not looking
 * at) are told where requests come and go, so none stays in the store unseen.
 */
export const noticesElsewhere = (state: DeskState): readonly Notice[] =>
  state.notices.filter((n) => n.interactionId === undefined || n.interactionId !== state.selectedInteractionId || !state.interactions[n.interactionId]);
