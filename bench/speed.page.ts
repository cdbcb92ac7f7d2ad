// The speed bench's page (issue 7): a desk of every element over one store on the real system
// clock, filled through adapter events; the Node runner (bench/speed.mjs) calls the functions
// exposed on window.bench and judges the figures.
import { createStore, createSystemClock, provideStore, t, type DeskStore } from '../src/index.js';
import '../src/define/all.js';
import type { AdapterEvent, AdapterEventInput, InteractionInit, VariableInput } from '../src/core/adapter-events.js';
import type { Participant, Variable } from '../src/core/types.js';
import { sampleAgent, sampleCallVariables, sampleCustomers, sampleDirectory, sampleTenant } from '../src/simulator/fixtures.js';
import { expose, exposeFailure } from './page-env.js';

type NativeTimers = Pick<typeof globalThis, 'setTimeout' | 'requestAnimationFrame'>;
interface Census {
  alive(): { timeout: number; interval: number; frame: number; total: number };
  reset(): void;
  stats(): { created: number; maxAlive: number };
}
const page = globalThis as unknown as { nativeTimers: NativeTimers; timerCensus: Census };
const native = page.nativeTimers;

/** The bench's own waits use the natives, so the timer census sees only the kit's timers. */
const sleep = (ms: number) => new Promise<void>((resolve) => native.setTimeout(resolve, ms));
const nextFrame = () => new Promise<void>((resolve) => native.requestAnimationFrame(() => native.setTimeout(resolve, 0)));
/** A task of its own right after this one (no 4 ms clamp), as a websocket message arrives. */
const channel = new MessageChannel();
const posted: (() => void)[] = [];
channel.port1.onmessage = () => posted.shift()?.();
const inNextTask = (run: () => void) => {
  posted.push(run);
  channel.port2.postMessage(null);
};
const nextTask = () => new Promise<void>((resolve) => inNextTask(resolve));

const TAGS = ['agent-status', 'task-list', 'interaction-pane', 'agent-popover', 'callback-dialog'] as const;
const SELECTED = 'call-conference';
const OTHER_CALL = 'i-1';

/** Adapter events as a platform sends them: unique ids, a growing seq per interaction, the real time. */
function eventMaker() {
  let n = 0;
  let sessionSeq = 0;
  const seqs = new Map<string, number>();
  return (input: AdapterEventInput): AdapterEvent => {
    n += 1;
    const base = { eventId: `bench-${n}`, at: Date.now() };
    if ('interactionId' in input) {
      const seq = (seqs.get(input.interactionId) ?? 0) + 1;
      seqs.set(input.interactionId, seq);
      return { ...base, seq, ...input } as AdapterEvent;
    }
    return { ...base, seq: ++sessionSeq, ...input } as AdapterEvent;
  };
}

const me = (): Participant => ({ id: sampleAgent.id, name: sampleAgent.name, role: 'primary', joinedAt: Date.now() - 60_000, bnr: true });
const colleagues = sampleDirectory.agents.filter((a) => a.id !== sampleAgent.id);
const digitalVariables = (n: number): VariableInput[] => [
  { name: 'intent', label: 'Intent', type: 'string', value: `Question ${n}`, editable: false, secure: false, showOnPopover: true, order: 1, version: 1 },
  { name: 'language', label: 'Language', type: 'string', value: 'English', editable: false, secure: false, showOnPopover: true, order: 2, version: 1 },
];

/**
 * A store holding `count` live interactions: the selected one a voice conference of 8, the others
 * mixed channels (voice, chat, email, social, web callback), one in ten still ringing.
 */
