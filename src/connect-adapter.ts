import type { TelephonyAdapter } from './core/adapter.js';
import { bindAdapter } from './core/bind-adapter.js';
import { t } from './core/i18n.js';
import { plainCopy } from './core/plain-copy.js';
import { REQUEST_NAMES, type RequestName, type RequestTimeouts } from './core/requests.js';
import type { DeskStore } from './core/store.js';
import { firedFor } from './events/fired-for.js';
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

/** On the event itself, not in a module's set: two copies of the kit on a page see the same mark. */
const HANDLED = Symbol.for('agent-desk-kit.handled');
const handled = (event: Event) => (event as { [HANDLED]?: boolean })[HANDLED] === true;

/**
 * The one-line wiring for hosts: every `desk-*` request event heard under `root` goes through
 * the rules to the adapter, its outcome is recorded in the store, and adapter events feed the store.
 * A host vetoes a request by calling `preventDefault()` on its event.
 *
 * With several desks on a page, a request fired by a kit element goes to its own store's
 * connection only; one fired by host code (no element's store) to the first connection that
 * hears it, the nearest root first. The payload is copied when heard: what the adapter gets is
 * what the event said then, and a payload that cannot be read is reported as a store `error`.
 */
export function connectAdapter(adapter: TelephonyAdapter, { store, root = document, timeouts }: ConnectOptions): Connection {
  const binding = bindAdapter(store, adapter, { timeouts });
  const refuse = (request: string) =>
    store.events.emit('error', { kind: 'malformed', message: t('store.error.unreadableRequest', { request }) });
  const listeners = REQUEST_NAMES.map((name) => {
    const listener = (event: Event) => {
      const desk = firedFor(event);
      if (handled(event) || (desk && desk !== store)) return;
      let payload: unknown;
      let requestId: string | undefined;
      try {
        const detail = (event as CustomEvent<DeskRequestDetail | null>).detail;
        if (detail?.request !== name) return;
        payload = plainCopy(detail.payload);
        requestId = typeof detail.requestId === 'string' ? detail.requestId : undefined;
      } catch {
        refuse(name);
        return;
      }
      Object.defineProperty(event, HANDLED, { value: true });
      // Listeners added after ours still run during this dispatch: decide once it is over.
      queueMicrotask(() => {
        if (event.defaultPrevented) return;
        binding.run(name as RequestName, payload as never, { requestId }).catch(() => refuse(name));
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
