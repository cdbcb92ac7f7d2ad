import { own } from '../own.js';
import type { DeskState } from '../state.js';
import type { WrapUpReason } from '../types.js';
import { firstRefusal, type Verdict } from './verdict.js';
import { withCall } from './with-call.js';

/** END-3: the list filters only from three characters. */
export const WRAP_UP_QUERY_MIN = 3;

/**
 * END-2, CONS-7: Wrap Up Reasons open for the agent who owes a wrap-up: the primary when the call
 * ends, the consulted agent when the primary ends the consult. The platform says which
 * (`wrapUpRequired`); an agent who merely leaves a call owes none.
 */
export function wrapUpOpensFor(state: DeskState, id: string): boolean {
  const i = own(state.interactions, id);
  return !!i && i.phase === 'wrap-up' && i.wrapUpRequired;
}

/** END-3: the whole list below three characters, else the reasons containing the query. */
export function filterWrapUpReasons(reasons: readonly WrapUpReason[], query: string): readonly WrapUpReason[] {
  const needle = query.trim().toLocaleLowerCase();
  if ([...needle].length < WRAP_UP_QUERY_MIN) return reasons;
  return reasons.filter((r) => r.label.toLocaleLowerCase().includes(needle));
}

/** END-3: Submit Wrap Up needs a reason from the tenant's list. */
export const canSubmitWrapUp = (state: DeskState, id: string, reasonId: string | undefined): Verdict =>
  withCall(state, id, (i) =>
    firstRefusal(
      i.phase !== 'wrap-up' && 'rules.wrapUp.notInWrapUp',
      (!reasonId || !state.tenant.wrapUpReasons.some((r) => r.id === reasonId)) && 'rules.wrapUp.needsReason',
    ),
  );

export type WrapUpAction =
  | 'end'
  | 'transfer'
  | 'blind-transfer'
  | 'cancel-web-callback'
  | 'end-consult'
  | 'exit-consult'
  | 'hold'
  | 'consult'
  | 'left-alone';

/**
 * END-2, END-4, CONS-6, CONS-7, CONF-6: what leads to wrap-up, for the agent who ends, transfers or
 * cancels, the consulted agent whose consult the primary ends, and the agent left alone in a call
 * everyone else left (the call ends for them, and control passed to them: CONF-3); the platform
 * says so with `wrapUpRequired`, as the simulator does from this.
 */
export const leadsToWrapUp = (action: WrapUpAction): boolean =>
  action === 'end' ||
  action === 'transfer' ||
  action === 'blind-transfer' ||
  action === 'cancel-web-callback' ||
  action === 'end-consult' ||
  action === 'left-alone';
