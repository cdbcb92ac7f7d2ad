import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import { sampleAgent, sampleDirectory, sampleTenant } from '../../src/simulator/fixtures.js';
import type { VariableInput } from '../../src/core/adapter-events.js';
import { settle, simPage } from '../helpers/sim-page.js';
import { allElements, hostile } from './hostile-strings.js';

describe('hostile strings everywhere a host or adapter can put one', () => {
  it('render as text in every element: no markup from data, no script runs, nothing overflows its box', async () => {
    let n = 0;
    const variables: VariableInput[] = Array.from({ length: 8 }, (_, i) => ({
      name: `v${i}`, label: hostile(n++), type: 'string', value: hostile(n++), editable: i % 2 === 0, secure: false, showOnPopover: true, order: i, version: 1,
    }));
    const page = simPage({
      agent: { ...sampleAgent, name: hostile(n++), idleCodes: sampleAgent.idleCodes.map((c) => ({ ...c, label: hostile(n++) })) },
      tenant: {
        ...sampleTenant,
        ringTimeoutMs: 3_600_000,
        popoverVariables: { ...sampleTenant.popoverVariables, voice: variables.map((v) => v.name), chat: variables.map((v) => v.name) },
        wrapUpReasons: sampleTenant.wrapUpReasons.map((r) => ({ ...r, label: hostile(n++) })),
      },
      directory: {
        ...sampleDirectory,
        agents: sampleDirectory.agents.map((a, i) => (i === 0 ? a : { ...a, name: hostile(n++), teamName: hostile(n++) })),
        queues: sampleDirectory.queues.map((q) => ({ ...q, name: hostile(n++) })),
      },
    });
    const customer = () => ({ name: hostile(n++), number: `+1 415 555 01${10 + (n % 80)}` });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; display: grid; grid-template-columns: 280px 600px; gap: 8px">
      <task-list .store=${page.store}></task-list>
      <interaction-pane .store=${page.store}></interaction-pane>
      <agent-status .store=${page.store}></agent-status>
      <agent-popover .store=${page.store}></agent-popover>
      <callback-dialog .store=${page.store}></callback-dialog>
    </div>`);
    const render = async () => {
      await settle();
      for (const el of wrapper.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    };
    const call = page.sim.offerCall({ customer: customer(), dnis: hostile(n++), queueName: hostile(n++), entryPointName: hostile(n++), variables });
    page.sim.offerChat({ customer: customer(), variables });
    page.sim.offerCallback('web', { customer: customer(), dnis: hostile(n++), queueName: hostile(n++), variables: [{ ...variables[0], name: 'callbackReason', value: hostile(n++) }] });
    page.sim.colleagueConsultsMe({ customer: customer(), variables, consultRequester: { name: hostile(n++), dialNumber: hostile(n++), team: hostile(n++) } });
    page.clock.advance(1000);
    await render();
    await page.store.request('accept', { interactionId: call }, page.sim.adapter.accept);
    await page.store.request('consult', { interactionId: call, destination: { type: 'agent', id: 'agent-sam' } }, page.sim.adapter.consult);
    page.clock.advance(6000);
    await page.store.request('conference', { interactionId: call }, page.sim.adapter.conference);
    page.sim.supervisorBargesIn(call, hostile(n++));
    page.store.select(call);
    await render();
    const dialog = wrapper.querySelector<CallbackDialog>('callback-dialog')!;
    dialog.show(call);
    await waitUntil(() => dialog.shadowRoot!.querySelector('form'));
    await render();

    const everything = allElements(wrapper);
    expect(everything.length).to.be.greaterThan(200);
    expect(everything.filter((el) => ['IMG', 'SCRIPT'].includes(el.tagName)), 'markup from data').to.deep.equal([]);
    expect(everything.filter((el) => el.tagName === 'svg' && el.getAttribute('onload')), 'svg from data').to.deep.equal([]);
    expect(everything.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))), 'event handler attributes').to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned, 'a script ran').to.equal(undefined);
    const text = wrapper.querySelector('interaction-pane')!.shadowRoot!.textContent!;
    expect(text).to.contain('<img src=x onerror=');
    for (const tag of ['task-list', 'interaction-pane', 'agent-popover']) {
      const box = wrapper.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
      expect(box.scrollWidth, `${tag} overflows its box`).to.be.at.most(box.clientWidth + 1);
    }
    const dialogBox = dialog.shadowRoot!.querySelector<HTMLElement>('dialog')!;
    expect(dialogBox.scrollWidth, 'the callback dialog overflows').to.be.at.most(dialogBox.clientWidth + 1);
    const statusBox = wrapper.querySelector('agent-status')!.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
    expect(statusBox.scrollWidth, 'agent-status overflows its box').to.be.at.most(statusBox.clientWidth + 1);
    for (const card of wrapper.querySelector('agent-popover')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~=card]')) {
      expect(card.scrollWidth, 'a popover card overflows').to.be.at.most(card.clientWidth + 1);
    }
    page.disconnect();
  });
});
