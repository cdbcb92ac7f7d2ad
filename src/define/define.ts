import { ensureContextRoot } from '../components/shared/store-context.js';

/**
 * Registers a tag once. A second copy of the kit, or a second import, finds the tag taken and
 * leaves it be instead of throwing "name already used". Elements defined before the host
 * provides its store get it once provided, through the context root.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  ensureContextRoot();
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
