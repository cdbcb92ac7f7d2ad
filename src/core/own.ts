/**
 * Outside ids (interactions, requests, variables) key records, and an id may be any string:
 * `constructor`, `toString` or `__proto__` included. A plain `record[id]` finds Object.prototype's
 * members for those; every lookup keyed by an outside id goes through here instead.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
