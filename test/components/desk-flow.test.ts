import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/agent-popover.js';
import '../../src/define/task-list.js';
import type { AgentPopover } from '../../src/components/agent-popover/agent-popover.js';
import type { TaskList } from '../../src/components/task-list/task-list.js';
import { settle, simPage } from '../helpers/sim-page.js';

describe('popovers and task list on the simulator', () => {
  it('[POP-2] [POP-4] [POP-11] [TASK-1] [TASK-2] agree at every step of seven requests, accept all, answer, and a RONA', async () => {
    const page = simPage({ tenant: { ringTimeoutMs: 30_000 } });
    const wrapper = await fixture<HTMLDivElement>(html`<div><task-list .store=${page.store}></task-list><agent-popover .store=${page.store}></agent-popover></div>`);
    const list = wrapper.querySelector<TaskList>('task-list')!;
    const popover = wrapper.querySelector<AgentPopover>('agent-popover')!;
    const ringingCards = () => [...list.shadowRoot!.querySelectorAll('[part~=card]')].filter((c) => c.querySelector('[part=status]')?.textContent === 'Ringing').length;
    const popovers = () => {
      const range = popover.shadowRoot!.querySelector('[part=range]')?.textContent ?? '';
      return Number(/of (\d+)/.exec(range)?.[1] ?? popover.shadowRoot!.querySelectorAll('[part~=request-card]').length);
    };
    const render = async () => {
      await settle();
      await list.updateComplete;
      await popover.updateComplete;
    };
    const agree = async (expected: number) => {
      await render();
      expect([ringingCards(), popovers()], 'list and popovers').to.deep.equal([expected, expected]);
    };

    // Offers off the whole second, so an element rendering between ticks would round differently.
    page.clock.advance(500);
    const call = page.sim.offerCall();
    page.sim.offerChat();
    page.sim.offerEmail();
    page.sim.offerSocial();
    page.sim.offerChat();
    page.sim.offerEmail();
    page.sim.offerSocial();
    page.clock.advance(1000);
    await agree(7);
    // One clock: the same request shows the same time in the list and on its popover, between ticks too.
    page.clock.advance(2400);
    page.store.select(call);
    await render();
    const firstCard = popover.shadowRoot!.querySelector<HTMLElement>('[part~=request-card]')!;
    const id = firstCard.dataset.interactionId!;
    const listTimer = list.shadowRoot!.querySelector(`[data-interaction-id="${id}"] [part=timer]`)!.textContent;
    expect([listTimer, firstCard.querySelector('[part=timer]')!.textContent]).to.deep.equal(['0:01', '0:01']);

    popover.shadowRoot!.querySelector<HTMLButtonElement>('[part~=accept-all]')!.click();
    await agree(1);
    expect(list.shadowRoot!.querySelectorAll('[part~=card]')).to.have.length(7);

    popover.shadowRoot!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await agree(0);
    expect(page.store.getState().interactions[call].phase).to.equal('connected');

    const second = page.sim.offerCall();
    page.clock.advance(1000);
    await agree(1);
    page.clock.advance(30_000);
    await agree(0);
    expect(page.store.getState().interactions[second]).to.equal(undefined);
    expect(popover.shadowRoot!.querySelector('[part~=rona-card]')).to.exist;
    expect(page.store.getState().agent.availability).to.equal('idle');
    await expect(list).to.be.accessible();
    await expect(popover).to.be.accessible();
    page.disconnect();
  });
});
