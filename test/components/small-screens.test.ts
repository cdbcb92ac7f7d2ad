import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/agent-status.js';
import '../../src/define/callback-dialog.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import { deskPage } from './desk-page.js';

/** Every box under `root`, through shadow roots, that the browser lays out. */
function boxes(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      // Visually hidden text is a 1 px clipped box by design.
      if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      found.push(el);
    }
  };
  walk(root);
  return found;
}

/** The width a date or time field needs to show its whole value (its own content width). */
function neededWidth(input: HTMLInputElement): number {
  const probe = input.cloneNode() as HTMLInputElement;
  probe.style.cssText = 'position:absolute; visibility:hidden; inline-size:auto; min-inline-size:auto; max-inline-size:none; inset-inline-start:0';
  input.after(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

/** Nothing is cut off: every box inside the viewport, no sideways scrolling, no field narrower than its value. */
function expectFits(root: ParentNode, what: string) {
  const width = window.innerWidth;
  expect(width, 'the viewport').to.equal(360);
  expect(document.documentElement.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(width);
  const outside = boxes(root)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < -0.5 || r.right > width + 0.5);
    })
    .map((el) => `${el.localName}[${el.getAttribute('part') ?? el.className}] ${Math.round(el.getBoundingClientRect().left)}..${Math.round(el.getBoundingClientRect().right)}`);
  expect(outside, `${what}: boxes outside the 360 px viewport`).to.deep.equal([]);
  const overflowing = boxes(root)
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
    .map((el) => `${el.localName}[${el.getAttribute('part')}] ${el.scrollWidth} > ${el.clientWidth}`);
  expect(overflowing, `${what}: content cut off sideways`).to.deep.equal([]);
  const cut = boxes(root)
    .filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && ['date', 'time', 'datetime-local'].includes(el.type))
    .filter((el) => el.getBoundingClientRect().width + 0.5 < neededWidth(el))
    .map((el) => `${el.id || el.name || el.getAttribute('part')} ${Math.round(el.getBoundingClientRect().width)} < ${Math.round(neededWidth(el))}`);
  expect(cut, `${what}: date and time fields cut short`).to.deep.equal([]);
}

describe('small screens: every element works at 360 px wide', () => {
  before(() => setViewport({ width: 360, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the popover stack, the task list and the agent status: requests, a callback, links and a notice', async () => {
    const d = await deskPage({ tenant: { popoverLinks: { voice: [{ label: 'Account in CRM', url: 'https://crm.example.com/accounts/with/a/rather/long/path' }] } } });
    d.wrapper.insertAdjacentHTML('afterbegin', '<agent-status></agent-status>');
    const callback = await d.ringing(() => d.page.sim.offerCallback('web', { queueName: 'Callbacks for customers with a very long queue name' }));
    d.card(callback)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    d.page.sim.customerDoesNotAnswer(callback);
    d.page.clock.advance(5000);
    await d.ringing();
    await d.ringing(() => d.page.sim.offerEmail());
    for (let n = 0; n < 5; n++) await d.ringing(() => d.page.sim.offerChat());
    await d.render();
    expect(d.popover.shadowRoot!.querySelector('[part=notice]'), 'a notice shows').to.exist;
    expect(d.popover.shadowRoot!.querySelector('[part=range]')!.textContent).to.equal('1-5 of 7');
    expectFits(d.wrapper, 'popover, task list, agent status');
  });

  it('the interaction pane with a call, its variables (a date-time one), and its Consult and Wrap Up dialogs', async () => {
    const d = await deskPage();
    const id = await d.ringing();
    d.card(id)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    expect(d.inPane('input[type=datetime-local]'), 'a date-time variable').to.exist;
    expectFits(d.wrapper, 'pane');
    d.inPane<HTMLButtonElement>('[part~=consult]')!.click();
    await d.render();
    expectFits(d.wrapper, 'the Consult dialog');
    d.inPane<HTMLButtonElement>('dialog [part~=cancel]')?.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=end]')!.click();
    await d.render();
    expect(d.inPane<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')!.open).to.equal(true);
    expectFits(d.wrapper, 'the Wrap Up dialog');
  });

  it('the callback dialog: every field whole, the date included', async () => {
    const d = await deskPage();
    const el = await fixture<CallbackDialog>(html`<callback-dialog .store=${d.page.store}></callback-dialog>`);
    el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the dialog loads and renders', { timeout: 8000 });
    await el.updateComplete;
    expectFits(el.shadowRoot!, 'the callback dialog');
  });
});
