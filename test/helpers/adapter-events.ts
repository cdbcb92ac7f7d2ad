import type { AdapterEvent, AdapterEventInput, InteractionInit, VariableInput } from '../../src/core/adapter-events.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { createStore, type StoreOptions } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import type { Participant } from '../../src/core/types.js';

/** Builds adapter events with fresh event ids, a growing seq per interaction and for the session, and a fixed time. */
export function eventFactory(start = Date.UTC(2026, 10, 24, 15, 0, 0)) {
  let n = 0;
  let now = start;
  let sessionSeq = 0;
  const seqs = new Map<string, number>();
  return {
    tick(ms: number) {
      now += ms;
    },
    make<E extends AdapterEventInput>(input: E): AdapterEvent {
      n += 1;
      const base = { eventId: `e${n}`, at: now };
      if ('interactionId' in input) {
        const seq = (seqs.get(input.interactionId) ?? 0) + 1;
        seqs.set(input.interactionId, seq);
        return { ...base, seq, ...input } as unknown as AdapterEvent;
      }
      return { ...base, seq: ++sessionSeq, ...input } as unknown as AdapterEvent;
    },
  };
}

export const callInit = (overrides: Partial<InteractionInit> = {}): InteractionInit => ({
  channel: 'voice',
  kind: 'inbound',
  customer: { name: 'Ada Lovelace', number: '+1 415 555 0134' },
  dnis: '+1 800 555 0100',
  queueName: 'Billing',
  ...overrides,
});

export const variable = (overrides: Partial<VariableInput> & { name: string }): VariableInput => ({
  label: overrides.name,
  type: 'string',
  value: '',
  editable: true,
  secure: false,
  showOnPopover: true,
  order: 1,
  version: 1,
  ...overrides,
});

export const me: Participant = { id: 'agent-self', name: 'Me', role: 'primary', joinedAt: 0 };
export const customer: Participant = { id: 'customer', name: 'Ada', role: 'customer', joinedAt: 0 };
export const colleague = (id: string, joinedAt: number, role: Participant['role'] = 'consulted'): Participant => ({
  id,
  name: `Colleague ${id}`,
  role,
  joinedAt,
});

/** A store on a virtual clock fed by an event factory, with every error it reports collected. */
export function storeDesk(state?: StoreOptions['state']) {
  const clock = createVirtualClock();
  const store = createStore({ clock, state });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const events = eventFactory(clock.now());
  const send = (input: AdapterEventInput) => store.dispatch(events.make(input));
  return { clock, store, errors, events, send };
}
