/**
 * Copy-on-write for the snapshot's records keyed by id (the interactions). Copying a record of
 * 1,000 interactions costs about 0.6 ms, so copying it for every adapter event made an event's cost
 * grow with the desk. Instead the store writes a flood of events into one copy of its own, and only
 * hands that copy out (frozen) when someone reads the state: one copy per read, not per event.
 *
 * A copy is only ever written in place after the store adopted it, so `applyEvent` stays pure for
 * any other caller: what it returns to them is a fresh record that nothing writes into again.
 */
type Entries<T> = Readonly<Record<string, T>>;

/** Copies made here, which a store may adopt. */
const made = new WeakSet<object>();
/** Adopted copies not handed out yet: the only records ever written in place. */
const drafts = new WeakSet<object>();

/** The record with `key` set to `value`: the draft itself when it is one, else a copy. */
export function withEntry<T>(record: Entries<T>, key: string, value: T): Entries<T> {
  if (drafts.has(record)) {
    (record as Record<string, T>)[key] = value;
    return record;
  }
  const copy = { ...record, [key]: value };
  made.add(copy);
  return copy;
}

/** The record without `key`: the draft itself when it is one, else a copy. */
export function withoutEntry<T>(record: Entries<T>, key: string): Entries<T> {
  if (drafts.has(record)) {
    delete (record as Record<string, T>)[key];
    return record;
  }
  const { [key]: _gone, ...copy } = record;
  made.add(copy);
  return copy;
}

/** The store takes a copy the reducer made for it and keeps writing into it until `seal`. */
export function adopt(record: object): void {
  if (made.has(record) && !Object.isFrozen(record)) drafts.add(record);
}

/** True while `record` may still change in place: not a snapshot's, not to be cached by identity. */
export const isDraft = (record: object): boolean => drafts.has(record);

/** Hands a draft out: frozen, and never written again (the next write copies it). */
export function seal(record: object): void {
  if (drafts.delete(record)) Object.freeze(record);
}
