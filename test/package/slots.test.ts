// Where a CRM puts its own content: actions in the pane's header, its own empty state in the task list.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { InteractionPane } from '../../src/components/interaction-pane/interaction-pane.js';
import type { TaskList } from '../../src/components/task-list/task-list.js';
import { simPage } from '../helpers/sim-page.js';

let page: ReturnType<typeof simPage>;
beforeEach(() => (page = simPage()));
afterEach(() => page.disconnect());

describe('slots', () => {
  it("the task list shows the host's empty state in place of its own, and its own without one", async () => {
    const custom = await fixture<TaskList>(html`<task-list .store=${page.store}><p slot="empty">Nothing in your queue</p></task-list>`);
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=empty]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Nothing in your queue']);
    const plain = await fixture<TaskList>(html`<task-list .store=${page.store}></task-list>`);
    expect(plain.shadowRoot!.querySelector('[part=empty]')!.textContent).to.equal('No interactions yet.');
    await expect(custom).to.be.accessible();
  });

  it("the pane's header shows the host's actions beside the customer, and they work", async () => {
    let opened = 0;
    const pane = await fixture<InteractionPane>(html`<interaction-pane .store=${page.store}>
      <button slot="header-actions" @click=${() => opened++}>Open in CRM</button>
    </interaction-pane>`);
    const id = page.sim.offerCall();
    await page.store.request('accept', { interactionId: id }, page.sim.adapter.accept);
    page.store.select(id);
    await pane.updateComplete;
    const slot = pane.shadowRoot!.querySelector<HTMLSlotElement>('[part=header] slot[name=header-actions]')!;
    const [action] = slot.assignedElements() as HTMLButtonElement[];
    expect(action.textContent).to.equal('Open in CRM');
    expect(action.getBoundingClientRect().height).to.be.greaterThan(0);
    action.click();
    expect(opened).to.equal(1);
    await expect(pane).to.be.accessible();
  });
});
