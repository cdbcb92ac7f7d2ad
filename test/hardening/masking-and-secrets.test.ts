import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { maskNumber } from '../../src/core/rules/masking.js';
import { defaultAgent, defaultTenant } from '../../src/core/state.js';
import { createStore, type DeskStore } from '../../src/core/store.js';
import { callInit, eventFactory, me, variable } from '../helpers/adapter-events.js';
import { everythingRendered, settle, simPage } from '../helpers/sim-page.js';

/**
 * Issue 13, "Masking only knows ASCII digits" and "Secrets after the call": POP-7 masks every
 * script's digits and every number the desk already holds when protection turns on; CAD-2 wipes
 * revealed values at the end of the call and never shows a reveal that answers for an old version;
 * the callback dialog does not keep a typed number once it is done with it.
 */

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const FULL = '+1 415 555 0134';
const protectedTenant = { ...defaultTenant, sensitiveDataProtection: true };

function desk(tenant = defaultTenant) {
  const store = createStore({ clock: createVirtualClock(), state: { agent: { ...defaultAgent, signedIn: true }, tenant } });
  const events = eventFactory();
  const send = (input: Parameters<typeof events.make>[0]) => {
    const result = store.dispatch(events.make(input));
    expect(result, JSON.stringify(input).slice(0, 120)).to.deep.equal({ ok: true });
  };
  return { store, send };
}

/** The elements that show a call's customer, on one store. */
async function mount(store: DeskStore) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
    <agent-popover .store=${store}></agent-popover>
    <task-list .store=${store}></task-list>
    <interaction-pane .store=${store}></interaction-pane>
  </div>`);
  const render = async () => {
    await tick();
    for (const el of wrapper.children) await (el as LitElement).updateComplete;
  };
  await render();
  return { wrapper, render, dom: () => everythingRendered(wrapper) };
}

describe('[POP-7] masking knows every digit', () => {
  const numbers: [string, string, string][] = [
    ['full-width', '＋１ ４１５ ５５５ ０１３４', '＋• ••• ••• ０１３４'],
    ['Arabic-Indic', '+١ ٤١٥ ٥٥٥ ٠١٣٤', '+• ••• ••• ٠١٣٤'],
    ['Eastern Arabic-Indic', '+۱ ۴۱۵ ۵۵۵ ۰۱۳۴', '+• ••• ••• ۰۱۳۴'],
    ['Devanagari', '+१ ४१५ ५५५ ०१३४', '+• ••• ••• ०१३४'],
    ['mixed', '+1 ٤١٥ ५५५ ０１３４', '+• ••• ••• ０１３４'],
  ];
  for (const [script, number, masked] of numbers) {
    it(`[POP-7] a ${script} number is masked to its last four digits, at the door and on screen`, async () => {
      expect(maskNumber(number)).to.equal(masked);
      const d = desk(protectedTenant);
      d.send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit({ customer: { name: 'Ada', number } }) });
      expect(d.store.getState().interactions.c1.customer.number).to.equal(masked);
      const { dom } = await mount(d.store);
      expect(dom()).to.include(masked);
      expect(dom()).to.not.include(number);
    });
  }
});

describe('[POP-7] protection turned on masks what the desk already holds', () => {
  it('[POP-7] tenant-updated turning protection on masks earlier numbers in the snapshot and the DOM', async () => {
    const d = desk();
    d.send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit({ customer: { name: 'Ada', number: FULL } }) });
    d.send({ type: 'interaction-offered', interactionId: 'c2', interaction: callInit({ customer: { number: '+1 212 555 0187' } }) });
    d.send({ type: 'interaction-accepted', interactionId: 'c1', participants: [me, { id: 'cust', name: 'Ada', role: 'customer', joinedAt: 0 }], controllerId: me.id, recording: { state: 'off' }, bnr: false });
    d.send({
      type: 'callbacks-updated',
      callbacks: [{ id: 'cb1', customerName: 'Ada', customerNumber: FULL, startAt: '2026-11-24T17:00:00Z', endAt: '2026-11-24T17:30:00Z', timeZone: 'UTC', assignment: { to: 'myself' }, queueId: 'q', personal: false, createdBy: 'agent-self' }],
    });
    d.send({ type: 'rona', interactionId: 'c2' });
    const { dom, render } = await mount(d.store);
    d.store.select('c1');
    await render();
    expect(dom(), 'shown in full while protection is off').to.include(FULL);
    d.send({ type: 'tenant-updated', tenant: protectedTenant });
    await render();
    const snapshot = JSON.stringify(d.store.getState());
    for (const full of [FULL, '+1 212 555 0187', '415 555', '212 555']) {
      expect(snapshot, `snapshot: ${full}`).to.not.include(full);
      expect(dom(), `DOM: ${full}`).to.not.include(full);
    }
    expect(d.store.getState().interactions.c1.customer.number).to.equal('+• ••• ••• 0134');
    expect(d.store.getState().callbacks[0].customerNumber).to.equal('+• ••• ••• 0134');
  });

  it('[POP-7] a customer participant whose id is the number reaches no attribute, and still leaves by that id', async () => {
    const d = desk(protectedTenant);
    const customer = { id: '+14155550134', name: '+14155550134', role: 'customer' as const, joinedAt: 0 };
    d.send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit({ customer: { number: '+14155550134' } }) });
    d.send({ type: 'interaction-accepted', interactionId: 'c1', participants: [me, customer], controllerId: me.id, recording: { state: 'off' }, bnr: false });
    const { wrapper, render } = await mount(d.store);
    d.store.select('c1');
    await render();
    const attributes: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) attributes.push(`${attr.name}=${attr.value}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(wrapper);
    expect(attributes.filter((a) => a.includes('4155550134') || a.includes('415555'))).to.deep.equal([]);
    expect(JSON.stringify(d.store.getState())).to.not.include('4155550134');
    d.send({ type: 'participant-left', interactionId: 'c1', participantId: '+14155550134' });
    expect(d.store.getState().interactions.c1.participants.map((p) => p.role)).to.deep.equal(['primary']);
  });
});

