/**
 * Registers a tag once. A second copy of the kit, or a second import, finds the tag taken and
 * leaves it be instead of throwing "name already used".
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
