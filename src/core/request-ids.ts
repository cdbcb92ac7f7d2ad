/**
 * Request ids, minted where a request is emitted so the element that asked reads exactly its own
 * outcome (`state.requests[id]`), never "the newest record since I sent".
 */

/** Unique per copy of the kit (random) and per request (counter), so two copies never collide. */
const prefix = `desk-${Math.random().toString(36).slice(2, 10)}-`;
let next = 1;

/** Which id each emitted payload was given: a host that passes `detail.payload` on keeps the id. */
const ids = new WeakMap<object, string>();

/** A new request id for this payload. */
export function mintRequestId(payload?: object): string {
  const id = `${prefix}${next++}`;
  if (payload) ids.set(payload, id);
  return id;
}

/** The id a payload was emitted with, if it was. */
export function requestIdOf(payload: unknown): string | undefined {
  return typeof payload === 'object' && payload !== null ? ids.get(payload) : undefined;
}

/** The request event being dispatched right now, if any. */
let emitting: { name: string; id: string } | undefined;

/**
 * Runs `dispatch` (the dispatch of a request event) with its id known: a host that calls
 * `store.request` from its listener, with a payload of its own, still records under that id.
 */
export function whileEmitting<T>(name: string, id: string, dispatch: () => T): T {
  const outer = emitting;
  emitting = { name, id };
  try {
    return dispatch();
  } finally {
    emitting = outer;
  }
}

/** The id of the request event of that name being dispatched now. */
export function emittingRequestId(name: string): string | undefined {
  return emitting?.name === name ? emitting.id : undefined;
}
