import { fixture, html } from '@open-wc/testing';
import '../../src/define/agent-popover.js';
import '../../src/define/interaction-pane.js';
import '../../src/define/task-list.js';
import type { AgentPopover } from '../../src/components/agent-popover/agent-popover.js';
import type { InteractionPane } from '../../src/components/interaction-pane/interaction-pane.js';
import { provideStore } from '../../src/components/shared/store-context.js';
import type { TaskList } from '../../src/components/task-list/task-list.js';
import { settle, simPage } from '../helpers/sim-page.js';

const open: ReturnType<typeof simPage>[] = [];
afterEach(() => open.splice(0).forEach((page) => page.disconnect()));

/**
 * A page wired the way the README shows: createStore, provideStore, connectAdapter and the
 * elements, no `.store` and no host code between them; plus a notes field of the host's own.
 */
export async function deskPage(options: Parameters<typeof simPage>[0] = {}) {
  const page = simPage({ ...options, tenant: { ringTimeoutMs: 3_600_000, ...options.tenant } });
  open.push(page);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  provideStore(wrapper, page.store);
  wrapper.innerHTML = '<task-list></task-list><interaction-pane></interaction-pane><agent-popover></agent-popover><textarea aria-label="Notes"></textarea>';
  const list = wrapper.querySelector<TaskList>('task-list')!;
  const pane = wrapper.querySelector<InteractionPane>('interaction-pane')!;
  const popover = wrapper.querySelector<AgentPopover>('agent-popover')!;
  const notes = wrapper.querySelector('textarea')!;
  const render = async () => {
    for (let n = 0; n < 3; n++) {
      await settle();
      await Promise.all([list.updateComplete, pane.updateComplete, popover.updateComplete]);
    }
  };
  await render();
  const paneRoot = pane.shadowRoot!;
  const inPane = <T extends HTMLElement = HTMLElement>(selector: string) => paneRoot.querySelector<T>(selector);
  /** An offer rung for a second, so its popover and card show Answer. */
  const ringing = async (offer: () => string = () => page.sim.offerCall()) => {
    const id = offer();
    page.clock.advance(1000);
    await render();
    return id;
  };
  const card = (id: string) => popover.shadowRoot!.querySelector<HTMLElement>(`[part~=request-card][data-interaction-id="${id}"]`);
  const shownCustomer = () => inPane('[part=customer]')?.textContent ?? null;
  /** Where the focus is, through shadow roots. */
  const focused = () => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  const call = (id: string) => page.store.getState().interactions[id];
  return { page, wrapper, list, pane, popover, notes, render, ringing, card, inPane, shownCustomer, focused, call };
}
