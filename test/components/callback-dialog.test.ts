import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/callback-dialog.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import type { CallbackDraft } from '../../src/core/requests.js';
import { settle, simPage } from '../helpers/sim-page.js';

type Page = ReturnType<typeof simPage>;
let page: Page | undefined;
afterEach(() => page?.disconnect());

/** 2026-11-24 15:00 UTC: 10:00 in New York. */
const NOW = Date.UTC(2026, 10, 24, 15, 0, 0);

async function dialogOn(options: Parameters<typeof simPage>[0] = {}, open: (el: CallbackDialog) => void = (el) => el.show()) {
  page = simPage({ now: NOW, ...options });
  const el = await fixture<CallbackDialog>(html`<callback-dialog .store=${page.store} agent-time-zone="Europe/Paris"></callback-dialog>`);
  open(el);
  // The panel's chunk (with luxon) is fetched on first open: on a busy machine that takes more than waitUntil's default second.
  await waitUntil(() => el.shadowRoot!.querySelector('form, [part=error]'), 'the dialog loads luxon and renders', { timeout: 8000 });
  const root = el.shadowRoot!;
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) => root.getElementById(id) as T;
  const fill = async (id: string, value: string) => {
    const input = field(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    input.dispatchEvent(new Event('blur'));
    await el.updateComplete;
  };
  const errorOf = (id: string) => {
    const described = field(id).getAttribute('aria-describedby');
    return described && field(id).getAttribute('aria-invalid') === 'true' ? root.getElementById(described)?.textContent ?? '' : '';
  };
  const fillValid = async () => {
    await fill('customerNumber', '+1 415 555 0134');
    await fill('customerName', 'Ada Lovelace');
    await fill('date', '2026-11-24');
    await fill('start', '11:00');
    await fill('end', '11:30');
    await fill('timeZone', 'America/New_York');
    await fill('queueId', 'q-billing');
  };
  return { el, root, field, fill, errorOf, fillValid, page: page! };
}

