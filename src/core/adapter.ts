import type { RequestName, RequestPayloads, RequestResults } from './requests.js';
import type { AdapterEvent } from './adapter-events.js';

/**
 * The host's telephony adapter: the only thing that talks to a contact-center platform.
 * One method per request (each returns a promise; reject with a `RequestError` to explain
 * a refusal) and `subscribe` for the events the platform pushes into the store. What a platform
 * cannot do it declares in `session-started`'s `capabilities` (see docs/writing-an-adapter.md).
 */
export type TelephonyAdapter = {
  [K in RequestName]: (payload: RequestPayloads[K]) => Promise<RequestResults[K]>;
} & {
  /** Start receiving platform events; returns the unsubscribe. */
  subscribe(listener: (event: AdapterEvent) => void): () => void;
};