function buildDesk(count: number) {
  const store = createStore({ clock: createSystemClock() });
  const make = eventMaker();
  const send = (input: AdapterEventInput) => {
    const result = store.dispatch(make(input));
    if (!result.ok) throw new Error(`setup: ${input.type} refused: ${result.error.message}`);
  };
  send({ type: 'session-started', agent: sampleAgent, tenant: { ...sampleTenant, concurrentCallLimit: 10_000 }, directory: sampleDirectory });

  const customer = (id: string, n: number): Participant => ({ id: `customer-${id}`, name: sampleCustomers[n % sampleCustomers.length].name, role: 'customer', joinedAt: Date.now() - 90_000 });
  const init = (n: number): InteractionInit => {
    const who = sampleCustomers[n % sampleCustomers.length];
    switch (n % 5) {
      case 1:
        return { channel: 'voice', kind: 'inbound', customer: who, dnis: '+1 800 555 0100', queueName: 'Billing', variables: sampleCallVariables(n) };
      case 2:
        return { channel: 'chat', kind: 'inbound', customer: who, queueName: 'Web chat', variables: digitalVariables(n) };
      case 3:
        return { channel: 'email', kind: 'inbound', customer: who, queueName: 'Email support', variables: digitalVariables(n) };
      case 4:
        return { channel: 'social', kind: 'inbound', customer: who, queueName: 'Social care', variables: digitalVariables(n) };
      default:
        return {
          channel: 'voice',
          kind: 'callback',
          callbackKind: 'web',
          customer: who,
          queueName: 'Callbacks',
          variables: [...sampleCallVariables(n), { name: 'callbackReason', label: 'Reason', type: 'string', value: 'Card declined', editable: false, secure: false, showOnPopover: true, order: 20, version: 1 }],
        };
    }
  };

  // The selected call: a conference of 8 (customer, me, five colleagues, and a consulted party who joined).
  send({ type: 'interaction-offered', interactionId: SELECTED, interaction: { ...init(1), variables: sampleCallVariables(0) } });
  const conferenced = colleagues.slice(0, 5).map((a, k): Participant => ({ id: a.id, name: a.name, role: 'conferenced', joinedAt: Date.now() - 50_000 + k * 1000, bnr: true }));
  send({ type: 'interaction-accepted', interactionId: SELECTED, participants: [customer(SELECTED, 0), me(), ...conferenced], controllerId: sampleAgent.id, recording: { state: 'recording' }, bnr: true });
  const legal = { type: 'dial-number' as const, id: 'dn-legal', name: 'Legal desk' };
  send({ type: 'consult-updated', interactionId: SELECTED, destination: legal, state: 'requested' });
  send({ type: 'consult-updated', interactionId: SELECTED, destination: legal, state: 'answered', participant: { id: 'party-legal', name: 'Legal desk', role: 'consulted', joinedAt: Date.now() - 10_000 } });
  send({ type: 'conference-started', interactionId: SELECTED });
  store.select(SELECTED);

  for (let n = 1; n < count; n++) {
    const id = `i-${n}`;
    const i = init(n);
    send({ type: 'interaction-offered', interactionId: id, interaction: i });
    if (n % 10 === 3) continue; // still ringing
    send({
      type: 'interaction-accepted',
      interactionId: id,
      participants: [customer(id, n), me()],
      controllerId: sampleAgent.id,
      recording: i.channel === 'voice' ? { state: 'recording' } : { state: 'off' },
      bnr: i.channel === 'voice',
    });
  }
  return { store, make };
}

function mount(store: DeskStore) {
  provideStore(document.body, store);
  const elements = TAGS.map((tag) => document.body.appendChild(document.createElement(tag)));
  const root = (tag: (typeof TAGS)[number]) => elements[TAGS.indexOf(tag)].shadowRoot!;
  // Every render of every element, counted by a controller of each (a public Lit hook).
  const renders = TAGS.map(() => 0);
  elements.forEach((el, k) => (el as unknown as { addController(c: object): void }).addController({ hostUpdated: () => (renders[k] += 1) }));
  return { elements, root, renders };
}

type Elements = ReturnType<typeof mount>;

/**
 * The task list renders what is in view and the rest as it scrolls into view. Event costs are
 * measured with every card on the page, the worst case: scroll each placeholder into view until
 * none is left, then back to the top.
 */
async function showAllCards({ root }: Elements) {
  const list = root('task-list');
  const deadline = performance.now() + 20_000;
  for (let placeholder = list.querySelector('li[data-block]'); placeholder && performance.now() < deadline; placeholder = list.querySelector('li[data-block]')) {
    placeholder.scrollIntoView();
    await nextFrame();
    await nextFrame();
  }
  scrollTo(0, 0);
  await nextFrame();
}
const settled = (elements: Elements['elements']) => Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));

/** What is on screen: the cards, the conference and the popovers are really there. */
function onScreen(store: DeskStore, { root }: Elements) {
  const live = Object.values(store.getState().interactions).filter((i) => i.phase !== 'ended').length;
  const cards = root('task-list').querySelectorAll('li[part~=card]').length;
  const participants = root('interaction-pane').querySelectorAll('[part=participant]').length;
  const popovers = root('agent-popover').querySelectorAll('li[part~=card]').length;
  const timers = root('task-list').querySelectorAll('[part=timer]').length;
  return { live, cards, participants, popovers, timers };
}

