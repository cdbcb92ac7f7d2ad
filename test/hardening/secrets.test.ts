import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import { sampleCustomers } from '../../src/simulator/fixtures.js';
import { everythingRendered, settle, simPage } from '../helpers/sim-page.js';

/** The secrets of this test: the PIN variable values and every customer's full number. */
const SECRET_PIN = /\b40\d\d\b/;
const fullNumbers = sampleCustomers.map((c) => c.number);

describe('secrets sweep', () => {
  it('[CAD-2] [POP-7] no secure value or full number reaches the DOM, an attribute, an event detail or the console in the main flows', async () => {
    const seen: string[] = [];
    const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    for (const level of Object.keys(original) as (keyof typeof original)[]) {
      console[level] = (...args: unknown[]) => {
        seen.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
        original[level](...args);
      };
    }
    const record = (event: Event) => seen.push(JSON.stringify((event as CustomEvent).detail ?? null));
    const types = ['accept', 'accept-all', 'decline', 'hold', 'resume', 'consult', 'conference', 'end', 'submit-wrap-up', 'save-variables', 'reveal-variable', 'schedule-callback', 'list-callbacks', 'select', 'open-callbacks', 'set-bnr', 'pause-recording'].map((n) => `desk-${n}`);
    types.forEach((type) => document.addEventListener(type, record, true));
    const page = simPage({ tenant: { sensitiveDataProtection: true, ringTimeoutMs: 3_600_000 } });
    page.store.events.on('*', (type, payload) => seen.push(`${String(type)} ${JSON.stringify(payload) ?? ''}`));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <agent-status .store=${page.store}></agent-status>
        <task-list .store=${page.store}></task-list>
        <interaction-pane .store=${page.store}></interaction-pane>
        <agent-popover .store=${page.store}></agent-popover>
        <callback-dialog .store=${page.store}></callback-dialog>
      </div>`);
      const render = async () => {
        await settle();
        for (const el of wrapper.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      };
      const shadow = (tag: string) => wrapper.querySelector(tag)!.shadowRoot!;
      // Requests of every kind arrive, with secure variables among their variables.
      const call = page.sim.offerCall();
      page.sim.offerChat();
      page.sim.offerEmail();
      page.sim.offerCallback('web');
      page.sim.colleagueConsultsMe();
      page.clock.advance(1000);
      await render();
      // Accept, select, hold, consult, conference, save a variable, then the callback dialog from the pane.
      shadow('agent-popover').querySelector<HTMLButtonElement>('[part~=accept-all]')!.click();
      await render();
      await page.store.request('accept', { interactionId: call }, page.sim.adapter.accept);
      page.store.select(call);
      await render();
      shadow('interaction-pane').querySelector<HTMLButtonElement>('[part~=hold]')!.click();
      await render();
      shadow('interaction-pane').querySelector<HTMLButtonElement>('[part~=resume]')!.click();
      await page.store.request('consult', { interactionId: call, destination: { type: 'agent', id: 'agent-sam' } }, page.sim.adapter.consult);
      page.clock.advance(6000);
      await render();
      shadow('interaction-pane').querySelector<HTMLButtonElement>('[part~=conference]')!.click();
      await render();
      const caseField = shadow('interaction-pane').querySelector<HTMLInputElement>('#var-caseNumber')!;
      caseField.value = 'CASE-7';
      caseField.dispatchEvent(new Event('input'));
      await render();
      shadow('interaction-pane').querySelector<HTMLButtonElement>('[part~=save]')!.click();
      await render();
      shadow('interaction-pane').querySelector<HTMLButtonElement>('[part~=more]')!.click();
      await render();
      shadow('interaction-pane').querySelector<HTMLButtonElement>('[part~=schedule-callbacks]')!.click();
      const dialog = wrapper.querySelector<CallbackDialog>('callback-dialog')!;
      await waitUntil(() => dialog.shadowRoot!.querySelector('form'), 'the dialog loads its panel', { timeout: 8000 });
      dialog.shadowRoot!.getElementById('tab-manage')!.click();
      await render();

      const everything = [everythingRendered(wrapper), ...seen].join('\n');
      expect(everything.length).to.be.greaterThan(2000);
      for (const number of fullNumbers) expect(everything, `full number ${number}`).not.to.contain(number);
      const pinValues = everything.match(/Account PIN[^\n]{0,40}/g) ?? [];
      for (const line of pinValues) expect(line, 'a PIN value next to its label').not.to.match(SECRET_PIN);
      expect(everything).to.contain('Account PIN');
      // The masked numbers do show their last four digits.
      expect(everything).to.contain('0134');
    } finally {
      Object.assign(console, original);
      types.forEach((type) => document.removeEventListener(type, record, true));
      page.disconnect();
    }
  });
});
