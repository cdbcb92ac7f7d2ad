import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/agent-popover.js';
import '../../src/define/interaction-pane.js';
import '../../src/define/task-list.js';
import type { LitElement } from 'lit';
import { settle, simPage } from '../helpers/sim-page.js';

type Page = ReturnType<typeof simPage>;
let page: Page | undefined;
afterEach(() => page?.disconnect());

/** The popover, the task list and the pane on one simulated desk, as the README wires them. */
async function deskOn() {
  page = simPage({ tenant: { ringTimeoutMs: 3_600_000 } });
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <agent-popover .store=${page.store}></agent-popover>
    <task-list .store=${page.store}></task-list>
    <interaction-pane .store=${page.store}></interaction-pane>
  </div>`);
  const el = (tag: string) => wrapper.querySelector<LitElement>(tag)!;
  const root = (tag: string) => el(tag).shadowRoot!;
  const render = async () => {
    await settle();
    for (const tag of ['agent-popover', 'task-list', 'interaction-pane']) await el(tag).updateComplete;
  };
  /** A web callback, answered from its popover with the keyboard, and shown in the pane. */
  const acceptedCallback = async () => {
    const id = page!.sim.offerCallback('web', { customer: { name: 'Ada Lovelace', number: '+1 415 555 0134' } });
    page!.clock.advance(1000);
    await render();
    root('agent-popover').querySelector<HTMLButtonElement>('[part~=accept-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await render();
    page!.store.select(id);
    await render();
    return id;
  };
  const pane = root('interaction-pane');
  const cardStatus = () => root('task-list').querySelector('[part~=status]')?.textContent?.trim();
  return { page: page!, el, root, render, acceptedCallback, pane, cardStatus };
}

describe('interaction-pane: a web callback while its customer is being dialled', () => {
  it('[CB-2] shows that the customer is being dialled, with Cancel and no call controls; once they answer, Connected with the controls', async () => {
    const d = await deskOn();
    await d.acceptedCallback();
    expect(d.pane.querySelector('[part=dialling] [role=status]')!.textContent).to.equal('Calling Ada Lovelace… The call connects when they answer.');
    expect(d.pane.querySelector('[part~=cancel-callback]')!.textContent).to.equal('Cancel callback');
    expect(d.pane.querySelector('[part=controls]'), 'no Hold, Transfer or End while dialling').to.equal(null);
    expect(d.cardStatus()).to.equal('Dialling customer…');
    await expect(d.el('interaction-pane')).to.be.accessible();

    d.page.clock.advance(3000);
    await d.render();
    expect(d.pane.querySelector('[part=dialling]')).to.equal(null);
    expect(d.pane.querySelector('[part~=hold]')).to.exist;
    expect(d.cardStatus()).to.equal('Connected');
  });

  it('[CB-2] [END-4] Cancel before the customer answers, by keyboard, ends it and opens Wrap Up Reasons', async () => {
    const d = await deskOn();
    const id = await d.acceptedCallback();
    const fired: string[] = [];
    d.el('interaction-pane').addEventListener('desk-cancel-callback', (e) => fired.push(e.detail.interactionId!));
    d.pane.querySelector<HTMLButtonElement>('[part~=cancel-callback]')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.render();
    expect(fired).to.deep.equal([id]);
    expect(d.page.store.getState().interactions[id].phase).to.equal('wrap-up');
    expect(d.pane.querySelector('dialog[open]')?.textContent).to.contain('Wrap');
  });

  it('[CB-2] [POP-12] a customer who does not answer sends it back to the queue, and the agent is told', async () => {
    const d = await deskOn();
    const id = await d.acceptedCallback();
    d.page.sim.customerDoesNotAnswer(id);
    await d.render();
    expect(d.page.store.getState().interactions[id]).to.equal(undefined);
    expect(d.page.store.getState().notices.map((n) => n.kind)).to.deep.equal(['returned-to-queue']);
  });
});
