import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import type { InteractionPane } from '../../src/components/interaction-pane/interaction-pane.js';
import type { TelephonyAdapter } from '../../src/core/adapter.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { RequestError, isRequestError } from '../../src/core/requests.js';
import { createStore } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import { connectAdapter } from '../../src/connect-adapter.js';
import { createSimulator } from '../../src/simulator/index.js';
import { settle, simPage } from '../helpers/sim-page.js';

/** One desk on the page: its own clock, store, simulated platform, connection on the document, and pane. */
async function deskWithCall() {
  const page = simPage({ tenant: { ringTimeoutMs: 3_600_000 } });
  const id = page.sim.offerCall();
  page.clock.advance(1000);
  await page.store.request('accept', { interactionId: id }, page.sim.adapter.accept);
  page.store.select(id);
  const pane = await fixture<InteractionPane>(html`<interaction-pane .store=${page.store}></interaction-pane>`);
  return { ...page, id, pane };
}

const holdButton = (pane: InteractionPane) => pane.shadowRoot!.querySelector<HTMLButtonElement>('[part~=hold]')!;

/** Uncaught errors and unhandled rejections while `run` runs (and its microtasks settle). */
async function uncaught(run: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => {
    seen.push(`error: ${e.message}`);
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    seen.push(`rejection: ${String(e.reason)}`);
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await settle();
    await settle();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

describe('two desks, two copies of the kit, and bare events on one page', () => {
  it('[HOLD-1] desk B’s Hold goes to desk B’s store and platform, never to desk A wired first on the same document', async () => {
    const a = await deskWithCall();
    const b = await deskWithCall();
    try {
      holdButton(b.pane).click();
      await settle();
      await b.pane.updateComplete;
      expect(b.store.getState().interactions[b.id].customerLeg.onHold, 'desk B on hold').to.equal(true);
      expect(Object.values(a.store.getState().requests).map((r) => r.name), 'requests desk A received').to.deep.equal(['accept']);
      expect(a.store.getState().interactions[a.id].customerLeg.onHold, 'desk A untouched').to.equal(false);
      holdButton(a.pane).click();
      await settle();
      expect(a.store.getState().interactions[a.id].customerLeg.onHold, 'desk A on hold').to.equal(true);
      expect(Object.values(b.store.getState().requests).map((r) => r.name)).to.deep.equal(['accept', 'hold']);
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });

  it('[CAD-5] a RequestError from another copy of the kit is understood: its code is kept and the conflict shown', async () => {
    // A second copy of the module, as an adapter bundled with its own copy of the kit brings.
    const url = new URL('../../src/core/requests.ts?second-copy', import.meta.url).href;
    const other = (await import(/* @vite-ignore */ url)) as typeof import('../../src/core/requests.js');
    expect(other.RequestError, 'a separate copy').not.to.equal(RequestError);
    const foreign = new other.RequestError('conflict', 'Someone saved first.', [{ name: 'notes', value: 'theirs', version: 2 }]);
    expect(foreign instanceof RequestError).to.equal(true);
    expect(isRequestError(foreign)).to.equal(true);
    expect(new RequestError('x', 'y') instanceof other.RequestError).to.equal(true);
    expect(isRequestError(Object.assign(new Error('plain'), { code: 'conflict' }))).to.equal(false);

    const page = simPage({ tenant: { ringTimeoutMs: 3_600_000 } });
    try {
      const id = page.sim.offerCall();
      page.clock.advance(1000);
      await page.store.request('accept', { interactionId: id }, page.sim.adapter.accept);
      const notes = page.store.getState().interactions[id].variables.find((v) => v.editable && !v.secure)!;
      const outcome = await page.store.request('saveVariables', { interactionId: id, changes: [{ name: notes.name, value: 'mine', baseVersion: notes.version }] }, async () => {
        throw new other.RequestError('conflict', 'Someone saved first.', [{ name: notes.name, value: 'theirs', version: notes.version + 1 }]);
      });
      expect(outcome.ok).to.equal(false);
      expect(!outcome.ok && outcome.code).to.equal('conflict');
      expect(page.store.getState().notices.map((n) => n.kind)).to.deep.equal(['variable-conflict']);
    } finally {
      page.disconnect();
    }
  });

  it('[SCHED-1] a bare desk-open-callbacks (no detail) opens the callback dialog without throwing', async () => {
    const page = simPage();
    try {
      const dialog = await fixture<CallbackDialog>(html`<callback-dialog .store=${page.store}></callback-dialog>`);
      const errors = await uncaught(() => document.dispatchEvent(new CustomEvent('desk-open-callbacks', { bubbles: true })));
      await dialog.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    } finally {
      page.disconnect();
    }
  });

  it('a request payload whose getter throws is reported as a store error, sends nothing and leaves no unhandled rejection', async () => {
    const clock = createVirtualClock();
    const store = createStore({ clock });
    const sim = createSimulator({ clock });
    const sent: string[] = [];
    const adapter: TelephonyAdapter = { ...sim.adapter, hold: async (p) => void sent.push(p.interactionId) };
    const connection = connectAdapter(adapter, { store });
    const errors: StoreError[] = [];
    store.events.on('error', (e) => errors.push(e));
    try {
      const payload = { leg: 'customer' } as { leg: 'customer'; interactionId: string };
      Object.defineProperty(payload, 'interactionId', { enumerable: true, get: () => { throw new Error('host bug'); } });
      const problems = await uncaught(() => document.dispatchEvent(new CustomEvent('desk-hold', { bubbles: true, detail: { request: 'hold', payload } })));
      expect(problems).to.deep.equal([]);
      expect(sent).to.deep.equal([]);
      expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([['malformed', 'The "hold" request event could not be read; nothing was sent.']]);
      expect(store.getState().requests).to.deep.equal({});
    } finally {
      connection.disconnect();
    }
  });
});
