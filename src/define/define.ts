import { ensureContextRoot } from '../components/shared/store-context.js';

/** Marks a kit element class with its name, so a second copy of the kit recognises its own. */
const KIT_ELEMENT = Symbol.for('agent-desk-kit.element');

type KitClass = CustomElementConstructor & { name: string; [KIT_ELEMENT]?: string };

/**
 * Registers `constructor` under `tag` in `registry` (the page's by default; a scoped registry where
 * the browser has them). Guarded, as a second import or a second copy of the kit must never throw:
 * - the tag already names this element, or the same element of another copy of the kit: nothing to do;
 * - the tag names something else (a host's own `<task-list>`): a console warning, nothing registered;
 * - the class is already registered under another tag: a subclass takes the new one (a registry
 *   accepts a constructor once).
 * Returns whether `tag` names this element afterwards. Elements defined before the host provides
 * its store get it once provided, through the context root.
 */
export function defineElement(
  constructor: CustomElementConstructor,
  tag: string,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): boolean {
  if (!tag) throw new Error(`agent-desk-kit: ${constructor.name} needs a tag to be registered under`);
  if (!registry) return false;
  ensureContextRoot();
  const kit = constructor as KitClass;
  kit[KIT_ELEMENT] ??= kit.name;
  const existing = registry.get(tag) as KitClass | undefined;
  if (existing) {
    if (existing === kit || existing[KIT_ELEMENT] === kit[KIT_ELEMENT]) return true;
    console.warn(
      `agent-desk-kit: <${tag}> is already defined by another element, so ${kit.name} was not registered. ` +
        `Register it under another tag: ${kit.name}.define('my-${tag}'), or defineDeskElements({ prefix: 'my' }).`,
    );
    return false;
  }
  const taken = registry.getName?.(kit);
  registry.define(tag, taken ? class extends (kit as unknown as typeof HTMLElement) {} : kit);
  return true;
}
