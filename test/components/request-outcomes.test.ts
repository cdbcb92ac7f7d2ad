import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/agent-popover.js';
import '../../src/define/agent-status.js';
import type { AgentPopover } from '../../src/components/agent-popover/agent-popover.js';
import type { AgentStatus } from '../../src/components/agent-status/agent-status.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { RequestError } from '../../src/core/requests.js';
import { defaultAgent } from '../../src/core/state.js';
import { createStore, type DeskStore } from '../../src/core/store.js';
import { connectAdapter } from '../../src/connect-adapter.js';

/**
 * Issue 14, "Request outcomes without guessing": an element reads the outcome of exactly the
 * request it sent (by the id its event carried), never "the newest record since I sent".
 */

const idleCodes = [{ id: 'lunch', label: 'Lunch' }, { id: 'rona', label: 'Missed request' }];
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An answer the test gives when it wants to. */
function later() {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

function deskStore(): DeskStore {
  return createStore({
    clock: createVirtualClock(),
    state: {
      agent: { ...defaultAgent, signedIn: true, availability: 'idle', idleCodeId: 'rona', idleCodes },
      rona: { interactionId: 'call-1', customerLabel: 'Ada Lovelace', at: 0 },
    },
  });
}

/** Each test's connection listens on the document: it stops when the test ends, passed or not. */
let disconnect: (() => void) | undefined;
afterEach(() => disconnect?.());

/** Both elements on one store; every setAgentState is answered by the next of `answers`, in order. */
async function desk(answers: ReturnType<typeof later>[]) {
  const store = deskStore();
  const queue = [...answers];
  const adapter = { subscribe: () => () => {}, setAgentState: () => queue.shift()!.promise, setBnrDefault: async () => undefined } as never;
  disconnect = connectAdapter(adapter, { store }).disconnect;
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <agent-status .store=${store}></agent-status>
    <agent-popover .store=${store}></agent-popover>
  </div>`);
  const status = wrapper.querySelector<AgentStatus>('agent-status')!;
  const popover = wrapper.querySelector<AgentPopover>('agent-popover')!;
  const render = async () => {
    await tick();
    await status.updateComplete;
    await popover.updateComplete;
  };
  const select = status.shadowRoot!.querySelector('select')!;
  const choose = async (value: string) => {
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await render();
  };
  const ronaAvailable = async () => {
    popover.shadowRoot!.querySelector<HTMLButtonElement>('[part~=rona-available]')!.click();
    await render();
  };
  const alert = (el: HTMLElement) => el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? null;
  const shownState = () => select.selectedOptions[0].textContent!.trim();
  return { store, status, popover, render, choose, ronaAvailable, alert, shownState };
}

describe('request outcomes: each element reads its own', () => {
  it('[POP-11] [AGENT-1] agent-status refused while the RONA popover’s Available is pending: only agent-status shows it', async () => {
    const rona = later();
    const mine = later();
    const d = await desk([rona, mine]);
    await d.ronaAvailable();
    await d.choose('idle:lunch');
    mine.reject(new RequestError('refused', 'Lunch is not allowed now.'));
    await d.render();
    expect(d.alert(d.status)).to.equal('Lunch is not allowed now.');
    expect(d.alert(d.popover), 'the RONA popover is still waiting for its own answer').to.equal(null);
    expect(d.popover.shadowRoot!.querySelector('[part~=rona-card]'), 'and stays open').to.not.equal(null);
    // Its own answer closes it.
    rona.resolve();
    await d.render();
    expect(d.popover.shadowRoot!.querySelector('[part~=rona-card]')).to.equal(null);
  });

  it('[POP-11] [AGENT-1] the RONA popover’s Available refused while agent-status’s choice is pending: only the popover shows it', async () => {
    const mine = later();
    const rona = later();
    const d = await desk([mine, rona]);
    await d.choose('idle:lunch');
    await d.ronaAvailable();
    rona.reject(new RequestError('refused', 'Available is not possible during the briefing.'));
    await d.render();
    expect(d.alert(d.popover)).to.equal('Available is not possible during the briefing.');
    expect(d.alert(d.status), 'agent-status did not ask for Available').to.equal(null);
    expect(d.shownState(), 'its own choice still shows while pending').to.equal('Idle: Lunch');
    mine.resolve();
    await d.render();
    expect(d.alert(d.status)).to.equal(null);
  });

  it('[AGENT-1] [BNR-1] a refusal followed by a success at the same instant shows no error (request-9 does not beat request-10)', async () => {
    const answers = [later()];
    const d = await desk(answers);
    // Eight earlier requests, so the two under test are the store's 9th and 10th, all at one instant.
    for (let n = 0; n < 8; n++) await d.store.request('setBnrDefault', { enabled: true }, async () => undefined);
    await d.choose('idle:lunch');
    answers[0].reject(new RequestError('refused', 'Lunch is not allowed now.'));
    await d.render();
    expect(d.alert(d.status), 'the 9th, refused').to.equal('Lunch is not allowed now.');
    // The 10th, the BNR setting, is done: the refusal before it is old news.
    d.status.shadowRoot!.querySelector<HTMLInputElement>('[part=bnr-setting] input')!.click();
    await d.render();
    expect(d.alert(d.status), 'the 10th, done').to.equal(null);
  });

  it('the request event carries the id the store records the request under', async () => {
    const answer = later();
    const d = await desk([answer]);
    const heard = new Promise<CustomEvent>((resolve) => d.status.addEventListener('desk-set-agent-state', (e) => resolve(e as CustomEvent), { once: true }));
    await d.choose('available');
    const { requestId } = (await heard).detail as { requestId: string };
    expect(d.store.getState().requests[requestId]).to.include({ name: 'setAgentState', status: 'pending' });
    answer.resolve();
    await d.render();
    expect(d.store.getState().requests[requestId].status).to.equal('done');
  });
});