interface Step {
  name: string;
  event(): AdapterEventInput;
  verify(): boolean;
}

/** One adapter event after another, each with the DOM change that proves it was rendered. */
function steps(store: DeskStore, { root }: Elements): Step[] {
  const pane = root('interaction-pane');
  const list = root('task-list');
  const popover = root('agent-popover');
  const status = root('agent-status');
  let held = false;
  let otherHeld = false;
  let paused = false;
  let bnr = true;
  let idle = false;
  let left = false;
  let offered = 0;
  let value = '';
  let removed = '';
  const caseNumber = () => store.getState().interactions[SELECTED].variables.find((v) => v.name === 'caseNumber')!;
  const card = (id: string) => list.querySelector(`li[data-interaction-id="${id}"]`);
  const ringing = () => Object.values(store.getState().interactions).filter((i) => i.phase === 'offered').length;
  return [
    {
      name: 'hold-changed, selected conference',
      event: () => ({ type: 'hold-changed', interactionId: SELECTED, leg: 'customer', onHold: (held = !held) }),
      verify: () => !!pane.querySelector(held ? '[part~=resume]' : '[part~=hold]') && !pane.querySelector(held ? '[part~=hold]' : '[part~=resume]'),
    },
    {
      name: 'variables-updated, selected',
      event: () => {
        const { reveal: _reveal, ...current } = caseNumber() as Variable;
        value = `CASE-${current.version + 1}`;
        return { type: 'variables-updated', interactionId: SELECTED, variables: [{ ...current, value, version: current.version + 1 }] };
      },
      verify: () => [...pane.querySelectorAll<HTMLInputElement>('input[part=variable-input]')].some((input) => input.value === value),
    },
    {
      name: 'recording-changed, selected',
      event: () => ({ type: 'recording-changed', interactionId: SELECTED, recording: (paused = !paused) ? { state: 'paused', resumesAt: Date.now() + 60_000 } : { state: 'recording' } }),
      verify: () => pane.querySelector('[part=recording-indicator]')?.className === (paused ? 'paused' : 'recording'),
    },
    {
      name: 'bnr-changed, selected',
      event: () => ({ type: 'bnr-changed', interactionId: SELECTED, enabled: (bnr = !bnr) }),
      verify: () => pane.querySelector('[part~=bnr]')?.getAttribute('aria-pressed') === String(bnr),
    },
    {
      name: 'participant-left / -joined, selected',
      event: () =>
        (left = !left)
          ? { type: 'participant-left', interactionId: SELECTED, participantId: 'agent-ana' }
          : { type: 'participant-joined', interactionId: SELECTED, participant: { id: 'agent-ana', name: 'Ana Souza', role: 'conferenced', joinedAt: Date.now() } },
      verify: () => pane.querySelectorAll('[part=participant]').length === (left ? 7 : 8) && !pane.querySelector('[data-participant-id="agent-ana"]') === left,
    },
    {
      name: 'agent-updated (idle / available)',
      event: () => ({ type: 'agent-updated', agent: (idle = !idle) ? { availability: 'idle', idleCodeId: 'lunch' } : { availability: 'available', idleCodeId: undefined } }),
      verify: () => status.querySelector<HTMLSelectElement>('[part=state-select]')?.value === (idle ? 'idle:lunch' : 'available'),
    },
    {
      name: 'interaction-offered, a new chat',
      event: () => ({
        type: 'interaction-offered',
        interactionId: `new-${++offered}`,
        interaction: { channel: 'chat', kind: 'inbound', customer: sampleCustomers[offered % sampleCustomers.length], queueName: 'Web chat', variables: digitalVariables(offered) },
      }),
      verify: () =>
        !!card(`new-${offered}`) &&
        (!!popover.querySelector(`li[data-interaction-id="new-${offered}"]`) || (popover.querySelector('[part=range]')?.textContent ?? '').includes(String(ringing()))),
    },
    {
      // Not the newest: one from the middle of the list, so every card after it moves up.
      name: 'interaction-removed, one from the middle',
      event: () => {
        const ids = Object.keys(store.getState().interactions).filter((id) => id !== SELECTED && id !== OTHER_CALL);
        removed = ids[Math.floor(ids.length / 2)];
        return { type: 'interaction-removed', interactionId: removed, reason: 'transferred' };
      },
      verify: () => !card(removed) && !popover.querySelector(`li[data-interaction-id="${removed}"]`) && list.querySelectorAll('li[part~=card]').length === Object.keys(store.getState().interactions).length,
    },
    {
      name: 'hold-changed, another call (task list)',
      event: () => ({ type: 'hold-changed', interactionId: OTHER_CALL, leg: 'customer', onHold: (otherHeld = !otherHeld) }),
      verify: () => card(OTHER_CALL)?.querySelector('[part=status]')?.textContent === t(`ui.status.${otherHeld ? 'on-hold' : 'connected'}`),
    },
  ];
}

