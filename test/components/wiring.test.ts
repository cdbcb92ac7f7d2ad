import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import type { AdapterEvent } from '../../src/core/adapter-events.js';
import type { TelephonyAdapter } from '../../src/core/adapter.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { RequestError, REQUEST_NAMES } from '../../src/core/requests.js';
import { createStore } from '../../src/core/store.js';
import { DeskElement } from '../../src/components/shared/desk-element.js';
import { provideStore } from '../../src/components/shared/store-context.js';
import { StoreController } from '../../src/components/shared/store-controller.js';
import { connectAdapter } from '../../src/connect-adapter.js';
import { DeskRequestEvent, requestEventName } from '../../src/events/request-events.js';
import { callInit, customer, eventFactory, me } from '../helpers/adapter-events.js';

@customElement('test-hold-button')
class TestHoldButton extends DeskElement {
  private phase = new StoreController(this, (s) => s.interactions.c1?.phase);
  renders = 0;
  override render() {
    this.renders++;
    return html`<button @click=${() => this.emitRequest('hold', { interactionId: 'c1', leg: 'customer' })}>
      ${this.phase.value ?? 'none'}
    </button>`;
  }
}

/** An adapter that records what it was asked and lets the test push events. */
function fakeAdapter(answer: (name: string) => Promise<unknown> = () => Promise.resolve()) {
  const asked: [string, unknown][] = [];
  let listener: ((e: AdapterEvent) => void) | undefined;
  const adapter = Object.fromEntries(
    REQUEST_NAMES.map((name) => [name, (payload: unknown) => (asked.push([name, payload]), answer(name))]),
  ) as unknown as TelephonyAdapter;
  adapter.subscribe = (l) => ((listener = l), () => (listener = undefined));
  return { adapter, asked, push: (e: AdapterEvent) => listener?.(e) };
}

function acceptedCall(push: (e: AdapterEvent) => void) {
  const events = eventFactory();
  push(events.make({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit() }));
  push(events.make({ type: 'interaction-accepted', interactionId: 'c1', participants: [customer, me], controllerId: me.id, recording: { state: 'off' }, bnr: false }));
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('DOM wiring', () => {
  it('names request events with one prefix', () => {
    expect(requestEventName('acceptAll')).to.equal('desk-accept-all');
    expect(REQUEST_NAMES.map(requestEventName).every((n) => n.startsWith('desk-'))).to.equal(true);
  });

  it('gets the store from context, renders its slice, and re-renders only when that slice changes', async () => {
    const { adapter, push } = fakeAdapter();
    const store = createStore({ clock: createVirtualClock() });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    provideStore(wrapper, store);
    const connection = connectAdapter(adapter, { store, root: wrapper });
    const el = document.createElement('test-hold-button') as TestHoldButton;
    wrapper.append(el);
    await el.updateComplete;
    acceptedCall(push);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('connected');
    const renders = el.renders;
    store.select('c1');
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    connection.disconnect();
  });

  it('fires a typed, bubbling, composed, cancelable request event that connectAdapter sends to the adapter', async () => {
    const { adapter, asked, push } = fakeAdapter();
    const store = createStore({ clock: createVirtualClock() });
    const connection = connectAdapter(adapter, { store });
    const el = await fixture<TestHoldButton>(html`<test-hold-button .store=${store}></test-hold-button>`);
    acceptedCall(push);
    const heard = oneEvent(document, 'desk-hold');
    el.shadowRoot!.querySelector('button')!.click();
    const event = await heard;
    expect(event).to.be.instanceOf(DeskRequestEvent);
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    const { requestId, ...detail } = event.detail;
    expect(detail).to.deep.equal({ request: 'hold', interactionId: 'c1', payload: { interactionId: 'c1', leg: 'customer' } });
    await flush();
    expect(asked).to.deep.equal([['hold', { interactionId: 'c1', leg: 'customer' }]]);
    // The request is recorded under the id the event carried: the element reads exactly its own outcome.
    expect(store.getState().requests[requestId]).to.include({ id: requestId, name: 'hold', status: 'done' });
    connection.disconnect();
  });

  it('lets the host veto a request with preventDefault', async () => {
    const { adapter, asked, push } = fakeAdapter();
    const store = createStore({ clock: createVirtualClock() });
    const connection = connectAdapter(adapter, { store });
    const el = await fixture<TestHoldButton>(html`<test-hold-button .store=${store}></test-hold-button>`);
    acceptedCall(push);
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('desk-hold', veto);
    el.shadowRoot!.querySelector('button')!.click();
    await flush();
    document.removeEventListener('desk-hold', veto);
    expect(asked).to.deep.equal([]);
    connection.disconnect();
  });

  it('records a refused request with the adapter reason and leaves the call as it was', async () => {
    const { adapter, push } = fakeAdapter(() => Promise.reject(new RequestError('refused', 'Hold is not possible right now.')));
    const store = createStore({ clock: createVirtualClock() });
    const connection = connectAdapter(adapter, { store });
    const el = await fixture<TestHoldButton>(html`<test-hold-button .store=${store}></test-hold-button>`);
    acceptedCall(push);
    const before = store.getState().interactions;
    el.shadowRoot!.querySelector('button')!.click();
    await flush();
    await flush();
    expect(Object.values(store.getState().requests)[0]).to.include({ status: 'failed', reason: 'Hold is not possible right now.' });
    expect(store.getState().interactions).to.equal(before);
    connection.disconnect();
  });
});

describe('DOM wiring: a store provided after the elements connected', () => {
  it('reaches elements that asked for it before the provider existed', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('test-hold-button') as TestHoldButton;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.deskStore).to.equal(undefined);
    const store = createStore({ clock: createVirtualClock() });
    provideStore(wrapper, store);
    await el.updateComplete;
    expect(el.deskStore).to.equal(store);
    wrapper.remove();
  });
});
