import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { registerDefaults } from '../../core/i18n.js';
import { uiSharedEn } from '../../core/messages/ui/shared.en.js';
import type { RequestName, RequestPayloads } from '../../core/requests.js';
import type { DeskStore } from '../../core/store.js';
import { markFiredFor } from '../../events/fired-for.js';
import { DeskRequestEvent } from '../../events/request-events.js';
import { LocaleController } from './locale-controller.js';
import { storeContext } from './store-context.js';
import type { StoreHost } from './store-controller.js';

// The elements' English comes with the elements, not with core; each registers its own as well.
registerDefaults(uiSharedEn);

/**
 * What every kit element shares: the store (a `store` property, else the provided context),
 * re-rendering on a language switch, and firing request events instead of calling telephony.
 */
export class DeskElement extends LitElement implements StoreHost {
  // Plain `static properties`, not decorators: decorators compile to helper calls in every class.
  static override properties: PropertyDeclarations = { store: { attribute: false } };

  /** The desk's store, for hosts that provide none through context. */
  store?: DeskStore;

  private readonly provided = new ContextConsumer(this, { context: storeContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
  }

  get deskStore(): DeskStore | undefined {
    return this.store ?? this.provided.value;
  }

  /**
   * Fires the request event for `name`; returns false when a host vetoed it with preventDefault().
   * Only ever called from a user action.
   */
  protected emitRequest<K extends RequestName>(name: K, payload: RequestPayloads[K]): boolean {
    return this.dispatchEvent(markFiredFor(new DeskRequestEvent(name, payload), this.deskStore));
  }
}
