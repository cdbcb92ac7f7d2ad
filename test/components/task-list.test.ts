import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/task-list.js';
import type { TaskList } from '../../src/components/task-list/task-list.js';
import { settle, simPage } from '../helpers/sim-page.js';
import { createStore } from '../../src/core/store.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { callInit, eventFactory } from '../helpers/adapter-events.js';

type Page = ReturnType<typeof simPage>;
let page: Page;
afterEach(() => page?.disconnect());

async function taskList(options: Parameters<typeof simPage>[0] = {}) {
  page = simPage(options);
  return fixture<TaskList>(html`<task-list .store=${page.store}></task-list>`);
}
const cards = (el: TaskList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=card]')];
const text = (card: ParentNode, part: string) => card.querySelector(`[part=${part}]`)?.textContent?.trim();
async function advance(el: TaskList, ms: number) {
  page.clock.advance(ms);
  await el.updateComplete;
}

describe('task-list', () => {
  it('[TASK-1] lists every incoming and active interaction of every channel, with its state and time', async () => {
    const el = await taskList({ tenant: { ringTimeoutMs: 600_000 } });
    page.sim.offerCall();
    const chat = page.sim.offerChat();
    page.sim.offerEmail();
    page.sim.offerSocial();
    await advance(el, 1000);
    await page.store.request('accept', { interactionId: chat }, page.sim.adapter.accept);
    await advance(el, 5000);
    expect(cards(el).map((c) => text(c, 'status'))).to.deep.equal(['Ringing', 'Connected', 'Ringing', 'Ringing']);
    expect(cards(el).map((c) => c.querySelector('[part=channel]')!.getAttribute('title'))).to.deep.equal(['Incoming call', 'Chat', 'Email', 'Social message']);
    expect(text(cards(el)[1], 'timer')).to.equal('0:05');
    expect(text(cards(el)[0], 'timer')).to.equal('0:05');
    await expect(el).to.be.accessible();
  });

  it('[TASK-2] a ringing call can be answered or declined from the list', async () => {
    const el = await taskList();
    const first = page.sim.offerCall();
    const second = page.sim.offerCall();
    await advance(el, 1000);
    const heard = oneEvent(el, 'desk-accept');
    cards(el)[0].querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    expect((await heard).detail.interactionId).to.equal(first);
    cards(el)[1].querySelector<HTMLButtonElement>('[part~=decline-button]')!.click();
    await settle();
    await el.updateComplete;
    expect(page.store.getState().interactions[first].phase).to.equal('connected');
    expect(page.store.getState().interactions[second]).to.equal(undefined);
    expect(cards(el).map((c) => text(c, 'status'))).to.deep.equal(['Connected']);
    await expect(el).to.be.accessible();
  });

  it('[TASK-3] a callback card shows its reason, and a cancellable web callback shows Cancel instead of Ringing', async () => {
    const el = await taskList({ tenant: { endCallForWebCallbacks: true } });
    page.sim.offerCallback('web', { variables: [{ name: 'callbackReason', label: 'Reason', type: 'string', value: 'Card declined', editable: false, secure: false, showOnPopover: false, order: 0, version: 1 }] });
    await advance(el, 1000);
    const card = cards(el)[0];
    expect(text(card, 'reason')).to.equal('Reason: Card declined');
    expect(card.querySelector('[part=status]')).to.equal(null);
    expect(card.querySelector('[part~=cancel-button]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('[TASK-4] [SCHED-12] "+" asks to schedule a callback without an active call, and says why when it cannot', async () => {
    const el = await taskList();
    const plus = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=schedule]')!;
    expect(plus.getAttribute('aria-label')).to.equal('Schedule a callback');
    const heard = oneEvent(el, 'desk-open-callbacks');
    plus.click();
    expect((await heard).detail).to.deep.equal({ interactionId: undefined });
    await expect(el).to.be.accessible();

    const none = await taskList({ tenant: { callbackEntryPointId: undefined } });
    const disabled = none.shadowRoot!.querySelector<HTMLButtonElement>('[part=schedule]')!;
    await none.updateComplete;
    expect(disabled.getAttribute('aria-disabled')).to.equal('true');
    expect(disabled.title).to.match(/no callback entry point/);
    let fired = false;
    none.addEventListener('desk-open-callbacks', () => (fired = true));
    disabled.click();
    expect(fired).to.equal(false);
  });

  it('[TASK-5] selecting a card marks it selected for the pane; arrow keys move between cards', async () => {
    const el = await taskList({ tenant: { ringTimeoutMs: 600_000 } });
    const ids = [page.sim.offerChat(), page.sim.offerEmail(), page.sim.offerSocial()];
    await advance(el, 1000);
    const selects = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=card-select]')];
    expect(selects().map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    selects()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(selects()[1]);
    expect(selects().map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(selects()[2]);
    const heard = oneEvent(el, 'desk-select');
    await sendKeys({ press: 'Enter' });
    expect((await heard).detail.interactionId).to.equal(ids[2]);
    await el.updateComplete;
    expect(page.store.getState().selectedInteractionId).to.equal(ids[2]);
    expect(selects()[2].getAttribute('aria-current')).to.equal('true');
    expect(cards(el)[2].getAttribute('part')).to.contain('card-selected');
    await expect(el).to.be.accessible();
  });

  it('renders hostile strings as text and keeps long ones inside the card', async () => {
    const el = await taskList();
    const hostile = '<img src=x onerror="window.__pwned=2">' + 'W'.repeat(500) + ' \u202Egnp.exe';
    page.sim.offerCall({ customer: { name: hostile, number: '+1 415 555 0134' } });
    await advance(el, 1000);
    const card = cards(el)[0];
    expect(card.querySelector('img')).to.equal(null);
    expect(text(card, 'customer')).to.equal(hostile.trim());
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('is accessible empty, and says so', async () => {
    const el = await taskList();
    expect(text(el.shadowRoot!, 'empty')).to.equal('No interactions yet.');
    await expect(el).to.be.accessible();
  });

  describe('a long list', () => {
    /** A store holding `count` offered chats, Customer 0 first. */
    function longDesk(count: number) {
      const store = createStore({ clock: createVirtualClock() });
      const events = eventFactory();
      const offer = (k: number) => {
        events.tick(1000);
        store.dispatch(events.make({ type: 'interaction-offered', interactionId: `chat-${k}`, interaction: callInit({ channel: 'chat', customer: { name: `Customer ${k}`, number: '' } }) }));
      };
      for (let k = 0; k < count; k++) offer(k);
      return Object.assign(store, { offer });
    }
    const names = (el: TaskList) => cards(el).map((c) => text(c, 'customer'));
    const scroller = (store: ReturnType<typeof longDesk>) =>
      fixture<HTMLDivElement>(html`<div style="height: 400px; width: 320px; overflow: auto"><task-list .store=${store}></task-list></div>`);

    it('[TASK-1] renders the first cards at once and the rest as they scroll into view, and says how many there are', async () => {
      const store = longDesk(200);
      const box = await scroller(store);
      const el = box.querySelector('task-list')!;
      await el.updateComplete;
      expect(cards(el)).to.have.length(64);
      expect(names(el)[0]).to.equal('Customer 0');
      expect(el.shadowRoot!.querySelector('#pending')!.textContent).to.equal('Showing 64 of 200 interactions; the others appear as you scroll to them or move there with the arrow keys.');
      expect(el.shadowRoot!.querySelector('[part=list]')!.getAttribute('aria-describedby')).to.equal('pending');
      // The placeholders hold the room of their cards (as tall as the shown ones, once laid out):
      // the list is about as long as it will be.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rendered = box.scrollHeight;
      expect(rendered).to.be.greaterThan(200 * 40);
      await expect(el).to.be.accessible();
      box.scrollTop = box.scrollHeight;
      await waitUntil(() => names(el).includes('Customer 199'), 'the last card appears once scrolled to');
      const heard = cards(el).length;
      expect(el.shadowRoot!.querySelector('#pending')!.textContent).to.contain(`Showing ${heard} of 200`);
      // The room held was about right: the list barely grew or shrank once its cards came.
      expect(Math.abs(box.scrollHeight - rendered)).to.be.lessThan(rendered * 0.1);
      await expect(el).to.be.accessible();
    });

    it('[TASK-5] the keyboard reaches every card: End goes to the last one, even before it was ever shown', async () => {
      const store = longDesk(150);
      const box = await scroller(store);
      const el = box.querySelector('task-list')!;
      await el.updateComplete;
      expect(names(el)).not.to.include('Customer 149');
      const selects = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=card-select]')];
      selects()[0].focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.closest('li')?.dataset.interactionId).to.equal('chat-149');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.closest('li')?.dataset.interactionId).to.equal('chat-148');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.closest('li')?.dataset.interactionId).to.equal('chat-0');
    });

    it('[TASK-1] an interaction that arrives later shows at once, wherever it lands', async () => {
      const store = longDesk(150);
      const box = await scroller(store);
      const el = box.querySelector('task-list')!;
      await el.updateComplete;
      for (let k = 150; k < 190; k++) {
        store.offer(k);
        await el.updateComplete;
        expect(names(el), `Customer ${k}`).to.include(`Customer ${k}`);
      }
    });

    it('[TASK-5] an interaction selected elsewhere (the popover, the host) shows its card wherever it is in the list', async () => {
      const store = longDesk(150);
      const box = await scroller(store);
      const el = box.querySelector('task-list')!;
      await el.updateComplete;
      store.select('chat-120');
      await el.updateComplete;
      const card = cards(el).find((c) => c.dataset.interactionId === 'chat-120');
      expect(card?.getAttribute('part')).to.contain('card-selected');
    });
  });
});
