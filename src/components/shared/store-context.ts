import { ContextProvider, ContextRoot, createContext } from '@lit/context';
import type { DeskStore } from '../../core/store.js';

/**
 * The store travels by context. `Symbol.for` makes two copies of the kit on one page share it.
 * The value is the store object itself, which never changes; elements subscribe to it.
 */
export const storeContext = createContext<DeskStore | undefined>(Symbol.for('agent-desk-kit.store'));

let rootAttached = false;

/**
 * Provides the store to every kit element under `host` (document.body works, no wrapper needed).
 * A context root answers elements that connected before the provider existed.
 */
export function provideStore(host: HTMLElement, store: DeskStore): ContextProvider<typeof storeContext> {
  if (!rootAttached && typeof document !== 'undefined') {
    new ContextRoot().attach(document.documentElement);
    rootAttached = true;
  }
  return new ContextProvider(host, { context: storeContext, initialValue: store });
}