export interface Sample {
  /** Its marks in the trace: bench:start:k, bench:end:k. */
  k: number;
  step: string;
  /** Main-thread time from the event to every element rendered: dispatch, then the frame up to its animation callbacks. */
  dom: number;
  /** The same to the frame painted: dispatch, then the whole frame (renders, style, layout, paint). */
  painted: number;
}

let open: { store: DeskStore; make: (input: AdapterEventInput) => AdapterEvent; desk: Elements; plan: Step[]; next: number } | undefined;

/** Puts a desk of `interactions` live interactions on the page, for `measure` to send events to. */
async function openDesk({ interactions }: { interactions: number }) {
  const { store, make } = buildDesk(interactions);
  const desk = mount(store);
  await settled(desk.elements);
  await showAllCards(desk);
  await sleep(50);
  open = { store, make, desk, plan: steps(store, desk), next: 0 };
  return onScreen(store, desk);
}

/**
 * Event → DOM on the open desk: dispatch one adapter event, wait for every element's render,
 * check the DOM shows it. The kinds of event take turns, continuing where the last call stopped.
 */
async function measure({ warmup, samples }: { warmup: number; samples: number }) {
  if (!open) throw new Error('no desk: call openDesk first');
  const { store, make, desk, plan } = open;
  const results: Sample[] = [];
  const failures: string[] = [];
  const refused: string[] = [];
  for (let k = 0; k < warmup + samples; k++) {
    const step = plan[open.next++ % plan.length];
    // Just after a frame was painted: nothing else is pending, the next frame is most of a frame away.
    await nextFrame();
    const event = make(step.event());
    // Marks for the runner's trace, which counts the CPU time of the tasks between them.
    performance.mark(`bench:start:${k}`);
    const t0 = performance.now();
    const outcome = store.dispatch(event);
    const t1 = performance.now();
    // Asked for after the event, this frame callback runs after the kit's (which renders the
    // change): the DOM must show the event here, in the very next frame. The task it posts runs
    // once that frame's style, layout and paint are done. The wait for the frame to begin is idle
    // time, not work: what counts is the dispatch and the frame from its start.
    const frame = await new Promise<{ start: number; rendered: number; painted: number; shown: boolean }>((resolve) =>
      native.requestAnimationFrame((start) => {
        const rendered = performance.now();
        const shown = step.verify();
        inNextTask(() => {
          performance.mark(`bench:end:${k}`);
          resolve({ start, rendered, painted: performance.now(), shown });
        });
      }),
    );
    if (!outcome.ok) refused.push(`${step.name}: ${outcome.error.message}`);
    else if (!frame.shown) failures.push(step.name);
    const start = Math.max(frame.start, t1);
    if (k >= warmup) results.push({ k, step: step.name, dom: t1 - t0 + (frame.rendered - start), painted: t1 - t0 + (frame.painted - start) });
  }
  performance.clearMarks();
  return { samples: results, failures, refused, shown: onScreen(store, desk) };
}

/**
 * Changes a platform sends about live interactions, round-robin over the connected ones: hold,
 * background noise reduction and recording toggled; every 25th a new chat offered and the oldest
 * such chat removed, so the list itself changes too. `expected` says what each should show.
 */
