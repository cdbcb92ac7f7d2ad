import { expect } from '@open-wc/testing';
import { bindAdapter } from '../../src/core/bind-adapter.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { DEFAULT_REQUEST_TIMEOUTS, REQUEST_NAMES, RequestError, type RequestName, type RequestPayloads } from '../../src/core/requests.js';
import { latestRequest } from '../../src/core/selectors.js';
import { createStore } from '../../src/core/store.js';
import { simDesk } from '../simulator/sim-desk.js';
import { scenarios } from './request-scenarios.js';

/**
 * Issue 13, "Requests that never settle" and "Adapter results are trusted", at the store: every
 * request settles within its timeout on the store's one clock, a late answer changes nothing,
 * and every answer the desk keeps is checked like an event before it is used.
 */

/** A promise the test settles by hand, as a slow platform would. */
function hanging<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('requests settle: every request times out on the store clock', () => {
  for (const name of REQUEST_NAMES) {
    it(`a "${name}" the adapter never answers fails with code timeout after its default (${DEFAULT_REQUEST_TIMEOUTS[name]} ms), and its answer after that changes nothing`, async () => {
      // Nothing rings out while the test waits: only the request could change the desk.
      const desk = simDesk({ tenant: { ringTimeoutMs: 3_600_000 } });
      const payload = await scenarios[name](desk);
      const before = desk.state();
      const answer = hanging<never>();
      const outcome = desk.store.request(name, payload as never, () => answer.promise);
      await tick();
      expect(latestRequest(desk.state(), name)?.status, 'pending while the adapter thinks').to.equal('pending');
      desk.clock.advance(DEFAULT_REQUEST_TIMEOUTS[name] - 1);
      await tick();
      expect(latestRequest(desk.state(), name)?.status, 'still pending a millisecond before').to.equal('pending');
      desk.clock.advance(1);
      const settled = await outcome;
      expect(settled.ok).to.equal(false);
      expect(settled.record).to.include({ status: 'failed', code: 'timeout' });
      expect(settled.record.reason).to.match(/did not answer within \d+ seconds/);
      const failed = desk.state();
      expect({ ...failed, requests: {} }, 'nothing but the record changed').to.deep.equal({ ...before, requests: {} });
      // The platform answers at last: the store reports it and uses none of it.
      answer.reject(new RequestError('refused', 'Too late.'));
      await tick();
      expect(desk.state(), 'a late answer is not applied').to.equal(failed);
      expect(desk.errors.map((e) => e.kind)).to.deep.equal(['late-answer']);
    });
  }

  it('an answer in time clears its timer: the clock holds none for settled requests', async () => {
    const clock = createVirtualClock();
    const store = createStore({ clock });
    const waiting = clock.pending();
    await store.request('setBnrDefault', { enabled: false }, async () => undefined);
    expect(clock.pending()).to.equal(waiting);
  });

  it('a late success is not applied either: a reveal that answers after its timeout is never shown', async () => {
    const desk = simDesk();
    const payload = await scenarios.revealVariable(desk);
    const answer = hanging<{ value: string }>();
    const outcome = desk.store.request('revealVariable', payload, () => answer.promise);
    desk.clock.advance(DEFAULT_REQUEST_TIMEOUTS.revealVariable);
    expect((await outcome).record.code).to.equal('timeout');
    const failed = desk.state();
    answer.resolve({ value: '4021' });
    await tick();
    expect(desk.state()).to.equal(failed);
    expect(desk.store.revealedValue(payload.interactionId, payload.name)).to.equal(undefined);
    expect(desk.errors.map((e) => e.kind)).to.deep.equal(['late-answer']);
  });

  it('timeouts are configurable per request name on bindAdapter (connectAdapter passes them on) and per request', async () => {
    const clock = createVirtualClock();
    const store = createStore({ clock });
    const never = () => new Promise<never>(() => {});
    const adapter = { subscribe: () => () => {}, setBnrDefault: never, signOut: never } as never;
    const binding = bindAdapter(store, adapter, { timeouts: { setBnrDefault: 500 } });
    const bnr = binding.run('setBnrDefault', { enabled: true });
    const signOut = binding.run('signOut', {}, { timeoutMs: 2000 });
    clock.advance(500);
    expect((await bnr).record.code).to.equal('timeout');
    expect(latestRequest(store.getState(), 'signOut')?.status).to.equal('pending');
    clock.advance(1500);
    expect((await signOut).record.code).to.equal('timeout');
  });
});

