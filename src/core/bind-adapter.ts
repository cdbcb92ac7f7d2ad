import type { TelephonyAdapter } from './adapter.js';
import type { RequestOutcome } from './request-tracking.js';
import { RequestError, type RequestName, type RequestPayloads } from './requests.js';
import type { DeskStore } from './store.js';

export interface AdapterBinding {
  /** Asks the rules, sends the request to the adapter and records the outcome in the store. */
  run<K extends RequestName>(name: K, payload: RequestPayloads[K]): Promise<RequestOutcome<K>>;
  /** Stops feeding adapter events into the store. */
  disconnect(): void;
}

/** Wires an adapter to a store without any DOM: adapter events in, requests out. */
export function bindAdapter(store: DeskStore, adapter: TelephonyAdapter): AdapterBinding {
  const unsubscribe = adapter.subscribe((event) => {
    store.dispatch(event);
  });
  return {
    run(name, payload) {
      return store.request(name, payload, (p) => {
        const method = adapter[name] as unknown as ((p: RequestPayloads[typeof name]) => Promise<never>) | undefined;
        if (typeof method !== 'function') {
          return Promise.reject(new RequestError('unsupported', `The adapter does not support "${name}".`));
        }
        return method.call(adapter, p);
      });
    },
    disconnect: unsubscribe,
  };
}
