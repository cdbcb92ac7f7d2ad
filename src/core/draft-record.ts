/**
 * Copy-on-write for the snapshot's records keyed by id (the interactions). Copying a record of
 * 1,000 interactions costs about 0.6 ms, so copying it for every adapter event made an event's cost
 * grow with the desk. Instead the store writes a flood of events into one copy of its own, and only
 * hands that copy out (frozen) when someone reads the state: one copy per read, not per event.
 *
 * A copy is only ever written in place after the store adopted it, so `applyEvent` stays pure for
 * any other caller: what it returns to them is a fresh record that nothing writes into again. The
 * store only lets a published (sealed) record out, so a cache keyed by the record's identity (as
 * `interactionList`'s) never sees one change; the reducer must not cache by it.
 */
type Entries<T> = Readonly<Record<string, T>>;

/** Copies a store adopted and has not handed out yet: the only records ever written in place. */
const drafts = new WeakSet<object>();

/** The record with `key` set to `value`: the draft itself when it is one, else a copy. */
export function withEntry<T>(record: Entries<T>, key: string, value: T): Entries<T> {
  if (drafts.has(record)) {
    (record as Record<string, T>)[key] = value;
    return record;
  }
  return { ...record, [key]: value };
}

/** The record without `key`: the draft itself when it is one, else a copy. */
export function withoutEntry<T>(record: Entries<T>, key: string): Entries<T> {
  if (drafts.has(record)) {
    delete (record as Record<string, T>)[key];
    return record;
  }
  const { [key]: _gone, ...copy } = record;
  return copy;
}

/**
 * The store takes a record its reducer just copied (nobody else holds it) and keeps writing into
 * it until `seal`.
 */
export function adopt(record: object): void {
  drafts.add(record);
}

/** Whether `record` is a draft the store still writes in place. */
export function isDraft(record: object): boolean {
  return drafts.has(record);
}

/** Hands a draft out: frozen, and never written again (the next write copies it). */
export function seal(record: object): void {
  if (drafts.delete(record)) Object.freeze(record);
}