let churned = 0;
function churn(store: DeskStore, make: (input: AdapterEventInput) => AdapterEvent) {
  const live = Object.values(store.getState().interactions).filter((i) => i.phase === 'connected' && i.id !== SELECTED).map((i) => i.id);
  const held = new Map<string, boolean>();
  // Read once here: reading the state per event would make the store hand out a snapshot per event.
  const bnr = new Map(live.map((id) => [id, store.getState().interactions[id].bnr]));
  const offered: string[] = [];
  let n = 0;
  return {
    next(): AdapterEvent {
      n += 1;
      if (n % 25 === 0) {
        if (offered.length > 20) return make({ type: 'interaction-removed', interactionId: offered.shift()!, reason: 'transferred' });
        const id = `churn-${++churned}`;
        offered.push(id);
        return make({ type: 'interaction-offered', interactionId: id, interaction: { channel: 'chat', kind: 'inbound', customer: sampleCustomers[n % sampleCustomers.length], queueName: 'Web chat', variables: digitalVariables(n) } });
      }
      const id = live[n % live.length];
      if (n % 3 === 0) {
        const enabled = !bnr.get(id);
        bnr.set(id, enabled);
        return make({ type: 'bnr-changed', interactionId: id, enabled });
      }
      const onHold = !(held.get(id) ?? false);
      held.set(id, onHold);
      return make({ type: 'hold-changed', interactionId: id, leg: 'customer', onHold });
    },
    /** The first card shows its hold state as the store has it. */
    check(root: Elements['root']): string | undefined {
      const first = live[0];
      const status = root('task-list').querySelector(`li[data-interaction-id="${first}"] [part=status]`)?.textContent;
      const want = t(`ui.status.${store.getState().interactions[first].customerLeg.onHold ? 'on-hold' : 'connected'}`);
      return status === want ? undefined : `the card of ${first} says "${status}", the store "${want}"`;
    },
  };
}

/** Tasks over 50 ms while `run` runs, from the browser's own long-task entries. */
async function longTasksDuring<T>(run: () => Promise<T>): Promise<{ result: T; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const result = await run();
  await nextFrame();
  await sleep(100);
  observer.takeRecords().forEach((entry) => longTasks.push(entry.duration));
  observer.disconnect();
  return { result, longTasks };
}

let loaded: { store: DeskStore; make: (input: AdapterEventInput) => AdapterEvent; desk: Elements } | undefined;

/** A desk of `interactions` live interactions, as a host first shows it (cards rendered as they come into view). */
async function loadDesk({ interactions }: { interactions: number }) {
  const { store, make } = buildDesk(interactions);
  const desk = mount(store);
  await settled(desk.elements);
  await sleep(200);
  loaded = { store, make, desk };
  return onScreen(store, desk);
}

/**
 * A sustained rate: `rate` events a second for `seconds`, each delivered in a task of its own as
 * a websocket delivers them (a 4 ms timer posts the events due). Returns what was sent and
 * refused, the renders and frames, and every task over 50 ms.
 */
async function sustained({ rate, seconds }: { rate: number; seconds: number }) {
  if (!loaded) throw new Error('no desk: call loadDesk first');
  const { store, make, desk } = loaded;
  const source = churn(store, make);
  const refused: string[] = [];
  const rendersBefore = [...desk.renders];
  let frames = 0;
  let sent = 0;
  let dispatching = 0;
  let running = true;
  const { longTasks } = await longTasksDuring(
    () =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        // Frames are counted until every event was applied and rendered, as the renders are.
        const countFrames = () => {
          frames += 1;
          if (running) native.requestAnimationFrame(countFrames);
        };
        native.requestAnimationFrame(countFrames);
        const tick = () => {
          const elapsed = performance.now() - start;
          const due = Math.min(rate * seconds, Math.floor((elapsed * rate) / 1000));
          for (; sent < due; sent++) {
            inNextTask(() => {
              const event = source.next();
              const t0 = performance.now();
              const outcome = store.dispatch(event);
              dispatching += performance.now() - t0;
              if (!outcome.ok) refused.push(outcome.error.message);
            });
          }
          if (elapsed < seconds * 1000) native.setTimeout(tick, 4);
          else inNextTask(resolve);
        };
        tick();
      }),
  );
  await settled(desk.elements);
  await nextFrame();
  running = false;
  return { sent, refused, longTasks, frames, dispatching, renders: desk.renders.map((r, k) => r - rendersBefore[k]), wrong: source.check(desk.root), shown: onScreen(store, desk) };
}

/**
 * A flood: `count` events as fast as they come, one per task (`perTask`) or all in one task.
 * The runner reads the main thread's CPU time around it; the page counts renders and frames.
 */
