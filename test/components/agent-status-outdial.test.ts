import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/agent-status.js';
import '../../src/define/agent-popover.js';
import type { AgentStatus } from '../../src/components/agent-status/agent-status.js';
import type { RequestPayloads } from '../../src/core/requests.js';
import type { DeskRequestEvent } from '../../src/events/request-events.js';
import { settle, simPage } from '../helpers/sim-page.js';

type Page = ReturnType<typeof simPage>;
let page: Page | undefined;
afterEach(() => page?.disconnect());

async function deskOn(options: Parameters<typeof simPage>[0] = {}, width = 800) {
  page = simPage({ ...options, tenant: { ringTimeoutMs: 3_600_000, ...options.tenant } });
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
    <agent-status .store=${page.store}></agent-status>
    <agent-popover .store=${page.store}></agent-popover>
  </div>`);
  const el = wrapper.querySelector<AgentStatus>('agent-status')!;
  const root = el.shadowRoot!;
  const render = async () => {
    await settle();
    await el.updateComplete;
    await wrapper.querySelector<AgentStatus>('agent-popover')!.updateComplete;
  };
  const part = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[part~=${name}]`);
  const fired: DeskRequestEvent<'outdial'>[] = [];
  wrapper.addEventListener('desk-outdial', (e) => fired.push(e));
  /** Keyboard only: the toggle, the number typed, Enter. */
  const dial = async (number: string) => {
    if (!part('outdial')) {
      part('outdial-toggle')!.focus();
      await sendKeys({ press: 'Enter' });
      await render();
    }
    part<HTMLInputElement>('outdial-number')!.focus();
    part<HTMLInputElement>('outdial-number')!.select();
    await sendKeys({ type: number });
    await sendKeys({ press: 'Enter' });
    await render();
  };
  return { page: page!, wrapper, el, root, render, part, fired, dial };
}

const active = (root: ShadowRoot) => root.activeElement as HTMLElement | null;

describe('agent-status: outdial', () => {
  it('[AGENT-5] keyboard only: Outdial opens a number field whose rule is explained beside it, the ANI picker, and Call fires a cancelable desk-outdial', async () => {
    const d = await deskOn();
    d.part('outdial-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.render();
    expect(d.part('outdial-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(active(d.root)?.id, 'the focus moves into the number field').to.equal('outdial-number');
    expect(d.root.getElementById('outdial-number-hint')!.textContent).to.match(/7 to 15 digits/);
    await expect(d.el).to.be.accessible();

    await sendKeys({ type: '555 12' });
    await sendKeys({ press: 'Enter' });
    await d.render();
    expect(d.fired, 'an invalid number is not sent').to.have.length(0);
    const field = d.part<HTMLInputElement>('outdial-number')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(d.root.getElementById(field.getAttribute('aria-describedby')!)!.textContent).to.equal('The phone number must have 7 to 15 digits (it has 5).');
    await expect(d.el).to.be.accessible();

    // The tenant has two outdial ANIs: the picker offers both, the first chosen.
    const ani = d.part<HTMLSelectElement>('outdial-ani')!;
    expect([...ani.options].map((o) => o.textContent)).to.deep.equal(['Main line · +1 800 555 0100', 'Billing · +1 800 555 0142']);
    ani.focus();
    await sendKeys({ press: 'ArrowDown' });
    await d.render();
    expect(d.part<HTMLSelectElement>('outdial-ani')!.value).to.equal('ani-billing');

    await d.dial('+44 20 7946 0958');
    expect(d.fired).to.have.length(1);
    const event = d.fired[0];
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect(event.detail.payload).to.deep.equal({ number: '+44 20 7946 0958', aniId: 'ani-billing' } satisfies RequestPayloads['outdial']);
    // The call is placed: the entry closes and the outdial popover takes over.
    expect(d.part('outdial')).to.equal(null);
    const popover = d.wrapper.querySelector('agent-popover')!.shadowRoot!;
    expect(popover.querySelector('[part~=label]')!.textContent).to.contain('Outdial call');
    const variables = popover.querySelector('[part~=variables]')!.textContent!;
    expect(variables).to.contain('Account number').and.contain('Tier').and.contain('Last order');
    expect(variables, 'AGENT-5: never a secure variable on the outdial popover').to.not.contain('Account PIN');
  });

  it('[AGENT-5] Escape closes the entry and gives the focus back to Outdial; a host veto sends nothing and keeps the number', async () => {
    const d = await deskOn();
    d.wrapper.addEventListener('desk-outdial', (e) => e.preventDefault());
    await d.dial('+1 415 555 0134');
    expect(d.fired).to.have.length(1);
    expect(Object.values(d.page.store.getState().requests).filter((r) => r.name === 'outdial')).to.have.length(0);
    expect(d.part<HTMLInputElement>('outdial-number')!.value).to.equal('+1 415 555 0134');
    d.part<HTMLInputElement>('outdial-number')!.focus();
    await sendKeys({ press: 'Escape' });
    await d.render();
    expect(d.part('outdial')).to.equal(null);
    expect(active(d.root)?.getAttribute('part')).to.equal('outdial-toggle');
  });

  it('[AGENT-4] at the contact center\'s limit (other agents\' calls, not mine) Call is refused beforehand with the reason code', async () => {
    const d = await deskOn();
    d.page.sim.otherAgentsOnCalls(50);
    await d.render();
    d.part('outdial-toggle')!.click();
    await d.render();
    const call = d.part('outdial-call')!;
    expect(call.getAttribute('aria-disabled')).to.equal('true');
    expect(d.root.getElementById(call.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'The contact center has reached its limit of concurrent calls (TENANT_CONCURRENT_CALL_LIMIT).',
    );
    await d.dial('+1 415 555 0134');
    expect(d.fired, 'nothing is asked for').to.have.length(0);
    await expect(d.el).to.be.accessible();
  });

  it('[AGENT-4] when the platform refuses at the limit, the refusal shows with its reason code and the number stays', async () => {
    const d = await deskOn();
    // 49 calls elsewhere, as last reported; then a call of mine makes 50, which the desk has not been told.
    d.page.sim.otherAgentsOnCalls(49);
    const id = d.page.sim.offerCall();
    d.page.clock.advance(1000);
    await d.page.store.request('accept', { interactionId: id }, d.page.sim.adapter.accept);
    await d.render();
    await d.dial('+1 415 555 0134');
    expect(d.fired).to.have.length(1);
    const alert = d.root.querySelector('[part=outdial] [role=alert]');
    expect(alert?.textContent).to.equal('The contact center has reached its limit of concurrent calls (TENANT_CONCURRENT_CALL_LIMIT).');
    expect(d.part<HTMLInputElement>('outdial-number')!.value).to.equal('+1 415 555 0134');
    expect(Object.values(d.page.store.getState().interactions).map((i) => i.kind)).to.deep.equal(['inbound']);
    await expect(d.el).to.be.accessible();
  });

  it('[AGENT-5] works at 360 px: every part of the entry stays inside the element', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const d = await deskOn({}, 360);
      d.part('outdial-toggle')!.click();
      await d.render();
      await d.dial('123');
      const box = d.el.getBoundingClientRect();
      expect(box.width).to.be.at.most(360);
      for (const name of ['outdial-toggle', 'outdial-number', 'outdial-ani', 'outdial-call', 'outdial-field-error']) {
        const rect = d.part(name)!.getBoundingClientRect();
        expect([rect.left >= box.left - 0.5, rect.right <= box.right + 0.5], name).to.deep.equal([true, true]);
      }
      await expect(d.el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
