import type { DeskState } from '../state.js';
import { isDiallingCustomer } from './callback.js';
import { isAccepted } from './status.js';
import { wrapUpOpensFor } from './wrap-up.js';
import { own } from '../own.js';

/** Accepted by the agent: connected, or (CB-2) a callback whose customer is being dialled. */
const taken = (i: Parameters<typeof isAccepted>[0]): boolean => isAccepted(i) || isDiallingCustomer(i);

/**
 * CALL-2, END-4: the interactions the pane comes to after a change, most urgent first: those that
 * just began to owe this agent a wrap-up (END-2, END-4: ended, transferred, cancelled, left by the
 * customer), then those just answered or accepted (from the popover, the task list or the phone;
 * CB-2: a callback from the moment its customer is dialled).
 */
export function arrivalsToShow(previous: DeskState, state: DeskState): string[] {
  if (previous.interactions === state.interactions) return [];
  const wrapUps: string[] = [];
  const answered: string[] = [];
  for (const [id, i] of Object.entries(state.interactions)) {
    const before = own(previous.interactions, id);
    if (before === i) continue;
    if (wrapUpOpensFor(state, id) && !(before && wrapUpOpensFor(previous, id))) wrapUps.push(id);
    else if (taken(i) && !(before && taken(before))) answered.push(id);
  }
  return [...wrapUps, ...answered];
}

/** Still worth coming to: on the desk, and accepted or owing a wrap-up. */
const stillWanted = (state: DeskState, id: string): boolean => {
  const i = own(state.interactions, id);
  return !!i && (taken(i) || wrapUpOpensFor(state, id));
};

export interface PaneFollow {
  /** The interaction to show now, if the pane should move. */
  show?: string;
  /** What waits until the agent is done in the shown one (told in the pane, oldest first). */
  waiting: string[];
}

/**
 * CALL-2, END-4: where the pane goes. It comes to a new arrival by itself, unless the agent is busy
 * in the one it shows (an unsaved edit, an open dialog): then the arrival waits, is told, and is
 * shown once the agent is done. Of several accepted at once the pane shows the first; a wrap-up
 * owed always waits its turn, since each must be submitted.
 */
export function paneFollow(
  state: DeskState,
  waiting: readonly string[],
  arrivals: readonly string[],
  shownId: string | undefined,
  busy: boolean,
): PaneFollow {
  const queue = [...new Set([...waiting, ...arrivals])].filter((id) => id !== shownId && stillWanted(state, id));
  // Wrap-ups first: what the agent owes comes before what just rang.
  queue.sort((a, b) => Number(wrapUpOpensFor(state, b)) - Number(wrapUpOpensFor(state, a)));
  if (busy || !queue.length) return { waiting: queue };
  const [show, ...rest] = queue;
  return { show, waiting: rest.filter((id) => wrapUpOpensFor(state, id)) };
}
