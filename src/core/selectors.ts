import type { RequestName, RequestRecord } from './requests.js';
import { own } from './own.js';
import type { DeskState } from './state.js';
import type { Interaction, RevealState } from './types.js';

/** Read-only views over a snapshot that elements and hosts share. */
export const interactionById = (state: DeskState, id: string | undefined): Interaction | undefined =>
  own(state.interactions, id);

const valuesOf = new WeakMap<object, readonly Interaction[]>();

/**
 * The interactions in arrival order, computed once per snapshot of the record: every element asks
 * on every change, and listing a record of hundreds of interactions is not free. Shared: read only.
 */
export function interactionList(state: DeskState): readonly Interaction[] {
  let values = valuesOf.get(state.interactions);
  if (!values) valuesOf.set(state.interactions, (values = Object.values(state.interactions)));
  return values;
}

export const selectedInteraction = (state: DeskState): Interaction | undefined =>
  interactionById(state, state.selectedInteractionId);

/** The newest request of that name (for that interaction and subject, when given). */
export function latestRequest(
  state: DeskState,
  name: RequestName,
  interactionId?: string,
  subject?: string,
): RequestRecord | undefined {
  let latest: RequestRecord | undefined;
  for (const record of Object.values(state.requests)) {
    if (record.name !== name) continue;
    if (interactionId !== undefined && record.interactionId !== interactionId) continue;
    if (subject !== undefined && record.subject !== subject) continue;
    if (!latest || record.startedAt >= latest.startedAt) latest = record;
  }
  return latest;
}

/**
 * The answer to what the agent just asked: the newest `name` request once settled, unless it is
 * still `before` (the newest there was when they asked).
 */
export function settledSince(state: DeskState, name: RequestName, before: string | undefined): RequestRecord | undefined {
  const latest = latestRequest(state, name);
  return latest && latest.id !== before && latest.status !== 'pending' ? latest : undefined;
}

/**
 * The newest request about an interaction (of the given names, or any), when it failed: what an
 * element shows as the error until the next request replaces it.
 */
export function lastFailure(state: DeskState, interactionId: string, names?: readonly RequestName[]): RequestRecord | undefined {
  let newest: RequestRecord | undefined;
  for (const record of Object.values(state.requests)) {
    if (names ? !names.includes(record.name) : record.interactionId !== interactionId) continue;
    // "Accept N requests" is about several interactions at once, so it counts for each of them.
    if (names && record.interactionId !== interactionId && record.name !== 'acceptAll') continue;
    // Records keep creation order, so the last of the newest start time is the newest request.
    if (!newest || record.startedAt >= newest.startedAt) newest = record;
  }
  return newest?.status === 'failed' ? newest : undefined;
}

export const isPending = (state: DeskState, name: RequestName, interactionId?: string, subject?: string) =>
  latestRequest(state, name, interactionId, subject)?.status === 'pending';

/** CAD-2: revealed, pending, failed ("Click to retry") or hidden. */
export function revealState(state: DeskState, interactionId: string, name: string): RevealState {
  const variable = own(state.interactions, interactionId)?.variables.find((v) => v.name === name);
  if (variable?.reveal === 'revealed') return 'revealed';
  const request = latestRequest(state, 'revealVariable', interactionId, name);
  if (request?.status === 'pending') return 'pending';
  if (request?.status === 'failed') return 'failed';
  return 'hidden';
}