describe('[CAD-2] secrets after the call', () => {
  const pin = variable({ name: 'pin', secure: true, editable: false, version: 1 });
  function revealed() {
    const d = desk();
    d.send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit({ variables: [pin] }) });
    d.send({ type: 'interaction-accepted', interactionId: 'c1', participants: [me], controllerId: me.id, recording: { state: 'off' }, bnr: false });
    return d;
  }

  it('[CAD-2] a revealed value is wiped when the call ends: hidden through wrap-up, gone from the store and the DOM', async () => {
    const d = revealed();
    await d.store.request('revealVariable', { interactionId: 'c1', name: 'pin' }, async () => ({ value: '4021' }));
    const { dom, render } = await mount(d.store);
    d.store.select('c1');
    await render();
    expect(dom(), 'shown while the call is live').to.include('4021');
    d.send({ type: 'interaction-ended', interactionId: 'c1', wrapUpRequired: true });
    await render();
    expect(d.store.getState().interactions.c1.phase).to.equal('wrap-up');
    expect(d.store.revealedValue('c1', 'pin')).to.equal(undefined);
    expect(d.store.getState().interactions.c1.variables[0].reveal).to.equal('hidden');
    expect(dom()).to.not.include('4021');
  });

  it('[CAD-2] a reveal that answers after a newer version arrived is not shown as the new value', async () => {
    const d = revealed();
    let answer!: (value: { value: string }) => void;
    const outcome = d.store.request('revealVariable', { interactionId: 'c1', name: 'pin' }, () => new Promise((resolve) => (answer = resolve)));
    d.send({ type: 'variables-updated', interactionId: 'c1', variables: [{ ...pin, version: 2 }] });
    answer({ value: '4021' });
    const settled = await outcome;
    expect(settled.record).to.include({ status: 'failed', code: 'stale' });
    expect(d.store.revealedValue('c1', 'pin')).to.equal(undefined);
    expect(d.store.getState().interactions.c1.variables[0].reveal).to.equal('hidden');
  });

  it('[CAD-2] a reveal sent before the call ended and answered after it is not shown in wrap-up', async () => {
    const d = revealed();
    let answer!: (value: { value: string }) => void;
    const outcome = d.store.request('revealVariable', { interactionId: 'c1', name: 'pin' }, () => new Promise((resolve) => (answer = resolve)));
    d.send({ type: 'interaction-ended', interactionId: 'c1', wrapUpRequired: true });
    answer({ value: '4021' });
    expect((await outcome).record.code).to.equal('stale');
    expect(d.store.revealedValue('c1', 'pin')).to.equal(undefined);
  });
});

