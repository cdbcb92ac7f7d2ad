// The theme is set once, where the host wants it (the page's color-scheme, any ancestor's), and
// every kit element follows it; `theme` on one element overrides it for that element alone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { TaskList } from '../../src/components/task-list/task-list.js';
import { simPage } from '../helpers/sim-page.js';

const LIGHT_TEXT = 'rgb(29, 31, 36)';
const DARK_TEXT = 'rgb(236, 238, 242)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(30, 32, 38)';

let page: ReturnType<typeof simPage>;
beforeEach(() => (page = simPage()));
afterEach(() => {
  page.disconnect();
  document.documentElement.style.colorScheme = '';
});

const textColor = (el: Element) => getComputedStyle(el).color;
/** The background of the card the agent reads, inside the shadow root. */
const popoverSurface = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~=card]')!).backgroundColor;

describe('theme', () => {
  it('with nothing set, the elements are light', async () => {
    const el = await fixture<TaskList>(html`<task-list .store=${page.store}></task-list>`);
    expect(textColor(el)).to.equal(LIGHT_TEXT);
  });

  it('a dark color-scheme on an ancestor darkens every element under it, popover and list alike', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark">
      <task-list .store=${page.store}></task-list><agent-popover .store=${page.store}></agent-popover>
    </div>`);
    page.sim.offerCall();
    const popover = root.querySelector('agent-popover')!;
    await popover.updateComplete;
    expect(textColor(root.querySelector('task-list')!)).to.equal(DARK_TEXT);
    expect(popoverSurface(popover)).to.equal(DARK_SURFACE);
    await expect(popover).to.be.accessible();
  });

  it('the page-wide setting (color-scheme on <html>) reaches elements inside another shadow root', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('task-list');
    (inner as TaskList).store = page.store;
    host.attachShadow({ mode: 'open' }).append(inner);
    await (inner as TaskList).updateComplete;
    expect(textColor(inner)).to.equal(DARK_TEXT);
  });

  it('theme on one element wins over what it inherits, either way, and reflects the property', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark">
      <agent-popover .store=${page.store} theme="light"></agent-popover>
    </div>`);
    page.sim.offerCall();
    const popover = root.querySelector('agent-popover')!;
    await popover.updateComplete;
    expect(popoverSurface(popover)).to.equal(LIGHT_SURFACE);
    popover.theme = 'dark';
    root.style.colorScheme = 'light';
    await popover.updateComplete;
    expect(popover.getAttribute('theme')).to.equal('dark');
    expect(popoverSurface(popover)).to.equal(DARK_SURFACE);
  });

  it('a host colour token still wins over both sets', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; --desk-color-text: rgb(1, 2, 3)">
      <task-list .store=${page.store}></task-list>
    </div>`);
    expect(textColor(root.querySelector('task-list')!)).to.equal('rgb(1, 2, 3)');
  });
});
