import { mintRequestId } from '../core/request-ids.js';
import type { RequestName, RequestPayloads } from '../core/requests.js';

/** One prefix for every event of the kit, so none collides with a host's or a nested element's. */
export const EVENT_PREFIX = 'desk-';

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** `hold` → `desk-hold`, `acceptAll` → `desk-accept-all`. */
export type RequestEventName<K extends RequestName = RequestName> = `desk-${Kebab<K>}`;

export function requestEventName<K extends RequestName>(name: K): RequestEventName<K> {
  return `${EVENT_PREFIX}${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` as RequestEventName<K>;
}

export interface DeskRequestDetail<K extends RequestName = RequestName> {
  request: K;
  /**
   * Minted when the event is made, unique on the page. `connectAdapter` records the request under
   * it, so the element that asked reads its own outcome: `store.getState().requests[requestId]`.
   * A host that runs requests itself passes the id on: `store.request(name, payload, send, { requestId })`;
   * without it the store still finds the id when the host passes `detail.payload` on as it is, or
   * calls `store.request` from its listener while the event is dispatched.
   */
  requestId: string;
  interactionId?: string;
  payload: RequestPayloads[K];
}

/**
 * What an element fires when the agent asks for something. Bubbles and is composed, so one
 * listener on `document` serves widgets spread over a page; cancelable, so a host can veto it.
 */
export class DeskRequestEvent<K extends RequestName = RequestName> extends CustomEvent<DeskRequestDetail<K>> {
  constructor(name: K, payload: RequestPayloads[K]) {
    const interactionId = (payload as { interactionId?: unknown }).interactionId;
    super(requestEventName(name), {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: {
        request: name,
        requestId: mintRequestId(payload),
        interactionId: typeof interactionId === 'string' ? interactionId : undefined,
        payload,
      },
    });
  }
}

type RequestEventMap = { [K in RequestName as RequestEventName<K>]: DeskRequestEvent<K> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends RequestEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends RequestEventMap {}
  // Window's listeners (window.addEventListener('desk-accept', …)) read this one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends RequestEventMap {}
}
