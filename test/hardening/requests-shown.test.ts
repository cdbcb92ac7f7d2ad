import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import { DEFAULT_REQUEST_TIMEOUTS, type RequestName } from '../../src/core/requests.js';
import type { StoreError } from '../../src/core/store-events.js';
import { settle, simPage } from '../helpers/sim-page.js';

/**
 * Issue 13, "Requests that never settle" and "Adapter results are trusted", where the agent sees
 * them: a request the platform never answers gives its controls back after its timeout with a
 * reason, and an answer of the wrong shape is a refusal that breaks no element.
 */

const TAGS = ['agent-status', 'agent-popover', 'task-list', 'interaction-pane', 'callback-dialog'] as const;
type Tag = (typeof TAGS)[number];

/** Each test's desk listens on the document: it stops when the test ends. */
let disconnect: (() => void) | undefined;
afterEach(() => disconnect?.());

async function deskOn() {
  const page = simPage({ tenant: { ringTimeoutMs: 3_600_000 } });
  disconnect = page.disconnect;
  const errors: StoreError[] = [];
  page.store.events.on('error', (e) => errors.push(e));
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
    <agent-status .store=${page.store}></agent-status>
    <agent-popover .store=${page.store}></agent-popover>
    <task-list .store=${page.store}></task-list>
    <interaction-pane .store=${page.store}></interaction-pane>
    <callback-dialog .store=${page.store} agent-time-zone="UTC"></callback-dialog>
  </div>`);
  const el = (tag: Tag) => wrapper.querySelector<LitElement>(tag)!;
  const root = (tag: Tag) => el(tag).shadowRoot!;
  const render = async () => {
    await settle();
    for (const tag of TAGS) await el(tag).updateComplete;
  };
  const find = <T extends HTMLElement = HTMLButtonElement>(tag: Tag, selector: string) => {
    const found = root(tag).querySelector<T>(selector);
    expect(found, `${tag}: ${selector}`).to.exist;
    return found!;
  };
  const press = async (tag: Tag, selector: string, key = 'Enter') => {
    find(tag, selector).focus();
    await sendKeys({ press: key });
    await render();
  };
  const advance = async (ms: number) => {
    page.clock.advance(ms);
    await render();
  };
  /** The adapter method never answers, as a hung platform. */
  const hang = (name: RequestName) => {
    (page.sim.adapter as unknown as Record<string, unknown>)[name] = () => new Promise(() => {});
  };
  const acceptedCall = async () => {
    const id = page.sim.offerCall();
    await advance(1000);
    await page.store.request('accept', { interactionId: id }, (p) => page.sim.adapter.accept(p));
    page.store.select(id);
    await render();
    return id;
  };
  return { page, errors, root, render, find, press, advance, hang, acceptedCall };
}

const TIMED_OUT = /did not answer within \d+ seconds/;

describe('requests that never settle give the agent the controls back', () => {
  it('[POP-1] a hung Answer shows "Accepting…" until its timeout, then Answer again with the reason', async () => {
    const d = await deskOn();
    d.hang('accept');
    d.page.sim.offerCall();
    await d.advance(1000);
    await d.press('agent-popover', '[part~=request-card] [part~=accept-button]');
    const button = d.find('agent-popover', '[part~=request-card] [part~=accept-button]');
    expect([button.textContent!.trim(), button.disabled], 'while asked').to.deep.equal(['Accepting…', true]);
    await d.advance(DEFAULT_REQUEST_TIMEOUTS.accept);
    const again = d.find('agent-popover', '[part~=request-card] [part~=accept-button]');
    expect([again.textContent!.trim(), again.disabled], 'after the timeout').to.deep.equal(['Answer', false]);
    expect(d.find('agent-popover', '[part~=request-card] [part~=error]').textContent).to.match(TIMED_OUT);
  });

  it('[POP-3] a hung "Accept N requests" does not disable Answer and Decline on a call offered afterwards, once it timed out', async () => {
    const d = await deskOn();
    d.hang('acceptAll');
    d.page.sim.offerChat();
    d.page.sim.offerEmail();
    await d.advance(1000);
    await d.press('agent-popover', '[part~=accept-all]');
    d.page.sim.offerCall();
    await d.advance(DEFAULT_REQUEST_TIMEOUTS.acceptAll);
    const voice = [...d.root('agent-popover').querySelectorAll('[part~=request-card]')].find((card) =>
      card.querySelector('[part~=accept-button]')?.textContent!.includes('Answer'),
    );
    expect(voice, 'the voice call offers Answer').to.exist;
    expect(voice!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.disabled).to.equal(false);
    expect(voice!.querySelector<HTMLButtonElement>('[part~=decline-button]')!.disabled).to.equal(false);
  });

  it('[CAD-3] a hung save shows "Saving…" until its timeout, then Save again with the reason, and the edit is kept', async () => {
    const d = await deskOn();
    d.hang('saveVariables');
    await d.acceptedCall();
    d.find<HTMLInputElement>('interaction-pane', '#var-caseNumber').focus();
    await sendKeys({ type: 'CASE-1' });
    await d.render();
    await d.press('interaction-pane', '[part~=save]');
    expect(d.find('interaction-pane', '[part~=save]').textContent!.trim(), 'while asked').to.equal('Saving…');
    await d.advance(DEFAULT_REQUEST_TIMEOUTS.saveVariables);
    const save = d.find('interaction-pane', '[part~=save]');
    expect([save.textContent!.trim(), save.getAttribute('aria-busy'), save.getAttribute('aria-disabled')]).to.deep.equal(['Save', 'false', 'false']);
    expect(d.find('interaction-pane', '[part=error]').textContent).to.match(TIMED_OUT);
    expect(d.find<HTMLInputElement>('interaction-pane', '#var-caseNumber').value).to.include('CASE-1');
  });
});

describe('adapter results of the wrong shape are refused, and no element breaks', () => {
  it('[CONS-1] refreshDirectory resolving {} keeps the directory: Consult still lists the agents and says why the refresh failed', async () => {
    const d = await deskOn();
    const directory = d.page.store.getState().directory;
    d.page.sim.adapter.refreshDirectory = async () => ({}) as never;
    await d.acceptedCall();
    await d.press('interaction-pane', '[part~=consult]');
    await d.press('interaction-pane', 'dialog[open] [part~=refresh]');
    expect(d.page.store.getState().directory).to.equal(directory);
    const dialog = d.find<HTMLDialogElement>('interaction-pane', 'dialog[open]');
    expect(dialog.textContent).to.include('Sam Okafor');
    expect(dialog.querySelector('[role=alert]')!.textContent).to.match(/cannot use: result\.agents must be an array/);
    // And the pane keeps rendering on the next change.
    await d.advance(1000);
    expect(d.find('interaction-pane', 'dialog[open]').textContent).to.include('Sam Okafor');
  });

  it('[SCHED-9] listCallbacks resolving [{}, {}] leaves the list as it was; Manage Callbacks shows why', async () => {
    const d = await deskOn();
    d.page.sim.adapter.listCallbacks = async () => [{}, {}] as never;
    await d.press('task-list', '[part~=schedule]');
    await waitUntil(() => d.root('callback-dialog').querySelector('form'), 'the callback dialog loads');
    await d.render();
    await d.press('callback-dialog', '#tab-manage');
    expect(d.page.store.getState().callbacks).to.deep.equal([]);
    expect(d.find('callback-dialog', '[part=error]').textContent).to.match(/cannot use: result\[0\]\.id/);
    expect(d.root('callback-dialog').querySelector('[part~=empty]'), 'the (empty) list still renders').to.exist;
  });
});
