import { expect } from '@open-wc/testing';
import type { AdapterEvent, AdapterEventInput } from '../../src/core/adapter-events.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { defaultAgent, defaultTenant, emptyDirectory } from '../../src/core/state.js';
import { createStore } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import { callInit, eventFactory } from '../helpers/adapter-events.js';

function desk() {
  const clock = createVirtualClock();
  const store = createStore({ clock });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const events = eventFactory(clock.now());
  const send = (input: AdapterEventInput) => {
    const event = events.make(input);
    const result = store.dispatch(event);
    expect(result.ok, `${input.type}: ${JSON.stringify(errors.at(-1))}`).to.equal(true);
    return event;
  };
  return { store, errors, events, send };
}

const protection = (on: boolean) => ({ ...defaultTenant, sensitiveDataProtection: on });

describe('replays outside every window are refused by the version of what they change', () => {
  it('[POP-7] an old tenant-updated re-delivered after 4,096 events cannot switch protection off', () => {
    const { store, errors, events, send } = desk();
    const off = send({ type: 'tenant-updated', tenant: protection(false) });
    send({ type: 'tenant-updated', tenant: protection(true) });
    for (let n = 0; n < 4200; n++) send({ type: 'agent-updated', agent: { availability: n % 2 ? 'idle' : 'available' } });
    const before = store.getState();
    // The very same event, then the same with a new id: the seq it carries is the session's past.
    expect(store.dispatch(off).ok).to.equal(false);
    expect(store.dispatch({ ...off, eventId: 'never-seen' }).ok).to.equal(false);
    expect(store.getState()).to.equal(before);
    expect(store.getState().tenant.sensitiveDataProtection).to.equal(true);
    expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([
      ['out-of-order', 'Session event "tenant-updated" arrived out of order (seq 1 after 4202).'],
      ['out-of-order', 'Session event "tenant-updated" arrived out of order (seq 1 after 4202).'],
    ]);
    // A genuinely newer one still applies.
    send({ type: 'tenant-updated', tenant: protection(false) });
    expect(store.getState().tenant.sensitiveDataProtection).to.equal(false);
    void events;
  });

  it('[POP-7] an old session-started re-delivered later cannot bring back the tenant and agent it had', () => {
    const { store, errors, send } = desk();
    const first = send({ type: 'session-started', agent: defaultAgent, tenant: protection(false), directory: emptyDirectory });
    send({ type: 'tenant-updated', tenant: protection(true) });
    expect(store.dispatch({ ...first, eventId: 'again' }).ok).to.equal(false);
    expect(store.getState().tenant.sensitiveDataProtection).to.equal(true);
    expect(errors.map((e) => e.kind)).to.deep.equal(['out-of-order']);
  });

  it('[POP-1] an interaction-offered re-delivered after 1,024 finished calls does not ring again', () => {
    const { store, errors, events, send } = desk();
    const offers: AdapterEvent[] = [];
    for (let n = 0; n < 1100; n++) {
      offers.push(send({ type: 'interaction-offered', interactionId: `call-${n}`, interaction: callInit() }));
      events.tick(1000);
      send({ type: 'interaction-removed', interactionId: `call-${n}`, reason: 'ended' });
    }
    const before = store.getState();
    // The first calls are long forgotten by id; the newest are still remembered: both are refused.
    for (const old of [offers[0], offers[50], offers[1099]]) {
      expect(store.dispatch(old).ok, old.eventId).to.equal(false);
      expect(store.dispatch({ ...old, eventId: `${old.eventId}-again` }).ok, old.eventId).to.equal(false);
    }
    expect(store.getState()).to.equal(before);
    expect(Object.keys(store.getState().interactions)).to.deep.equal([]);
    // The same event is still a duplicate by its id; with a new id, its seq or its age gives it away.
    expect(errors.map((e) => e.kind)).to.deep.equal(['duplicate', 'out-of-order', 'duplicate', 'out-of-order', 'duplicate', 'out-of-order']);
    expect(errors[1].message).to.equal('Event "interaction-offered" for interaction "call-0" is older than calls the desk has finished: a replay, ignored.');
    // A new call, even a thousand calls later, rings.
    send({ type: 'interaction-offered', interactionId: 'call-new', interaction: callInit() });
    expect(Object.keys(store.getState().interactions)).to.deep.equal(['call-new']);
  });
});