describe('callback-dialog: schedule', () => {
  it('[SCHED-2] phone: 7 to 15 digits with separators not counted; the simulator\'s own customer "+44 20 7946 0958" passes, 16 digits are refused next to the field', async () => {
    const d = await dialogOn();
    await d.fill('customerNumber', '+44 20 7946 0958');
    expect(d.errorOf('customerNumber')).to.equal('');
    await d.fill('customerNumber', '+1 415-555.0134, 1234');
    expect(d.errorOf('customerNumber')).to.equal('');
    await d.fill('customerNumber', '+1 415 555 0134 56789');
    expect(d.errorOf('customerNumber')).to.equal('The phone number must have 7 to 15 digits (it has 16).');
    await expect(d.el).to.be.accessible();
  });

  it('[SCHED-3] a name of two emoji is too short', async () => {
    const d = await dialogOn();
    await d.fill('customerName', '😀😀');
    expect(d.errorOf('customerName')).to.match(/3 to 250 characters \(it has 2\)/);
    await d.fill('customerName', '😀😀😀');
    expect(d.errorOf('customerName')).to.equal('');
  });

  it('[SCHED-4] 29 minutes ahead is refused and 30 accepted; 31 days is the limit; the end comes after the start', async () => {
    const d = await dialogOn();
    await d.fill('timeZone', 'America/New_York');
    await d.fill('date', '2026-11-24');
    await d.fill('start', '10:29');
    expect(d.errorOf('start')).to.equal('The callback must start at least 30 minutes from now.');
    await d.fill('start', '10:30');
    expect(d.errorOf('start')).to.equal('');
    await d.fill('date', '2026-12-25');
    await d.fill('start', '10:00');
    expect(d.errorOf('start')).to.equal('');
    await d.fill('start', '10:01');
    expect(d.errorOf('start')).to.equal('The callback must start within 31 days from now.');
    await d.fill('start', '09:00');
    await d.fill('end', '08:30');
    expect(d.errorOf('end')).to.equal('The end time must be after the start time.');
  });

  it('[SCHED-5] shows the window in the customer zone and the agent zone, and refuses an invalid zone', async () => {
    const d = await dialogOn();
    await d.fillValid();
    const window = d.root.querySelector('[part=window]')!.textContent!;
    expect(window).to.contain('11:00 AM–11:30 AM EST');
    expect(window).to.contain('Your time: Tue, Nov 24, 5:00 PM–5:30 PM');
    await d.fill('timeZone', 'Mars/Olympus');
    expect(d.errorOf('timeZone')).to.equal('Choose a valid time zone.');
    expect([d.errorOf('start'), d.errorOf('end')], 'the filled times are not blamed').to.deep.equal(['', '']);
    await expect(d.el).to.be.accessible();
  });

  it('[SCHED-5] a window that crosses the agent\'s midnight shows the end\'s date in "Your time"', async () => {
    const d = await dialogOn();
    await d.fillValid();
    await d.fill('date', '2026-12-06');
    await d.fill('start', '17:00');
    await d.fill('end', '19:00');
    const window = d.root.querySelector('[part=window]')!.textContent!;
    // 17:00–19:00 in New York is 23:00–01:00 in Paris: the end is on the next day there.
    expect(window).to.contain('Sun, Dec 6, 5:00 PM–7:00 PM EST');
    expect(window).to.contain('Your time: Sun, Dec 6, 11:00 PM – Mon, Dec 7, 1:00 AM');
    await expect(d.el).to.be.accessible();
  });

  it('[SCHED-5] a window that crosses the agent\'s midnight shows the end\'s date in "Your time"', async () => {
    const d = await dialogOn();
    await d.fillValid();
    await d.fill('date', '2026-12-06');
    await d.fill('start', '17:00');
    await d.fill('end', '19:00');
    const window = d.root.querySelector('[part=window]')!.textContent!;
    // 17:00–19:00 in New York is 23:00–01:00 in Paris: the end is on the next day there.
    expect(window).to.contain('Sun, Dec 6, 5:00 PM–7:00 PM EST');
    expect(window).to.contain('Your time: Sun, Dec 6, 11:00 PM – Mon, Dec 7, 1:00 AM');
    await expect(d.el).to.be.accessible();
  });

  it('[SCHED-5] [SCHED-4] a window across the spring-forward hour in America/New_York is measured in real time, and a skipped time is refused', async () => {
    const d = await dialogOn({ now: Date.UTC(2027, 2, 10, 12, 0, 0) });
    const sent: CallbackDraft[] = [];
    d.el.addEventListener('desk-schedule-callback', (e) => sent.push(e.detail.payload.callback));
    await d.fillValid();
    await d.fill('date', '2027-03-14');
    await d.fill('start', '02:30');
    await d.fill('end', '03:30');
    expect(d.errorOf('start')).to.equal('That start time does not exist on this day in America/New_York: the clocks change.');
    await d.fill('start', '01:30');
    expect([d.errorOf('start'), d.errorOf('end')]).to.deep.equal(['', '']);
    d.root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await settle();
    // 01:30 EST to 03:30 EDT: one hour of real time, not two.
    expect(sent[0]).to.include({ startAt: '2027-03-14T06:30:00Z', endAt: '2027-03-14T07:30:00Z' });
  });

  it('[SCHED-5] Australia/Lord_Howe moves its clocks by 30 minutes: 02:15 does not exist, 02:30 does', async () => {
    const d = await dialogOn({ now: Date.UTC(2027, 8, 25, 0, 0, 0) });
    await d.fillValid();
    await d.fill('timeZone', 'Australia/Lord_Howe');
    await d.fill('date', '2027-10-03');
    await d.fill('start', '02:15');
    await d.fill('end', '03:00');
    expect(d.errorOf('start')).to.match(/does not exist on this day in Australia\/Lord_Howe/);
    await d.fill('start', '01:45');
    expect(d.errorOf('start')).to.equal('');
    // 01:45 +10:30 to 03:00 +11:00 is 45 minutes of real time, shown in both zones.
    expect(d.root.querySelector('[part=window]')!.textContent).to.contain('1:45 AM–3:00 AM').and.contain('Your time: Sat, Oct 2, 5:15 PM–6:00 PM');
  });

  it('[SCHED-6] [SCHED-7] the queue list follows the assignment', async () => {
    const d = await dialogOn();
    const queues = () => [...d.field<HTMLSelectElement>('queueId').options].map((o) => o.textContent!.trim()).slice(1);
    expect(queues()).to.deep.equal(['Billing', 'Technical support']);
    [...d.root.querySelectorAll<HTMLInputElement>('input[name=assignTo]')][2].click();
    await d.el.updateComplete;
    await d.fill('agentId', 'agent-ana');
    expect(queues()).to.deep.equal(['Billing', 'Sales']);
    [...d.root.querySelectorAll<HTMLInputElement>('input[name=assignTo]')][0].click();
    await d.el.updateComplete;
    expect(queues()).to.deep.equal(['Billing', 'Technical support', 'Sales']);
    await expect(d.el).to.be.accessible();
  });

  it('[SCHED-8] a 251-character reason is refused', async () => {
    const d = await dialogOn();
    await d.fill('reason', 'r'.repeat(251));
    expect(d.errorOf('reason')).to.equal('The reason can be at most 250 characters (it has 251).');
    await d.fill('reason', 'é'.repeat(250));
    expect(d.errorOf('reason')).to.equal('');
  });

  it('[SCHED-10] a personal callback goes to myself or my buddy team only', async () => {
    const d = await dialogOn();
    d.root.querySelector<HTMLInputElement>('[part=checkbox] input')!.click();
    await d.el.updateComplete;
    const choices = [...d.root.querySelectorAll('[part=radio]')].map((l) => l.textContent!.trim());
    expect(choices).to.deep.equal(['Myself', 'A specific agent']);
    [...d.root.querySelectorAll<HTMLInputElement>('input[name=assignTo]')][1].click();
    await d.el.updateComplete;
    const agents = [...d.field<HTMLSelectElement>('agentId').options].map((o) => o.textContent!.trim()).slice(1);
    expect(agents).to.deep.equal(['Sam Okafor · Billing', 'Noor Haddad · Billing']);
  });

  it('[SCHED-12] without a callback entry point it says why and offers no form', async () => {
    const d = await dialogOn({ tenant: { callbackEntryPointId: undefined } });
    expect(d.root.querySelector('form')).to.equal(null);
    expect(d.root.querySelector('[part=error]')!.textContent).to.match(/unavailable.*no callback entry point/);
    await expect(d.el).to.be.accessible();
  });

  it('Schedule with invalid input sends nothing and explains every field', async () => {
    const d = await dialogOn();
    let sent = false;
    d.el.addEventListener('desk-schedule-callback', () => (sent = true));
    d.root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await d.el.updateComplete;
    await settle();
    expect(sent).to.equal(false);
    for (const id of ['customerNumber', 'customerName', 'date', 'queueId']) expect(d.errorOf(id), id).not.to.equal('');
    expect(d.root.activeElement).to.equal(d.field('customerNumber'));
    await expect(d.el).to.be.accessible();
  });
});