async function flood({ count, perTask }: { count: number; perTask: boolean }) {
  if (!loaded) throw new Error('no desk: call loadDesk first');
  const { store, make, desk } = loaded;
  const source = churn(store, make);
  const events = Array.from({ length: count }, () => source.next());
  const refused: string[] = [];
  const rendersBefore = [...desk.renders];
  let frames = 0;
  let flooding = true;
  const countFrames = () => {
    frames += 1;
    if (flooding) native.requestAnimationFrame(countFrames);
  };
  native.requestAnimationFrame(countFrames);
  const t0 = performance.now();
  const apply = (event: AdapterEvent) => {
    const outcome = store.dispatch(event);
    if (!outcome.ok) refused.push(outcome.error.message);
  };
  if (perTask) for (const event of events) await new Promise<void>((resolve) => inNextTask(() => resolve(apply(event))));
  else events.forEach(apply);
  await settled(desk.elements);
  const wall = performance.now() - t0;
  flooding = false;
  await nextFrame();
  return { refused, frames, wall, renders: desk.renders.map((r, k) => r - rendersBefore[k]), wrong: source.check(desk.root) };
}

/** Timers alive while the desk shows `interactions` ticking interactions, over a few seconds. */
async function timers({ interactions, windowMs }: { interactions: number; windowMs: number }) {
  const { store } = buildDesk(interactions);
  const desk = mount(store);
  await settled(desk.elements);
  await showAllCards(desk);
  await sleep(100);
  const shown = onScreen(store, desk);
  const timerText = () => [...desk.root('task-list').querySelectorAll('[part=timer]')].map((el) => el.textContent).join('|');
  const before = timerText();
  page.timerCensus.reset();
  await sleep(windowMs);
  const stats = page.timerCensus.stats();
  const alive = page.timerCensus.alive();
  return { shown, ticked: timerText() !== before, maxAlive: stats.maxAlive, created: stats.created, alive, tickerListeners: store.ticker.listenerCount };
}

/** Initial render of a task list whose store already holds `interactions` interactions. */
async function initialRender({ interactions, warmup, runs }: { interactions: number; warmup: number; runs: number }) {
  const { store } = buildDesk(interactions);
  const live = Object.values(store.getState().interactions).length;
  const dom: number[] = [];
  const layout: number[] = [];
  const cardCounts: number[] = [];
  const inView: boolean[] = [];
  const told: string[] = [];
  let reachedEnd = false;
  /** The card at the end of the list is rendered and on screen. */
  const lastCardShown = (el: HTMLElement) => {
    const cards = el.shadowRoot!.querySelectorAll('li[part~=card]');
    const last = cards[cards.length - 1];
    const list = el.shadowRoot!.querySelector('[part=list]')!;
    return !!last && list.lastElementChild === last && last.getBoundingClientRect().top < innerHeight;
  };
  for (let k = 0; k < warmup + runs; k++) {
    await nextFrame();
    const el = document.createElement('task-list') as HTMLElement & { store: DeskStore; updateComplete: Promise<boolean> };
    el.store = store;
    performance.mark(`bench:start:${k}`);
    const t0 = performance.now();
    document.body.appendChild(el);
    await el.updateComplete;
    const t1 = performance.now();
    // For the runner's trace: the CPU time of the tasks from the insertion to this rendered state.
    await new Promise<void>((resolve) =>
      inNextTask(() => {
        performance.mark(`bench:end:${k}`);
        resolve();
      }),
    );
    void el.offsetHeight;
    const t2 = performance.now();
    cardCounts.push(el.shadowRoot!.querySelectorAll('li[part~=card]').length);
    // What the agent sees is complete: no placeholder starts inside the viewport.
    const placeholder = el.shadowRoot!.querySelector('li[data-block]');
    inView.push(!placeholder || placeholder.getBoundingClientRect().top >= innerHeight);
    told.push(el.shadowRoot!.querySelector('#pending')?.textContent ?? '');
    if (k === warmup + runs - 1) {
      // And the rest is there when scrolled to: the last interaction's card appears at the end.
      // (Scrolled again each frame: the list's height settles once its first cards are measured.)
      const deadline = performance.now() + 3000;
      while (performance.now() < deadline && !lastCardShown(el)) {
        scrollTo(0, document.documentElement.scrollHeight);
        await nextFrame();
      }
      reachedEnd = lastCardShown(el);
      scrollTo(0, 0);
    }
    if (k >= warmup) {
      dom.push(t1 - t0);
      layout.push(t2 - t0);
    }
    el.remove();
  }
  performance.clearMarks();
  return { live, dom, layout, cardCounts, inView, told, reachedEnd, warmup };
}

try {
  expose({ openDesk, measure, timers, initialRender, loadDesk, sustained, flood, nextTask: () => nextTask() });
} catch (error) {
  exposeFailure(error);
}
