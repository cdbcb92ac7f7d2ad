import type { RequestName, RequestPayloads, RequestResults } from './requests.js';
import type { AdapterEvent } from './adapter-events.js';
import type { AdapterCapabilities } from './capabilities.js';

/**
 * The host's telephony adapter: the only thing that talks to a contact-center platform.
 * One method per request (each returns a promise; reject with a `RequestError` to explain
 * a refusal) and `subscribe` for the events the platform pushes into the store.
 */
export type TelephonyAdapter = {
  [K in RequestName]: (payload: RequestPayloads[K]) => Promise<RequestResults[K]>;
} & {
  /** Start receiving platform events; returns the unsubscribe. */
  subscribe(listener: (event: AdapterEvent) => void): () => void;
  /** What this platform cannot do; the desk hides those controls with the reason. All when absent. */
  capabilities?: AdapterCapabilities;
};
