import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/agent-popover.js';
import type { AgentPopover } from '../../src/components/agent-popover/agent-popover.js';
import { everythingRendered, settle, simPage } from '../helpers/sim-page.js';

type Page = ReturnType<typeof simPage>;
let page: Page;
afterEach(() => page?.disconnect());

async function popover(options: Parameters<typeof simPage>[0] = {}) {
  page = simPage(options);
  const el = await fixture<AgentPopover>(html`<agent-popover .store=${page.store}></agent-popover>`);
  return el;
}
const cards = (el: AgentPopover) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=card]')];
const labels = (el: AgentPopover) => cards(el).map((c) => c.querySelector('[part=label]')!.textContent!.trim());
const button = (root: ParentNode, part: string) => root.querySelector<HTMLButtonElement>(`[part~=${part}]`);
async function advance(el: AgentPopover, ms: number) {
  page.clock.advance(ms);
  await el.updateComplete;
}

describe('agent-popover', () => {
  it('[POP-1] shows a connecting popover, then the contact request', async () => {
    const el = await popover();
    page.sim.offerCall();
    await el.updateComplete;
    expect(cards(el)[0].getAttribute('part')).to.contain('connecting-card');
    await expect(el).to.be.accessible();
    await advance(el, 1000);
    expect(cards(el)[0].getAttribute('part')).to.contain('request-card');
    expect(cards(el)[0].querySelector('[part=status]')!.textContent).to.equal('Ringing');
    await expect(el).to.be.accessible();
  });

  it('[POP-8] shows the label, icon, Ringing and a timer since the offer', async () => {
    const el = await popover({ tenant: { ringTimeoutMs: 600_000 } });
    page.sim.offerCall();
    await advance(el, 1000);
    await advance(el, 65_000);
    const card = cards(el)[0];
    expect(card.querySelector('[part=label]')!.textContent).to.equal('Incoming call');
    expect(card.querySelector('svg[aria-hidden=true]')).to.exist;
    expect(card.querySelector('[part=timer]')!.textContent).to.equal('1:05');
    await expect(el).to.be.accessible();
  });

  it('[POP-2] [POP-3] stacks seven requests five at a time as "1-5 of 7", emails first and calls last, and pages by keyboard', async () => {
    const el = await popover({ tenant: { ringTimeoutMs: 600_000 } });
    page.sim.offerCall();
    page.sim.offerChat();
    page.sim.offerEmail();
    page.sim.offerSocial();
    page.sim.offerChat();
    page.sim.offerEmail();
    page.sim.offerCall();
    await advance(el, 1000);
    expect(el.shadowRoot!.querySelector('[part=range]')!.textContent).to.equal('1-5 of 7');
    expect(labels(el)).to.deep.equal(['Email', 'Email', 'Social message', 'Chat', 'Chat']);
    await expect(el).to.be.accessible();
    button(el.shadowRoot!, 'page-next')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=range]')!.textContent).to.equal('6-7 of 7');
    expect(labels(el)).to.deep.equal(['Incoming call', 'Incoming call']);
    button(el.shadowRoot!, 'page-previous')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=range]')!.textContent).to.equal('6-7 of 7');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=range]')!.textContent).to.equal('1-5 of 7');
    await expect(el).to.be.accessible();
  });

  it('[POP-4] each digital request has Accept, and "Accept N requests" accepts them all at once', async () => {
    const el = await popover();
    page.sim.offerChat();
    page.sim.offerEmail();
    page.sim.offerCall();
    await advance(el, 1000);
    expect(cards(el).slice(0, 2).map((c) => button(c, 'accept-button')!.textContent)).to.deep.equal(['Accept', 'Accept']);
    const acceptAll = button(el.shadowRoot!, 'accept-all')!;
    expect(acceptAll.textContent).to.equal('Accept 2 requests');
    const heard = oneEvent(el, 'desk-accept-all');
    acceptAll.click();
    const event = await heard;
    expect(event.detail.payload.interactionIds).to.have.length(2);
    await settle();
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Incoming call']);
    await expect(el).to.be.accessible();
  });

  it('[POP-5] [POP-7] shows configured variables, never a secure one, and only the last four digits of the number anywhere', async () => {
    const el = await popover({ tenant: { sensitiveDataProtection: true } });
    const details: string[] = [];
    const record = (e: Event) => details.push(JSON.stringify((e as CustomEvent).detail));
    document.addEventListener('desk-accept', record);
    page.sim.offerCall();
    await advance(el, 1000);
    const card = cards(el)[0];
    const shown = [...card.querySelectorAll('[part=variables] dt')].map((dt) => dt.textContent);
    expect(shown).to.deep.equal(['Account number', 'Tier', 'Last order', 'Intent', 'Language', 'Region']);
    expect(card.querySelector('[part=number]')!.textContent).to.match(/0134$/);
    await expect(el).to.be.accessible();
    button(card, 'accept-button')!.click();
    await settle();
    document.removeEventListener('desk-accept', record);
    const everything = everythingRendered(el.shadowRoot!) + details.join('');
    expect(everything).not.to.contain('415 555 0134');
    expect(everything).not.to.match(/Account PIN/);
  });

  it('[POP-6] a consult request shows the initiating agent Name, DN and Team first', async () => {
    const el = await popover();
    page.sim.colleagueConsultsMe();
    await advance(el, 1000);
    const card = cards(el)[0];
    expect(card.querySelector('[part=label]')!.textContent).to.equal('Consult request');
    const terms = [...card.querySelectorAll('[part=variables] dt')].map((dt) => dt.textContent);
    expect(terms.slice(0, 3)).to.deep.equal(['Agent Name', 'Agent DN', 'Agent Team']);
    expect(terms.length).to.be.at.most(9);
    await expect(el).to.be.accessible();
  });

  it('[POP-9] [POP-10] a web callback shows number, DNIS, queue and Cancel instead of Ringing; cancelling leads to wrap-up', async () => {
    const el = await popover({ tenant: { endCallForWebCallbacks: true } });
    const id = page.sim.offerCallback('web', { variables: [{ name: 'callbackReason', label: 'Reason', type: 'string', value: 'Card declined', editable: false, secure: false, showOnPopover: false, order: 0, version: 1 }] });
    await advance(el, 1000);
    const card = cards(el)[0];
    expect(card.querySelector('[part=label]')!.textContent).to.equal('Callback');
    expect(card.querySelector('[part=status]')).to.equal(null);
    expect(card.querySelector('[part=details]')!.textContent).to.contain('Dialed number').and.contain('Callbacks');
    expect(card.textContent).not.to.contain('Card declined');
    expect(button(card, 'cancel-button')).to.exist;
    await expect(el).to.be.accessible();
    button(card, 'cancel-button')!.click();
    await settle();
    expect(page.store.getState().interactions[id].phase).to.equal('wrap-up');
  });

  it('[AGENT-3] in phone mode a call says to answer on the phone, with no Answer or Decline', async () => {
    const el = await popover({ agent: { telephonyMode: 'phone' } });
    page.sim.offerCall();
    await advance(el, 1000);
    const card = cards(el)[0];
    expect(card.querySelector('[part=phone-hint]')!.textContent).to.equal('Answer on your phone');
    expect(button(card, 'accept-button')).to.equal(null);
    expect(button(card, 'decline-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('[POP-11] after a RONA the popover offers Available or Idle, and Available asks for it', async () => {
    const el = await popover({ tenant: { ringTimeoutMs: 10_000 } });
    page.sim.offerCall();
    await advance(el, 11_000);
    const rona = el.shadowRoot!.querySelector('[part~=rona-card]')!;
    expect(rona.textContent).to.contain('went back to the queue');
    expect(page.store.getState().agent.availability).to.equal('idle');
    await expect(el).to.be.accessible();
    const heard = oneEvent(el, 'desk-set-agent-state');
    button(rona, 'rona-available')!.click();
    expect((await heard).detail.payload).to.deep.equal({ availability: 'available' });
    await settle();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=rona-card]')).to.equal(null);
    expect(page.store.getState().agent.availability).to.equal('available');
  });

  it('[POP-11] while Available is being asked for, the RONA choices cannot be made again', async () => {
    const el = await popover({ tenant: { ringTimeoutMs: 10_000 } });
    page.sim.offerCall();
    await advance(el, 11_000);
    let answer!: () => void;
    page.sim.adapter.setAgentState = () => new Promise<void>((resolve) => (answer = resolve));
    const asked: unknown[] = [];
    el.addEventListener('desk-set-agent-state', (e) => asked.push(e.detail.payload));
    const rona = el.shadowRoot!.querySelector('[part~=rona-card]')!;
    button(rona, 'rona-available')!.click();
    await settle();
    await el.updateComplete;
    expect([button(rona, 'rona-available')!.getAttribute('aria-disabled'), button(rona, 'rona-idle')!.getAttribute('aria-disabled')]).to.deep.equal(['true', 'true']);
    button(rona, 'rona-available')!.click();
    button(rona, 'rona-idle')!.click();
    await settle();
    expect(asked).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part~=rona-card]'), 'Stay Idle did not close it while Available is asked').to.not.equal(null);
    await expect(el).to.be.accessible();
    answer();
    await settle();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=rona-card]')).to.equal(null);
  });

  it('shows a pending Accept, then the refusal, and keeps the popover', async () => {
    const el = await popover();
    page.sim.offerChat();
    await advance(el, 1000);
    let reject!: (e: Error) => void;
    page.sim.adapter.accept = () => new Promise((_, r) => (reject = r));
    button(cards(el)[0], 'accept-button')!.click();
    await settle();
    await el.updateComplete;
    const accept = button(cards(el)[0], 'accept-button')!;
    expect([accept.disabled, accept.textContent, accept.getAttribute('aria-busy')]).to.deep.equal([true, 'Accepting…', 'true']);
    reject(new Error('The chat was withdrawn by the customer.'));
    await settle();
    await el.updateComplete;
    expect(cards(el)).to.have.length(1);
    expect(cards(el)[0].querySelector('[role=alert]')!.textContent).to.equal('The chat was withdrawn by the customer.');
    await expect(el).to.be.accessible();
  });

  it('announces a new request politely and leaves the focus where the agent is typing', async () => {
    page = simPage();
    const wrapper = await fixture<HTMLDivElement>(html`<div><input aria-label="Notes" /><agent-popover .store=${page.store}></agent-popover></div>`);
    const el = wrapper.querySelector('agent-popover')!;
    const input = wrapper.querySelector('input')!;
    input.focus();
    page.sim.offerEmail();
    await advance(el, 1000);
    const live = el.shadowRoot!.querySelector('[aria-live=polite][role=status]')!;
    expect(live.textContent).to.contain('New request: Email from');
    expect(document.activeElement).to.equal(input);
  });

  it('renders hostile text in a callback\'s number, DNIS and queue, and in the RONA popover, as text', async () => {
    const el = await popover({ tenant: { ringTimeoutMs: 5_000 } });
    const hostile = '<svg onload="window.__pwned=3">';
    page.sim.offerCallback('web', { customer: { name: hostile, number: hostile }, dnis: hostile, queueName: hostile + 'Q'.repeat(300) });
    await advance(el, 1000);
    const card = cards(el)[0];
    expect(card.querySelector('[part=details] svg, [part=number] svg')).to.equal(null);
    expect(card.querySelector('[part=details]')!.textContent).to.contain(hostile);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    await advance(el, 5000);
    const rona = el.shadowRoot!.querySelector('[part~=rona-card]')!;
    expect(rona.textContent).to.contain(hostile);
    expect(rona.querySelector('[part=customer] svg')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('renders hostile customer data as text, never as markup', async () => {
    const el = await popover();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>javascript:alert(1) \u202Eevil';
    page.sim.offerCall({ customer: { name: hostile, number: '+1 415 555 0134' }, variables: [{ name: 'accountNumber', label: '<b>Label</b>', type: 'string', value: hostile + 'x'.repeat(2000), editable: false, secure: false, showOnPopover: true, order: 1, version: 1 }] });
    await advance(el, 1000);
    const card = cards(el)[0];
    expect(card.querySelector('img, script, b')).to.equal(null);
    expect(card.querySelector('[part=customer]')!.textContent).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
