/**
 * A plain copy of JSON-like data a host hands the kit (a request's payload): objects and arrays
 * rebuilt, each own field read once, strings, numbers, booleans and null kept, anything else
 * (functions, symbols, deeper than 16 levels) left out. Throws what a getter or a proxy throws.
 */
export function plainCopy(value: unknown, depth = 0): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (typeof value !== 'object' || depth > 16) return undefined;
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, i) => plainCopy(value[i], depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = plainCopy((value as Record<string, unknown>)[key], depth + 1);
    if (item !== undefined) Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
