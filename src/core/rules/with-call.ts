import { own } from '../own.js';
import type { DeskState } from '../state.js';
import type { Interaction } from '../types.js';
import { deny, type Verdict } from './verdict.js';

/** A rule about one interaction: its verdict on it, or refused when the desk does not know it. */
export function withCall(state: DeskState, id: string, check: (i: Interaction) => Verdict): Verdict {
  const i = own(state.interactions, id);
  return i ? check(i) : deny('rules.unknownInteraction');
}
