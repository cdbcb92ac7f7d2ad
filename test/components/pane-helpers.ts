import { fixture, html } from '@open-wc/testing';
import '../../src/define/interaction-pane.js';
import type { InteractionPane } from '../../src/components/interaction-pane/interaction-pane.js';
import { settle, simPage } from '../helpers/sim-page.js';

export type Page = ReturnType<typeof simPage>;

const open: Page[] = [];
// Each test's desk answers only its own events: the first connection on a root handles an event.
afterEach(() => open.splice(0).forEach((page) => page.disconnect()));

/** A pane showing the task list's selection, on the simulator. */
export async function paneOn(options: Parameters<typeof simPage>[0] = {}) {
  const page = simPage({ ...options, tenant: { ringTimeoutMs: 3_600_000, ...options.tenant } });
  open.push(page);
  const el = await fixture<InteractionPane>(html`<interaction-pane .store=${page.store}></interaction-pane>`);
  const root = el.shadowRoot!;
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T & HTMLElement>(selector);
  const part = (name: string) => q<HTMLButtonElement>(`[part~=${name}]`);
  const render = async () => {
    await settle();
    await el.updateComplete;
  };
  const advance = async (ms: number) => {
    page.clock.advance(ms);
    await render();
  };
  /** Offers a call, accepts it and selects it for the pane. */
  const acceptedCall = async (offer: () => string = () => page.sim.offerCall()) => {
    const id = offer();
    page.clock.advance(1000);
    await page.store.request('accept', { interactionId: id }, page.sim.adapter.accept);
    page.store.select(id);
    await render();
    return id;
  };
  const click = async (name: string) => {
    part(name)!.click();
    await render();
  };
  const disabled = (name: string) => part(name)?.getAttribute('aria-disabled') === 'true';
  const reason = (name: string) => {
    const id = part(name)?.getAttribute('aria-describedby');
    return id ? root.getElementById(id)?.textContent ?? '' : '';
  };
  const call = (id: string) => page.store.getState().interactions[id];
  return { page, el, root, q, part, render, advance, acceptedCall, click, disabled, reason, call };
}
