import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/agent-status.js';
import type { AgentStatus } from '../../src/components/agent-status/agent-status.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { defaultAgent } from '../../src/core/state.js';
import { createStore } from '../../src/core/store.js';
import type { Agent } from '../../src/core/types.js';

const idleCodes = [{ id: 'lunch', label: 'Lunch' }, { id: 'training', label: 'Training' }];

async function statusOf(agent: Partial<Agent>) {
  const store = createStore({ clock: createVirtualClock(), state: { agent: { ...defaultAgent, signedIn: true, idleCodes, ...agent } } });
  const el = await fixture<AgentStatus>(html`<agent-status .store=${store}></agent-status>`);
  return { el, store, select: el.shadowRoot!.querySelector('select')! };
}

describe('agent-status: Idle always reads as Idle', () => {
  it('[AGENT-1] Idle without an idle code, while the tenant lists codes, reads "Idle" and is not offered as a choice', async () => {
    const { el, select } = await statusOf({ availability: 'idle', idleCodeId: undefined });
    const shown = select.selectedOptions[0];
    expect(shown.textContent!.trim()).to.equal('Idle');
    expect(shown.disabled, 'shown, not a choice the tenant offers').to.equal(true);
    expect(select.value).to.equal('idle:');
    expect(el.shadowRoot!.querySelector('[part=indicator]')!.classList.contains('idle')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('[AGENT-1] [POP-11] Idle with a code not in the list (RONA\'s under the default tenant) reads as Idle, never Available', async () => {
    const { el, select } = await statusOf({ availability: 'idle', idleCodeId: 'rona' });
    expect(select.selectedOptions[0].textContent!.trim()).to.equal('Idle: request not answered');
    const { select: other } = await statusOf({ availability: 'idle', idleCodeId: 'meeting' });
    expect(other.selectedOptions[0].textContent!.trim()).to.equal('Idle');
    await expect(el).to.be.accessible();
  });

  it('without idle codes, Idle can still be chosen, and Available shows as Available', async () => {
    const { select } = await statusOf({ availability: 'available', idleCodes: [] });
    expect(select.selectedOptions[0].textContent!.trim()).to.equal('Available');
    const idle = [...select.options].find((o) => o.value === 'idle:')!;
    expect([idle.textContent!.trim(), idle.disabled]).to.deep.equal(['Idle', false]);
  });
});
