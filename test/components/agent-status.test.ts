import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/agent-status.js';
import type { AgentStatus } from '../../src/components/agent-status/agent-status.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { defaultAgent } from '../../src/core/state.js';
import { createStore } from '../../src/core/store.js';
import { callInit, eventFactory } from '../helpers/adapter-events.js';

const idleCodes = [{ id: 'lunch', label: 'Lunch' }];

function deskStore() {
  return createStore({
    clock: createVirtualClock(),
    state: { agent: { ...defaultAgent, signedIn: true, availability: 'idle', idleCodeId: 'lunch', idleCodes } },
  });
}

describe('agent-status', () => {
  it('[AGENT-1] shows the agent state from the store and asks for Available on change', async () => {
    const store = deskStore();
    const el = await fixture<AgentStatus>(html`<agent-status .store=${store}></agent-status>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.selectedOptions[0].textContent!.trim()).to.equal('Idle: Lunch');
    select.value = 'available';
    const heard = oneEvent(el, 'desk-set-agent-state');
    select.dispatchEvent(new Event('change'));
    const event = await heard;
    expect(event.detail.payload).to.deep.equal({ availability: 'available' });
    await expect(el).to.be.accessible();
  });

  it('[AGENT-2] shows why sign-out was refused while a request is showing', async () => {
    const store = deskStore();
    const events = eventFactory();
    store.dispatch(events.make({ type: 'interaction-connecting', interactionId: 'c1', interaction: callInit() }));
    const el = await fixture<AgentStatus>(html`<agent-status .store=${store}></agent-status>`);
    el.addEventListener('desk-sign-out', () => store.request('signOut', {}, async () => undefined));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=sign-out]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]');
    expect(alert?.textContent).to.match(/can’t sign out/);
    await expect(el).to.be.accessible();
  });
});

describe('agent-status: a choice the platform or the host refuses', () => {
  const choose = async (el: AgentStatus, value: string) => {
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    return select;
  };

  it('[AGENT-1] shows the choice while it is asked for, and the agent’s state again once refused', async () => {
    const store = deskStore();
    const events = eventFactory();
    const el = await fixture<AgentStatus>(html`<agent-status .store=${store}></agent-status>`);
    // The platform's answer to the next request: settled by the test.
    let answer!: { resolve: () => void; reject: (error: Error) => void };
    el.addEventListener('desk-set-agent-state', (e) =>
      store.request('setAgentState', e.detail.payload, () => new Promise<void>((resolve, reject) => (answer = { resolve, reject }))),
    );
    const select = await choose(el, 'available');
    expect(select.selectedOptions[0].textContent!.trim(), 'while pending').to.equal('Available');
    answer.reject(new Error('Supervisors hold you in Idle during the briefing.'));
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(select.selectedOptions[0].textContent!.trim(), 'after the refusal').to.equal('Idle: Lunch');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Supervisors hold you in Idle during the briefing.');
    // Tried again with that refusal showing: the new choice shows while pending, then the state it made.
    await choose(el, 'available');
    expect(select.selectedOptions[0].textContent!.trim(), 'second try, pending').to.equal('Available');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    store.dispatch(events.make({ type: 'agent-updated', agent: { availability: 'available' } }));
    answer.resolve();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(select.selectedOptions[0].textContent!.trim(), 'once made').to.equal('Available');
    await expect(el).to.be.accessible();
  });

  it('[AGENT-1] a state change the host vetoes springs back at once', async () => {
    const store = deskStore();
    const el = await fixture<AgentStatus>(html`<agent-status .store=${store}></agent-status>`);
    el.addEventListener('desk-set-agent-state', (e) => e.preventDefault());
    const select = await choose(el, 'available');
    expect(select.selectedOptions[0].textContent!.trim()).to.equal('Idle: Lunch');
  });

  it('[BNR-1] a refused default springs back to the agent’s setting', async () => {
    const store = createStore({ clock: createVirtualClock(), state: { agent: { ...defaultAgent, signedIn: true, telephonyMode: 'desktop', settings: { backgroundNoiseReduction: true } } } });
    const el = await fixture<AgentStatus>(html`<agent-status .store=${store}></agent-status>`);
    el.addEventListener('desk-set-bnr-default', (e) => store.request('setBnrDefault', e.detail.payload, async () => Promise.reject(new Error('Settings are locked.'))));
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('[part=bnr-setting] input')!;
    box.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Settings are locked.');
  });
});

describe('agent-status: layout', () => {
  it('stays inside the box the host gives it, even with a very long idle reason', async () => {
    const long = [{ id: 'lunch', label: `Lunch ${'W'.repeat(300)}` }];
    const store = createStore({ clock: createVirtualClock(), state: { agent: { ...defaultAgent, signedIn: true, availability: 'idle', idleCodeId: 'lunch', idleCodes: long } } });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"><agent-status .store=${store}></agent-status></div>`);
    const el = box.querySelector<AgentStatus>('agent-status')!;
    await el.updateComplete;
    expect(box.scrollWidth, 'the host box overflows').to.be.at.most(box.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(400);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
    expect(base.scrollWidth, 'the bar overflows').to.be.at.most(base.clientWidth + 1);
  });
});

describe('agent-status: background noise reduction setting', () => {
  it('[BNR-1] offers "Apply background noise reduction" in desktop mode only, and asks to change the default', async () => {
    const desktop = createStore({ clock: createVirtualClock(), state: { agent: { ...defaultAgent, signedIn: true, telephonyMode: 'desktop', settings: { backgroundNoiseReduction: true } } } });
    const el = await fixture<AgentStatus>(html`<agent-status .store=${desktop}></agent-status>`);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('[part=bnr-setting] input')!;
    expect(box.checked).to.equal(true);
    const heard = oneEvent(el, 'desk-set-bnr-default');
    box.click();
    expect((await heard).detail.payload).to.deep.equal({ enabled: false });
    await expect(el).to.be.accessible();
    const phone = createStore({ clock: createVirtualClock(), state: { agent: { ...defaultAgent, signedIn: true, telephonyMode: 'phone' } } });
    const onPhone = await fixture<AgentStatus>(html`<agent-status .store=${phone}></agent-status>`);
    expect(onPhone.shadowRoot!.querySelector('[part=bnr-setting]')).to.equal(null);
  });
});
