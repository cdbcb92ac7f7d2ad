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
