import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { registerDefaults } from '../../core/i18n.js';
import { uiSharedEn } from '../../core/messages/ui/shared.en.js';
import { whileEmitting } from '../../core/request-ids.js';
import type { RequestName, RequestPayloads } from '../../core/requests.js';
import type { DeskStore } from '../../core/store.js';
import { markFiredFor } from '../../events/fired-for.js';
import { DeskRequestEvent } from '../../events/request-events.js';
import { frameFlushed } from './frame.js';
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

  /** Store changes render in the next animation frame (StoreController): `updateComplete` waits for it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await frameFlushed();
    return super.getUpdateComplete();
  }

  /**
   * Fires the request event for `name`; returns its request id, whose record in the store is this
   * request's outcome (`requestById`), or undefined when a host vetoed it with preventDefault().
   * Only ever called from a user action.
   */
  protected emitRequest<K extends RequestName>(name: K, payload: RequestPayloads[K]): string | undefined {
    const event = markFiredFor(new DeskRequestEvent(name, payload), this.deskStore);
    const { requestId } = event.detail;
    return whileEmitting(name, requestId, () => this.dispatchEvent(event)) ? requestId : undefined;
  }
}