describe('requests settle: adapter results are checked like events', () => {
  /** The request, answered with `result`; the desk must stay exactly as it was but the record. */
  async function answered<K extends RequestName>(name: K, result: unknown, payload?: RequestPayloads[K]) {
    const desk = simDesk();
    const p = payload ?? (await scenarios[name](desk));
    const before = desk.state();
    const outcome = await desk.store.request(name, p as never, async () => result as never);
    return { desk, before, outcome, after: desk.state() };
  }

  const bad: [RequestName, unknown, RegExp][] = [
    ['refreshDirectory', {}, /result\.agents must be an array/],
    ['listCallbacks', [{}, {}], /result\[0\]\.id must be an id/],
    ['listCallbacks', { length: 1 }, /result must be an array/],
    ['scheduleCallback', { id: 'cb-9' }, /result\.customerName must be a string/],
    ['updateCallback', { id: 'cb-9', customerName: 7 }, /result\.customerName must be a string/],
    ['revealVariable', { value: 4021 }, /result\.value must be a string/],
    ['revealVariable', undefined, /result must be an object/],
  ];
  for (const [name, result, problem] of bad) {
    it(`"${name}" answered with ${JSON.stringify(result)} fails with a clear error and changes nothing else`, async () => {
      const { desk, before, outcome, after } = await answered(name, result);
      expect(outcome.ok).to.equal(false);
      expect(outcome.record.code).to.equal('bad-result');
      expect(outcome.record.reason).to.match(problem);
      expect({ ...after, requests: {} }).to.deep.equal({ ...before, requests: {} });
      expect(after.directory).to.equal(before.directory);
      expect(after.callbacks).to.equal(before.callbacks);
      expect(desk.errors, 'a request is not an adapter event: its record says it all').to.deep.equal([]);
    });
  }

  it('an answer that cannot be read (a throwing getter, a cycle) is a bad result, not a crash', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'value', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const [name, result] of [['refreshDirectory', cyclic], ['revealVariable', throwing]] as const) {
      const { outcome } = await answered(name, result);
      expect(outcome.record, name).to.include({ status: 'failed', code: 'bad-result' });
      expect(outcome.record.reason, name).to.match(/could not be read/);
    }
  });

  it('the desk keeps a copy of what it checked, never the adapter object: changing it afterwards changes nothing', async () => {
    const desk = simDesk();
    const payload = await scenarios.scheduleCallback(desk);
    const saved = { ...payload.callback, id: 'cb-1', createdBy: 'agent-self' };
    const outcome = await desk.store.request('scheduleCallback', payload, async () => saved);
    expect(outcome.ok).to.equal(true);
    saved.customerName = 'Mallory';
    expect(desk.state().callbacks.find((c) => c.id === 'cb-1')!.customerName).to.equal('Ada Lovelace');
  });

  it('[CAD-5] a conflict whose list is not well formed settles as a failure (no pending record, no unhandled rejection)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => {
      unhandled.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      for (const conflicts of [42, 'x', [{}], [null], [{ name: 'caseNumber', value: 1, version: 2 }]]) {
        const desk = simDesk();
        const payload = await scenarios.saveVariables(desk);
        const before = desk.state();
        const outcome = await desk.store.request('saveVariables', payload, () =>
          Promise.reject(new RequestError('conflict', 'Someone else saved.', conflicts as never)),
        );
        expect(outcome.record, JSON.stringify(conflicts)).to.include({ status: 'failed', code: 'bad-result' });
        expect(outcome.record.reason).to.match(/conflicts/);
        expect({ ...desk.state(), requests: {} }).to.deep.equal({ ...before, requests: {} });
      }
      await tick();
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('[CAD-5] a well-formed conflict still names the winner', async () => {
    const desk = simDesk();
    const payload = await scenarios.saveVariables(desk);
    const outcome = await desk.store.request('saveVariables', payload, () =>
      Promise.reject(new RequestError('conflict', 'Someone else saved.', [{ name: 'caseNumber', value: 'CASE-7', version: 9 }])),
    );
    expect(outcome.record.code).to.equal('conflict');
    expect(desk.state().notices.map((n) => n.kind)).to.include('variable-conflict');
  });
});
