import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import { setLocale } from '../../src/core/i18n.js';
import { RequestError } from '../../src/core/requests.js';
import type { ScheduledCallback } from '../../src/core/types.js';
import { settle, simPage } from '../helpers/sim-page.js';

/**
 * Issue 13, "Hostile text and locales", where the agent sees it: outside text never widens an
 * element, a stray right-to-left override never turns the text beside it around, and a locale tag
 * written the POSIX way does not break date formatting.
 */

const LONG = 'X'.repeat(500);

let disconnect: (() => void) | undefined;
afterEach(() => {
  disconnect?.();
  setLocale('en');
});

async function deskOn(width: number) {
  const page = simPage({ tenant: { ringTimeoutMs: 3_600_000 } });
  disconnect = page.disconnect;
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
    <agent-popover .store=${page.store}></agent-popover>
    <interaction-pane .store=${page.store}></interaction-pane>
    <callback-dialog .store=${page.store} agent-time-zone="UTC"></callback-dialog>
  </div>`);
  const el = (tag: string) => wrapper.querySelector<LitElement>(tag)!;
  const render = async () => {
    await settle();
    for (const child of wrapper.children) await (child as LitElement).updateComplete;
  };
  return { page, wrapper, el, render };
}

/** The element and everything drawn in it stay inside `box`: no content wider than the box holding it. */
function fitsIn(box: Element, host: LitElement) {
  const limit = box.getBoundingClientRect();
  const overflowing = [...host.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.getBoundingClientRect().width > 0)
    .filter((node) => {
      // Content wider than its box (drawn past it, or scrolled); a box that clips on purpose is not.
      const clips = ['hidden', 'clip'].includes(getComputedStyle(node).overflowX);
      return node.getBoundingClientRect().right > limit.right + 0.5 || (!clips && node.scrollWidth > node.clientWidth + 1);
    })
    .map((node) => `${node.tagName.toLowerCase()}[part=${node.getAttribute('part')}] ${Math.round(node.getBoundingClientRect().width)}px`);
  expect(overflowing, `inside ${Math.round(limit.width)}px`).to.deep.equal([]);
  expect(host.getBoundingClientRect().width).to.be.at.most(limit.width + 0.5);
}

describe('hostile text: long words and bidi overrides', () => {
  it('a 500-character error with no spaces wraps inside the pane (974 px)', async () => {
    const d = await deskOn(974);
    const id = d.page.sim.offerCall();
    d.page.clock.advance(1000);
    await d.page.store.request('accept', { interactionId: id }, (p) => d.page.sim.adapter.accept(p));
    d.page.store.select(id);
    await d.page.store.request('hold', { interactionId: id, leg: 'customer' }, () => Promise.reject(new RequestError('refused', LONG)));
    await d.render();
    const pane = d.el('interaction-pane');
    expect(pane.shadowRoot!.querySelector('[part=error]')!.textContent).to.equal(LONG);
    fitsIn(d.wrapper, pane);
  });

  it('[POP-1] a 500-character error with no spaces wraps inside the popover card', async () => {
    const d = await deskOn(360);
    const id = d.page.sim.offerCall();
    d.page.clock.advance(1000);
    await d.page.store.request('accept', { interactionId: id }, () => Promise.reject(new RequestError('refused', LONG)));
    await d.render();
    const popover = d.el('agent-popover');
    expect(popover.shadowRoot!.querySelector('[part~=request-card] [part=error]')!.textContent).to.equal(LONG);
    fitsIn(d.wrapper, popover);
  });

  async function manageCallbacks(callback: Partial<ScheduledCallback>) {
    const d = await deskOn(900);
    const dialog = d.el('callback-dialog') as CallbackDialog;
    d.page.sim.adapter.listCallbacks = async () => [
      {
        id: 'cb-1',
        customerName: 'Ada Lovelace',
        customerNumber: '+1 415 555 0134',
        startAt: new Date(d.page.clock.now() + 3_600_000).toISOString(),
        endAt: new Date(d.page.clock.now() + 5_400_000).toISOString(),
        timeZone: 'UTC',
        assignment: { to: 'myself' },
        queueId: 'q-billing',
        personal: true,
        createdBy: d.page.store.getState().agent.id,
        ...callback,
      },
    ];
    dialog.show();
    await waitUntil(() => dialog.shadowRoot!.querySelector('form'), 'the form loads', { timeout: 10_000 });
    await d.render();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('#tab-manage')!.click();
    await d.render();
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~=callback]'), 'the list shows the callback', { timeout: 10_000 });
    return dialog;
  }

  /** Where the first and the last character of `text` are drawn, left to right. */
  function drawnEnds(root: ShadowRoot, text: string) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !(node.textContent ?? '').includes(text));
    expect(node, `the text ${text}`).to.exist;
    const start = node!.textContent!.indexOf(text);
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(node!, offset);
      range.setEnd(node!, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return { first: at(start), last: at(start + text.length - 1) };
  }

  it('[SCHED-9] an unterminated right-to-left override in a customer name does not draw the number beside it backwards', async () => {
    const dialog = await manageCallbacks({ customerName: 'Mallory \u202Eevil' });
    const title = dialog.shadowRoot!.querySelector('[part=callback-title]')!;
    expect(title.textContent).to.include('+1 415 555 0134');
    const { first, last } = drawnEnds(dialog.shadowRoot!, '+1 415 555 0134');
    expect(first, 'the "+" is drawn left of the last "4"').to.be.below(last);
  });

  it('[SCHED-9] setLocale("en_US") is read as en-US: Manage Callbacks still renders its list', async () => {
    setLocale('en_US');
    const dialog = await manageCallbacks({});
    const item = dialog.shadowRoot!.querySelector('[part~=callback]')!;
    expect(item.textContent).to.include('Ada Lovelace');
    expect(item.textContent).to.match(/\d{1,2}:\d{2}/);
  });
});
