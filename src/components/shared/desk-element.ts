import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { registerDefaults } from '../../core/i18n.js';
import { uiSharedEn } from '../../core/messages/ui/shared.en.js';
import { whileEmitting } from '../../core/request-ids.js';
import type { RequestName, RequestPayloads } from '../../core/requests.js';
import type { DeskStore } from '../../core/store.js';
import { markFiredFor } from '../../events/fired-for.js';
import { defineElement } from '../../define/define.js';
import { DeskRequestEvent } from '../../events/request-events.js';
import { frameFlushed } from './frame.js';
import { LocaleController } from './locale-controller.js';
import { storeContext } from './store-context.js';
import type { StoreHost } from './store-controller.js';

// The elements' English comes with the elements, not with core; each registers its own as well.
registerDefaults(uiSharedEn);

/** The kit's two colour sets; without one, an element follows the `color-scheme` it inherits. */
export type DeskTheme = 'light' | 'dark';

/**
 * What every kit element shares: the store (a `store` property, else the provided context),
 * re-rendering on a language switch, and firing request events instead of calling telephony.
 *
 * @cssprop --desk-color-surface - Background.
 * @cssprop --desk-color-text - Text colour.
 * @cssprop --desk-color-text-muted - Secondary text.
 * @cssprop --desk-color-border - Borders and separators.
 * @cssprop --desk-color-accent - Primary buttons, selection and links.
 * @cssprop --desk-color-accent-text - Text on the accent colour.
 * @cssprop --desk-color-danger - Errors, Decline, Cancel and Delete.
 * @cssprop --desk-color-success - Available, and confirmations.
 * @cssprop --desk-radius - Corner radius (8px).
 * @cssprop --desk-space - The spacing unit (8px).
 * @cssprop --desk-font-family - Font family (the system's).
 * @cssprop --desk-font-size - Base font size (14px).
 * @cssprop --desk-focus-ring - The keyboard focus outline (2px solid accent).
 */
export class DeskElement extends LitElement implements StoreHost {
  // Plain `static properties`, not decorators: decorators compile to helper calls in every class.
  static override properties: PropertyDeclarations = { store: { attribute: false }, theme: { reflect: true } };

  /** The tag this element is registered under by `define()` without an argument. */
  static readonly defaultTag: string = '';

  /**
   * Registers this element under `tag` (its default tag otherwise) in `registry` (the page's, or a
   * scoped registry). Safe to call twice; warns, and registers nothing, when the tag is another
   * element's. Returns whether `tag` now names this element (or the same element of a second copy
   * of the kit).
   */
  static define(tag?: string, registry?: CustomElementRegistry): boolean {
    return defineElement(this, tag ?? this.defaultTag, registry);
  }

  /** The desk's store, for hosts that provide none through context. */
  store?: DeskStore;

  /**
   * `light` or `dark` for this element alone. Unset, it follows the `color-scheme` of the page or
   * of any ancestor (`:root { color-scheme: dark }`), so one setting themes the whole desk.
   */
  theme?: DeskTheme;

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
