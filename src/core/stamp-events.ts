import type { AdapterEvent, AdapterEventInput } from './adapter-events.js';

export interface EventStamper {
  /** The event with a unique `eventId`, `at` from the clock and the next `seq` of its interaction, or of the session. */
  stamp(input: AdapterEventInput): AdapterEvent;
  /** Forgets an interaction's seq once it has left the desk (its last event is sent). */
  forget(interactionId: string): void;
}

/**
 * Authoring help for adapters: the store refuses a repeated `eventId` and an interaction event whose
 * `seq` does not grow (per interaction, and for the session), so every adapter needs this bookkeeping; here it is once.
 */
export function createEventStamper({ now = () => Date.now(), prefix = 'evt' }: { now?: () => number; prefix?: string } = {}): EventStamper {
  let count = 0;
  /** Session events (agent, tenant, directory, callbacks) share one seq that only grows. */
  let sessionSeq = 0;
  const seqs = new Map<string, number>();
  return {
    stamp(input) {
      count += 1;
      const base = { eventId: `${prefix}-${count}`, at: now() };
      if (!('interactionId' in input)) return { ...base, seq: ++sessionSeq, ...input } as AdapterEvent;
      const seq = (seqs.get(input.interactionId) ?? 0) + 1;
      seqs.set(input.interactionId, seq);
      return { ...base, seq, ...input } as AdapterEvent;
    },
    forget(interactionId) {
      seqs.delete(interactionId);
    },
  };
}
