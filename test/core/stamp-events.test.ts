import { expect } from '@open-wc/testing';
import { createVirtualClock } from '../../src/core/clock.js';
import { createEventStamper } from '../../src/core/stamp-events.js';
import { createStore } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import { sampleAgent, sampleDirectory, sampleTenant } from '../../src/simulator/index.js';

describe('createEventStamper: the bookkeeping every adapter needs', () => {
  it('stamps session events with a seq of their own, so the store applies them and refuses a replay', () => {
    const clock = createVirtualClock();
    const store = createStore({ clock });
    const errors: StoreError[] = [];
    store.events.on('error', (e) => errors.push(e));
    const stamper = createEventStamper({ now: () => clock.now() });
    const started = stamper.stamp({ type: 'session-started', agent: sampleAgent, tenant: sampleTenant, directory: sampleDirectory });
    const protect = stamper.stamp({ type: 'tenant-updated', tenant: { ...sampleTenant, sensitiveDataProtection: true } });
    expect(store.dispatch(started).ok).to.equal(true);
    expect(store.dispatch(protect).ok).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(store.getState().tenant.sensitiveDataProtection).to.equal(true);
    // The older session event again, under a new id: refused by its seq.
    expect(store.dispatch({ ...started, eventId: 'again' }).ok).to.equal(false);
    expect(store.getState().tenant.sensitiveDataProtection).to.equal(true);
  });
});
