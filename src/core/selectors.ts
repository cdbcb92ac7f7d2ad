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
    if (!latest || newer(record, latest)) latest = record;
  }
  return latest;
}

/** Which of two requests was made later: by creation order, never by comparing ids. */
const newer = (a: RequestRecord, b: RequestRecord) => (a.order ?? 0) > (b.order ?? 0) || ((a.order ?? 0) === (b.order ?? 0) && a.startedAt >= b.startedAt);

/** The record of the request with this id (an element's own, from `detail.requestId`), if the store has it. */
export const requestById = (state: DeskState, id: string | undefined): RequestRecord | undefined =>
  id !== undefined && Object.hasOwn(state.requests, id) ? state.requests[id] : undefined;

/** The outcome of the request with this id once it settled; undefined while pending or unknown. */
export function settledRequest(state: DeskState, id: string | undefined): RequestRecord | undefined {
  const record = requestById(state, id);
  return record && record.status !== 'pending' ? record : undefined;
}

/**
 * The newest `name` request once settled, unless it is still `before`.
 * @deprecated Guesses which request answered by timing; read your own with `settledRequest(state, detail.requestId)`.
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
    if (!newest || newer(record, newest)) newest = record;
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
