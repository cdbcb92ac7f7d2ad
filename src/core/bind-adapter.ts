import type { TelephonyAdapter } from './adapter.js';
import type { RequestOutcome } from './request-tracking.js';
import { RequestError, type RequestName, type RequestOptions, type RequestPayloads, type RequestTimeouts } from './requests.js';
import type { DeskStore } from './store.js';

export interface AdapterBinding {
  /**
   * Asks the rules, sends the request to the adapter and records the outcome in the store, under
   * `options.requestId` when given. Always settles (see `DeskStore.request`).
   */
  run<K extends RequestName>(name: K, payload: RequestPayloads[K], options?: RequestOptions): Promise<RequestOutcome<K>>;
  /** Stops feeding adapter events into the store. */
  disconnect(): void;
}

export interface BindOptions {
  /** Per request name, ms to wait for the adapter before a request fails; defaults per kind. */
  timeouts?: RequestTimeouts;
}

/** Wires an adapter to a store without any DOM: adapter events in, requests out. */
export function bindAdapter(store: DeskStore, adapter: TelephonyAdapter, { timeouts = {} }: BindOptions = {}): AdapterBinding {
  const unsubscribe = adapter.subscribe((event) => {
    store.dispatch(event);
  });
  return {
    run(name, payload, options = {}) {
      const timeoutMs = options.timeoutMs ?? (Object.hasOwn(timeouts, name) ? timeouts[name] : undefined);
      return store.request(
        name,
        payload,
        (p) => {
          const method = adapter[name] as unknown as ((p: RequestPayloads[typeof name]) => Promise<never>) | undefined;
          if (typeof method !== 'function') {
            return Promise.reject(new RequestError('unsupported', `The adapter does not support "${name}".`));
          }
          return method.call(adapter, p);
        },
        { ...options, timeoutMs },
      );
    },
    disconnect: unsubscribe,
  };
}
