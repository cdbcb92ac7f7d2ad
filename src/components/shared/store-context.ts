import { ContextProvider, ContextRoot, createContext } from '@lit/context';
import type { DeskStore } from '../../core/store.js';

/**
 * The store travels by context. `Symbol.for` makes two copies of the kit on one page share it.
 * The value is the store object itself, which never changes; elements subscribe to it.
 */
export const storeContext = createContext<DeskStore | undefined>(Symbol.for('agent-desk-kit.store'));

const ROOT_ATTACHED = Symbol.for('agent-desk-kit.context-root');

/**
 * A context root holds the requests of elements that connected before any provider existed
 * and answers them once one appears. One per page, even with two copies of the kit.
 */
export function ensureContextRoot(): void {
  const page = globalThis as { [ROOT_ATTACHED]?: boolean };
  if (page[ROOT_ATTACHED] || typeof document === 'undefined') return;
  new ContextRoot().attach(document.documentElement);
  page[ROOT_ATTACHED] = true;
}

/** Provides the store to every kit element under `host` (document.body works, no wrapper needed). */
export function provideStore(host: HTMLElement, store: DeskStore): ContextProvider<typeof storeContext> {
  ensureContextRoot();
  const provider = new ContextProvider(host, { context: storeContext, initialValue: store });
  // A plain element is no controller host: announce the provider ourselves, so elements that
  // asked before it existed are answered through the context root.
  if (!('addController' in host)) provider.hostConnected();
  return provider;
}
