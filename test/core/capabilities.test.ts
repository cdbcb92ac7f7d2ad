import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/interaction-pane.js';
import type { InteractionPane } from '../../src/components/interaction-pane/interaction-pane.js';
import type { AdapterCapabilities } from '../../src/core/capabilities.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { createEventStamper } from '../../src/core/stamp-events.js';
import { createStore } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import { sampleAgent, sampleDirectory, sampleTenant } from '../../src/simulator/index.js';

const capabilities: AdapterCapabilities = {
  unsupported: { conference: 'This line has no conference bridge.', scheduleCallback: 'No callbacks on this line.', pauseRecording: 'No recorder.' },
  destinations: { consult: ['agent'], transfer: ['agent'] },
};

/** A desk whose adapter declared capabilities, with one accepted call. */
function desk(declared: AdapterCapabilities | null = capabilities) {
  const clock = createVirtualClock();
  const store = createStore({ clock });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const stamper = createEventStamper({ now: () => clock.now() });
  const send = (input: Parameters<typeof stamper.stamp>[0]) => store.dispatch(stamper.stamp(input));
  send({ type: 'session-started', agent: sampleAgent, tenant: sampleTenant, directory: sampleDirectory, ...(declared ? { capabilities: declared } : {}) });
  send({ type: 'interaction-offered', interactionId: 'c1', interaction: { channel: 'voice', kind: 'inbound', customer: { number: '+1 415 555 0134' }, variables: [] } });
  send({
    type: 'interaction-accepted',
    interactionId: 'c1',
    participants: [
      { id: 'customer', name: 'Ada', role: 'customer', joinedAt: 0 },
      { id: sampleAgent.id, name: sampleAgent.name, role: 'primary', joinedAt: 1 },
    ],
    controllerId: sampleAgent.id,
    recording: { state: 'recording' },
    bnr: false,
  });
  store.select('c1');
  return { store, errors, clock };
}

describe('capabilities: what an adapter declares it cannot do', () => {
  it('a declared-unsupported request is refused with the adapter\'s reason, before the adapter is called', async () => {
    const { store, errors } = desk();
    let called = false;
    const outcome = await store.request('conference', { interactionId: 'c1' }, async () => void (called = true));
    expect(outcome.ok).to.equal(false);
    expect(!outcome.ok && outcome.reason).to.equal('This line has no conference bridge.');
    expect(called).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('a consult to a destination type the adapter cannot reach is refused', async () => {
    const { store } = desk();
    const queue = sampleDirectory.queues[0];
    const outcome = await store.request('consult', { interactionId: 'c1', destination: { type: 'queue', id: queue.id } }, async () => undefined);
    expect(!outcome.ok && outcome.reason).to.match(/can’t reach that kind of destination/);
  });

  it('malformed capabilities are reported as a store error, never applied', () => {
    const clock = createVirtualClock();
    const store = createStore({ clock });
    const errors: StoreError[] = [];
    store.events.on('error', (e) => errors.push(e));
    store.dispatch({ type: 'session-started', eventId: 'x', at: 0, agent: sampleAgent, tenant: sampleTenant, directory: sampleDirectory, capabilities: { unsupported: { fly: 'no' } } } as never);
    expect(errors.map((e) => e.kind)).to.deep.equal(['malformed']);
  });

  it('the pane hides what the adapter cannot do (More, whose callbacks are unsupported) and keeps the rest', async () => {
    const { store } = desk();
    const el = await fixture<InteractionPane>(html`<interaction-pane .store=${store}></interaction-pane>`);
    await el.updateComplete;
    const part = (name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);
    expect(part('more')).to.equal(null);
    expect(part('hold')).to.exist;
    expect(part('consult')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('without capabilities everything shows, as before', async () => {
    const { store } = desk(null);
    const el = await fixture<InteractionPane>(html`<interaction-pane .store=${store}></interaction-pane>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=more]')).to.exist;
  });

  it('the keypad sends a tone as desk-send-dtmf, and is refused while the call is on hold', async () => {
    const { store } = desk();
    const el = await fixture<InteractionPane>(html`<interaction-pane .store=${store}></interaction-pane>`);
    await el.updateComplete;
    const key = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=dtmf-hash]')!;
    expect(key.textContent).to.equal('#');
    const heard = oneEvent(el, 'desk-send-dtmf');
    key.click();
    expect((await heard).detail.payload).to.deep.equal({ interactionId: 'c1', digits: '#' });
    const outcome = await store.request('sendDtmf', { interactionId: 'c1', digits: 'x' }, async () => undefined);
    expect(!outcome.ok && outcome.reason).to.match(/0-9/);
  });
});
