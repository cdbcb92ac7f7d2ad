import type { TelephonyAdapter } from './core/adapter.js';
import { bindAdapter } from './core/bind-adapter.js';
import { REQUEST_NAMES, type RequestName, type RequestTimeouts } from './core/requests.js';
import type { DeskStore } from './core/store.js';
import { requestEventName, type DeskRequestDetail } from './events/request-events.js';

export interface ConnectOptions {
  store: DeskStore;
  /** Where the kit's request events are heard; the document by default. */
  root?: EventTarget;
  /**
   * Per request name, ms to wait for the adapter before the request fails with code `timeout`
   * (defaults: `DEFAULT_REQUEST_TIMEOUTS`, 10 to 20 s by kind).
   */
  timeouts?: RequestTimeouts;
}

export interface Connection {
  disconnect(): void;
}

const handled = new WeakSet<Event>();

/**
 * The one-line wiring for hosts: every `desk-*` request event heard under `root` goes through
 * the rules to the adapter, its outcome is recorded in the store, and adapter events feed the store.
 * A host vetoes a request by calling `preventDefault()` on its event.
 */
export function connectAdapter(adapter: TelephonyAdapter, { store, root = document, timeouts }: ConnectOptions): Connection {
  const binding = bindAdapter(store, adapter, { timeouts });
  const listeners = REQUEST_NAMES.map((name) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<DeskRequestDetail>).detail;
      if (handled.has(event) || detail?.request !== name) return;
      handled.add(event);
      // Listeners added after ours still run during this dispatch: decide once it is over.
      queueMicrotask(() => {
        if (!event.defaultPrevented) void binding.run(name as RequestName, detail.payload as never, { requestId: detail.requestId });
      });
    };
    const type = requestEventName(name);
    root.addEventListener(type, listener);
    return () => root.removeEventListener(type, listener);
  });
  return {
    disconnect() {
      listeners.forEach((remove) => remove());
      binding.disconnect();
    },
  };
}