describe('[POP-7] the callback dialog lets go of a typed number', () => {
  let disconnect: (() => void) | undefined;
  afterEach(() => disconnect?.());

  async function dialogOn() {
    const page = simPage({ tenant: { sensitiveDataProtection: true, ringTimeoutMs: 3_600_000 } });
    disconnect = page.disconnect;
    const wrapper = await fixture<HTMLDivElement>(html`<div><callback-dialog .store=${page.store} agent-time-zone="UTC"></callback-dialog></div>`);
    const dialog = wrapper.querySelector<CallbackDialog>('callback-dialog')!;
    const root = dialog.shadowRoot!;
    const render = async () => {
      await settle();
      await dialog.updateComplete;
    };
    const ready = async () => {
      await waitUntil(() => root.querySelector('form'), 'the form loads', { timeout: 10_000 });
      await render();
    };
    const field = (id: string) => root.getElementById(id) as HTMLInputElement;
    const fill = async (id: string, value: string) => {
      const input = field(id);
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
      input.dispatchEvent(new Event('blur'));
      await render();
    };
    const fillAll = async () => {
      await fill('customerNumber', FULL);
      await fill('customerName', 'Ada Lovelace');
      await fill('date', '2026-11-24');
      await fill('start', '17:00');
      await fill('end', '17:30');
      await fill('timeZone', 'UTC');
      await fill('queueId', 'q-billing');
    };
    return { page, dialog, root, render, ready, field, fill, fillAll };
  }

  it('[POP-7] [SCHED-1] once scheduled with protection on, the typed full number is not kept in the draft', async () => {
    const d = await dialogOn();
    d.dialog.show();
    await d.ready();
    await d.fillAll();
    d.root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await d.render();
    await d.render();
    expect(d.root.querySelector('[part=status]')!.textContent).to.equal('The callback is scheduled.');
    expect(d.field('customerNumber').value).to.equal('');
    d.dialog.close();
    await d.render();
    d.dialog.show();
    await d.ready();
    expect(d.field('customerNumber').value).to.equal('');
    expect(everythingRendered(d.dialog.shadowRoot!)).to.not.include(FULL);
  });

  it('[POP-7] the draft of a call that left goes with it', async () => {
    const d = await dialogOn();
    const call = d.page.sim.offerCall();
    d.page.clock.advance(1000);
    d.dialog.show(call);
    await d.ready();
    await d.fill('customerNumber', FULL);
    d.dialog.close();
    await d.render();
    // The caller hangs up before answering: the call leaves the desk.
    await d.page.store.request('decline', { interactionId: call }, (p) => d.page.sim.adapter.decline(p));
    d.page.clock.advance(1000);
    await d.render();
    expect(d.page.store.getState().interactions[call]).to.equal(undefined);
    const drafts = (d.dialog as unknown as { drafts: Map<string, { customerNumber: string }> }).drafts;
    expect([...drafts.values()].map((draft) => draft.customerNumber)).to.not.include(FULL);
  });
});
