// Issue 13, "Load": a flood of adapter events renders once per animation frame, a single event
// still renders in the next frame, and the store's snapshots stay whole while later events are
// written into its own copy of the interactions record. Functional, not timed: animation frames
// are driven by hand where the count of renders matters.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/task-list.js';
import type { TaskList } from '../../src/components/task-list/task-list.js';
import { applyEvent } from '../../src/core/apply-event.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { initialState, type DeskState } from '../../src/core/state.js';
import { createStore } from '../../src/core/store.js';
import { createVault } from '../../src/core/vault.js';
import { callInit, eventFactory } from '../helpers/adapter-events.js';

function setup() {
  const store = createStore({ clock: createVirtualClock() });
  const events = eventFactory();
  const send = (input: Parameters<typeof events.make>[0]) => {
    const result = store.dispatch(events.make(input));
    if (!result.ok) throw new Error(result.error.message);
  };
  const offer = (id: string) => send({ type: 'interaction-offered', interactionId: id, interaction: callInit({ customer: { name: `Customer ${id}`, number: '' } }) });
  return { store, send, offer };
}

/** A task after this one, as a websocket delivers each message. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Animation frames that come only when the test says: `frame()` runs the callbacks waiting. */
function handDrivenFrames() {
  const native = window.requestAnimationFrame;
  let waiting: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (callback) => {
    waiting.push(callback);
    return waiting.length;
  };
  return {
    async frame() {
      const callbacks = waiting;
      waiting = [];
      callbacks.forEach((callback) => callback(performance.now()));
      // Renders requested in a frame run in its microtasks, before that frame is painted.
      for (let k = 0; k < 10; k++) await Promise.resolve();
    },
    restore: () => {
      window.requestAnimationFrame = native;
    },
  };
}

async function countedList(store: ReturnType<typeof setup>['store']) {
  const el = await fixture<TaskList>(html`<task-list .store=${store}></task-list>`);
  const renders = { count: 0 };
  el.addController({ hostUpdated: () => (renders.count += 1) });
  return { el, renders, cards: () => el.shadowRoot!.querySelectorAll('[part~=card]').length };
}

describe('[LOAD] a flood of events', () => {
  let frames: ReturnType<typeof handDrivenFrames> | undefined;
  afterEach(() => frames?.restore());

  it('[LOAD] delivered one event per task, renders an element once per frame, showing every event', async () => {
    const { store, offer } = setup();
    const { renders, cards } = await countedList(store);
    frames = handDrivenFrames();
    for (let n = 0; n < 40; n++) {
      offer(`c${n}`);
      await nextTask();
    }
    expect(renders.count, 'renders before the frame').to.equal(0);
    await frames.frame();
    expect(renders.count).to.equal(1);
    expect(cards()).to.equal(40);
    for (let n = 40; n < 60; n++) {
      offer(`c${n}`);
      await nextTask();
    }
    await frames.frame();
    expect(renders.count).to.equal(2);
    expect(cards()).to.equal(60);
  });

  it('[LOAD] delivered in one task, renders once in the next frame', async () => {
    const { store, offer } = setup();
    const { renders, cards } = await countedList(store);
    frames = handDrivenFrames();
    for (let n = 0; n < 40; n++) offer(`c${n}`);
    await nextTask();
    expect(renders.count, 'renders before the frame').to.equal(0);
    await frames.frame();
    expect(renders.count).to.equal(1);
    expect(cards()).to.equal(40);
  });

  it('[LOAD] a single event is on screen in the very next animation frame', async () => {
    const { store, offer } = setup();
    const { el, cards } = await countedList(store);
    offer('c1');
    // A frame callback asked for after the event runs after the element rendered it, before paint.
    const inNextFrame = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(cards())));
    expect(inNextFrame).to.equal(1);
    offer('c2');
    await el.updateComplete;
    expect(cards(), 'updateComplete waits for the frame').to.equal(2);
  });

  it('[LOAD] getState() reflects every applied event at once, and a snapshot handed out never changes', async () => {
    const { store, send, offer } = setup();
    const expected = new Set<string>();
    const handedOut: [DeskState, string][] = [];
    for (let n = 0; n < 60; n++) {
      offer(`c${n}`);
      expected.add(`c${n}`);
      if (n % 3 === 1) {
        send({ type: 'interaction-removed', interactionId: `c${n - 1}`, reason: 'transferred' });
        expected.delete(`c${n - 1}`);
      }
      // Read now and then: the events in between are written into the store's own copy.
      if (n % 7 === 0) {
        const state = store.getState();
        expect(Object.keys(state.interactions), `after event ${n}`).to.deep.equal([...expected]);
        handedOut.push([state, JSON.stringify(state)]);
      }
    }
    expect(Object.keys(store.getState().interactions)).to.deep.equal([...expected]);
    for (const [state, shown] of handedOut) {
      expect(JSON.stringify(state)).to.equal(shown);
      expect(Object.isFrozen(state) && Object.isFrozen(state.interactions)).to.equal(true);
    }
    expect(() => {
      (store.getState().interactions as Record<string, unknown>).c59 = undefined;
    }).to.throw(TypeError);
  });

  it('[LOAD] per-change subscribers see every change, each snapshot whole; coalesced ones see the latest once', async () => {
    const { store, offer } = setup();
    const seen: [DeskState, DeskState][] = [];
    store.subscribe((state, previous) => seen.push([state, previous]));
    const coalesced: [number, number][] = [];
    const flushes: (() => void)[] = [];
    store.subscribe(
      (state, previous) => coalesced.push([Object.keys(state.interactions).length, Object.keys(previous.interactions).length]),
      { schedule: (flush) => flushes.push(flush) },
    );
    for (let n = 0; n < 30; n++) offer(`c${n}`);
    expect(seen).to.have.length(30);
    seen.forEach(([state, previous], k) => {
      expect(Object.keys(state.interactions), `change ${k}`).to.have.length(k + 1);
      expect(Object.keys(previous.interactions), `previous of change ${k}`).to.have.length(k);
      if (k) expect(previous).to.equal(seen[k - 1][0]);
    });
    expect(flushes, 'one flush asked for the whole flood').to.have.length(1);
    flushes.shift()!();
    expect(coalesced).to.deep.equal([[30, 0]]);
    expect(seen[29][0]).to.equal(store.getState());
  });

  it('[LOAD] applyEvent stays pure for its other callers: a state it returned is never written again', () => {
    const vault = createVault();
    const events = eventFactory();
    const apply = (state: DeskState, id: string) => {
      const applied = applyEvent(state, events.make({ type: 'interaction-offered', interactionId: id, interaction: callInit() }), vault);
      if (!applied.ok) throw new Error(applied.detail);
      return applied.state;
    };
    const first = apply(initialState(), 'c1');
    const second = apply(first, 'c2');
    apply(second, 'c3');
    expect(Object.keys(first.interactions)).to.deep.equal(['c1']);
    expect(Object.keys(second.interactions)).to.deep.equal(['c1', 'c2']);
  });
});
