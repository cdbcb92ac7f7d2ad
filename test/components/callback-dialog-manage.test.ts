import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/callback-dialog.js';
import '../../src/define/task-list.js';
import '../../src/define/agent-popover.js';
import '../../src/define/interaction-pane.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import { RequestError } from '../../src/core/requests.js';
import { settle, simPage } from '../helpers/sim-page.js';

type Page = ReturnType<typeof simPage>;
let page: Page | undefined;
afterEach(() => page?.disconnect());
const NOW = Date.UTC(2026, 10, 24, 15, 0, 0);
const MINUTE = 60_000;

async function desk(options: Parameters<typeof simPage>[0] = {}) {
  page = simPage({ now: NOW, tenant: { ringTimeoutMs: 3_600_000 }, ...options });
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <task-list .store=${page.store}></task-list>
    <interaction-pane .store=${page.store}></interaction-pane>
    <agent-popover .store=${page.store}></agent-popover>
    <callback-dialog .store=${page.store} agent-time-zone="UTC"></callback-dialog>
  </div>`);
  const dialog = wrapper.querySelector<CallbackDialog>('callback-dialog')!;
  const root = dialog.shadowRoot!;
  // The panel's chunk (with luxon) is fetched on first open: on a busy machine that takes more than waitUntil's default second.
  const ready = () => waitUntil(() => root.querySelector('form, [part=error], [part=callback-list], [part=empty]'), 'dialog ready', { timeout: 8000 });
  const field = (id: string) => root.getElementById(id) as HTMLInputElement;
  const fill = async (id: string, value: string) => {
    const input = field(id);
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    input.dispatchEvent(new Event('blur'));
    await dialog.updateComplete;
  };
  const fillWindow = async () => {
    await fill('date', '2026-11-24');
    await fill('start', '16:00');
    await fill('end', '16:30');
    await fill('timeZone', 'UTC');
    await fill('queueId', 'q-billing');
  };
  const submit = async () => {
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await settle();
    await dialog.updateComplete;
  };
  const tab = async (name: 'schedule' | 'manage') => {
    root.getElementById(`tab-${name}`)!.click();
    await settle();
    await dialog.updateComplete;
  };
  return { page: page!, wrapper, dialog, root, ready, field, fill, fillWindow, submit, tab };
}

describe('callback-dialog: opening, drafts, managing', () => {
  it('[SCHED-1] [TASK-4] opens from the task list "+", as a modal: focus in, Tab trapped, Escape closes, focus back on "+"', async () => {
    const d = await desk();
    const plus = d.wrapper.querySelector('task-list')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=schedule]')!;
    plus.focus();
    await sendKeys({ press: 'Enter' });
    await d.ready();
    const dialog = d.root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(d.root.activeElement)).to.equal(true);
    for (let n = 0; n < 25; n++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(d.root.activeElement), `Tab ${n}`).to.equal(true);
    }
    await expect(d.dialog).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await d.dialog.updateComplete;
    expect(d.root.querySelector('dialog')).to.equal(null);
    expect(d.wrapper.querySelector('task-list')!.shadowRoot!.activeElement).to.equal(plus);
  });

  it('[SCHED-1] [SCHED-11] opens from the pane\'s "…" menu prefilled with the customer; a chat keeps its link', async () => {
    const d = await desk();
    const chat = d.page.sim.offerChat({ customer: { name: 'Grace Hopper', number: '+1 212 555 0187' } });
    d.page.clock.advance(1000);
    await d.page.store.request('accept', { interactionId: chat }, d.page.sim.adapter.accept);
    d.page.store.select(chat);
    const pane = d.wrapper.querySelector('interaction-pane')!;
    await pane.updateComplete;
    pane.shadowRoot!.querySelector<HTMLButtonElement>('[part~=more]')!.click();
    await pane.updateComplete;
    pane.shadowRoot!.querySelector<HTMLButtonElement>('[part~=schedule-callbacks]')!.click();
    await d.ready();
    expect([d.field('customerName').value, d.field('customerNumber').value]).to.deep.equal(['Grace Hopper', '+1 212 555 0187']);
    await d.fillWindow();
    let linked: string | undefined;
    d.dialog.addEventListener('desk-schedule-callback', (e) => (linked = e.detail.payload.callback.linkedInteractionId));
    await d.submit();
    expect(linked).to.equal(chat);
  });

  it('keeps the draft through a new request arriving, store updates and an accidental close', async () => {
    const d = await desk();
    d.dialog.show();
    await d.ready();
    await d.fill('customerName', 'Alan Turing');
    await d.fill('reason', 'Wants a refund');
    d.page.sim.offerCall();
    d.page.clock.advance(1000);
    await d.dialog.updateComplete;
    expect(d.field('customerName').value).to.equal('Alan Turing');
    d.dialog.close();
    await d.dialog.updateComplete;
    d.dialog.show();
    await d.ready();
    expect([d.field('customerName').value, d.field('reason').value]).to.deep.equal(['Alan Turing', 'Wants a refund']);
  });

  it('shows a server refusal and keeps the draft', async () => {
    const d = await desk();
    d.page.sim.adapter.scheduleCallback = () => Promise.reject(new RequestError('inactive-queue', 'The queue Billing was closed a moment ago.'));
    d.dialog.show();
    await d.ready();
    await d.fill('customerNumber', '+1 415 555 0134');
    await d.fill('customerName', 'Ada Lovelace');
    await d.fillWindow();
    await d.submit();
    await settle();
    await d.dialog.updateComplete;
    expect(d.root.querySelector('[part=error]')!.textContent).to.equal('The queue Billing was closed a moment ago.');
    expect(d.field('customerName').value).to.equal('Ada Lovelace');
    expect(d.field('start').value).to.equal('16:00');
    await expect(d.dialog).to.be.accessible();
  });

  it('[SCHED-9] lists the customer\'s callbacks with both times, edits and deletes them, and refuses both once the start has passed', async () => {
    const d = await desk({ agent: { availability: 'idle' } });
    d.dialog.show();
    await d.ready();
    await d.fill('customerNumber', '+1 415 555 0134');
    await d.fill('customerName', 'Ada Lovelace');
    await d.fillWindow();
    await d.fill('reason', 'Refund follow-up');
    await d.submit();
    expect(d.root.querySelector('[part=status]')!.textContent).to.equal('The callback is scheduled.');
    await d.tab('manage');
    const item = () => d.root.querySelector('[part=callback]')!;
    expect(item().textContent).to.contain('Ada Lovelace').and.contain('Refund follow-up').and.contain('Queue: Billing').and.contain('Assigned to you');
    expect(item().textContent).to.contain('Customer’s time').and.contain('Your time');
    await expect(d.dialog).to.be.accessible();

    item().querySelector<HTMLButtonElement>('[part~=edit]')!.click();
    await d.dialog.updateComplete;
    expect(d.field('start').value).to.equal('16:00');
    await d.fill('end', '16:45');
    await d.submit();
    expect(d.page.sim.callbacks()[0].endAt).to.equal('2026-11-24T16:45:00Z');

    await d.tab('manage');
    item().querySelector<HTMLButtonElement>('[part~=delete]')!.click();
    await d.dialog.updateComplete;
    expect(item().textContent).to.contain('Delete this callback to Ada Lovelace?');
    item().querySelector<HTMLButtonElement>('[part~=keep]')!.click();
    await d.dialog.updateComplete;
    expect(d.page.sim.callbacks()).to.have.length(1);

    item().querySelector<HTMLButtonElement>('[part~=delete]')!.click();
    await d.dialog.updateComplete;
    item().querySelector<HTMLButtonElement>('[part~=confirm-delete]')!.click();
    await settle();
    await d.dialog.updateComplete;
    expect(d.root.querySelector('[part=status]')!.textContent).to.equal('The callback is deleted.');
    expect(d.root.querySelector('[part=empty]')!.textContent).to.equal('No scheduled callbacks.');
    expect(d.page.sim.callbacks()).to.have.length(0);
  });

  it('[SCHED-9] a listed callback whose start has passed can no longer be edited or deleted, and says so', async () => {
    const d = await desk();
    const start = NOW + 40 * MINUTE;
    await d.page.store.request('scheduleCallback', {
      callback: { customerName: 'Ada Lovelace', customerNumber: '+1 415 555 0134', startAt: new Date(start).toISOString(), endAt: new Date(start + 30 * MINUTE).toISOString(), timeZone: 'UTC', assignment: { to: 'myself' }, queueId: 'q-billing', personal: false },
    }, d.page.sim.adapter.scheduleCallback);
    d.page.clock.advance(41 * MINUTE);
    d.dialog.show();
    await d.ready();
    await d.tab('manage');
    await waitUntil(() => d.root.querySelector('[part=callback]'));
    const item = d.root.querySelector('[part=callback]')!;
    expect(item.querySelector('[part~=edit], [part~=delete]')).to.equal(null);
    expect(item.querySelector('[part=started]')!.textContent).to.match(/start time has passed/);
  });

  it('[SCHED-9] [POP-7] with sensitive-data protection on, a call\'s Manage Callbacks lists only its customer\'s callbacks, and Edit keeps the masked number', async () => {
    const d = await desk({ tenant: { ringTimeoutMs: 3_600_000, sensitiveDataProtection: true } });
    const schedule = (customerName: string, customerNumber: string, minutes: number) =>
      d.page.store.request('scheduleCallback', {
        callback: { customerName, customerNumber, startAt: new Date(NOW + minutes * MINUTE).toISOString(), endAt: new Date(NOW + (minutes + 30) * MINUTE).toISOString(), timeZone: 'UTC', assignment: { to: 'any' }, queueId: 'q-billing', personal: false },
      }, d.page.sim.adapter.scheduleCallback);
    await schedule('Alan Turing', '+44 20 7946 0958', 60);
    await schedule('Someone Else', '+44 20 7946 0000', 90);
    const id = d.page.sim.offerCall({ customer: { name: 'Alan Turing', number: '+44 20 7946 0958' } });
    d.page.clock.advance(1000);
    await d.page.store.request('accept', { interactionId: id }, d.page.sim.adapter.accept);
    const sent: unknown[] = [];
    d.wrapper.addEventListener('desk-list-callbacks', (e) => sent.push(e.detail.payload));

    d.dialog.show(id);
    await d.ready();
    await d.tab('manage');
    // The desk holds the number masked; the platform is asked by the call, and the list is its customer's only.
    expect(sent).to.deep.equal([{ interactionId: id }]);
    const items = () => [...d.root.querySelectorAll('[part=callback]')];
    expect(items().map((li) => li.querySelector('[part=callback-title]')!.textContent)).to.deep.equal(['Alan Turing · +•• •• •••• 0958']);
    expect(d.root.querySelector('[part=hint]')).to.equal(null);

    items()[0].querySelector<HTMLButtonElement>('[part~=edit]')!.click();
    await d.dialog.updateComplete;
    expect(d.field('customerNumber').value).to.equal('+•• •• •••• 0958');
    d.field('customerNumber').dispatchEvent(new Event('blur'));
    await d.fill('end', '16:45');
    expect(d.field('customerNumber').getAttribute('aria-invalid')).to.equal('false');
    expect(d.root.getElementById('customerNumber-hint')!.textContent).to.match(/keeps this number/);
    await d.submit();
    expect(d.root.querySelector('[part=status]')!.textContent).to.equal('The callback is updated.');
    const alan = d.page.sim.callbacks().find((c) => c.customerName === 'Alan Turing')!;
    expect([alan.customerNumber, alan.endAt]).to.deep.equal(['+44 20 7946 0958', '2026-11-24T16:45:00Z']);
    await expect(d.dialog).to.be.accessible();
  });

  it('[SCHED-9] from the task list "+" with no number typed, Manage Callbacks lists the callbacks assigned to me and says how to see a customer\'s', async () => {
    const d = await desk();
    const schedule = (customerName: string, assignment: { to: 'any' } | { to: 'myself' }) =>
      d.page.store.request('scheduleCallback', {
        callback: { customerName, customerNumber: '+1 415 555 0134', startAt: new Date(NOW + 60 * MINUTE).toISOString(), endAt: new Date(NOW + 90 * MINUTE).toISOString(), timeZone: 'UTC', assignment, queueId: 'q-billing', personal: false },
      }, d.page.sim.adapter.scheduleCallback);
    await schedule('Ada Lovelace', { to: 'myself' });
    await schedule('Ada Someone', { to: 'any' });
    d.dialog.show();
    await d.ready();
    await d.tab('manage');
    expect([...d.root.querySelectorAll('[part=callback-title]')].map((p) => p.textContent)).to.deep.equal(['Ada Lovelace · +1 415 555 0134']);
    expect(d.root.querySelector('[part=hint]')!.textContent).to.match(/assigned to you/);
    await d.tab('schedule');
    await d.fill('customerNumber', '+1 415 555 0134');
    await d.tab('manage');
    expect(d.root.querySelectorAll('[part=callback]')).to.have.length(2);
  });

  it('[CB-1] [SCHED-4] a scheduled callback comes due in the simulator and arrives as a Callback popover', async () => {
    const d = await desk();
    d.dialog.show();
    await d.ready();
    await d.fill('customerNumber', '+1 415 555 0134');
    await d.fill('customerName', 'Ada Lovelace');
    await d.fillWindow();
    await d.submit();
    d.page.clock.advance(60 * MINUTE);
    d.page.clock.advance(1500);
    const popover = d.wrapper.querySelector('agent-popover')!;
    await popover.updateComplete;
    const card = popover.shadowRoot!.querySelector('[part~=request-card]')!;
    expect(card.querySelector('[part=label]')!.textContent).to.equal('Callback');
    expect(card.querySelector('[part=customer]')!.textContent).to.equal('Ada Lovelace');
  });
});
