/** Strings a host or an adapter may hand the kit, each trying to become markup, script, or to break the layout. */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '"><svg onload="window.__pwned=4">',
  '\u202Eevil\u202C',
  'W'.repeat(300),
  'مرحبا بالعالم',
];

/** The n-th hostile string: two of the list joined, so every field gets markup, length or direction trouble. */
export const hostile = (n: number) => HOSTILE[n % HOSTILE.length] + HOSTILE[(n + 5) % HOSTILE.length];

/** Set by a payload's script if one ever runs. */
export const pwned = () => (window as { __pwned?: number }).__pwned;

/** Every element under root, shadow trees (nested ones too) included. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}
