// The memory bench's page (issue 7): the simulated contact center on a virtual clock, wired to the
// five elements as a host wires them, and whole call life cycles driven through the elements'
// own controls: Accept on the popover, the card in the task list, Hold, Resume, Consult (the
// destination dialog), Conference, End and the wrap-up dialog in the interaction pane.
import { connectAdapter, createStore, createVirtualClock, provideStore, type DeskStore } from '../src/index.js';
import { createSimulator, type Simulator } from '../src/simulator/index.js';
import '../src/define/all.js';
import { expose, exposeFailure } from './page-env.js';

const TAGS = ['agent-status', 'task-list', 'interaction-pane', 'agent-popover', 'callback-dialog'] as const;
type DeskElement = HTMLElement & { updateComplete: Promise<boolean> };

let desk: { store: DeskStore; sim: Simulator; clock: ReturnType<typeof createVirtualClock>; elements: DeskElement[]; wrappedUp: number; cycles: number } | undefined;

/** A task after every microtask, without setTimeout's 4 ms clamp for nested timers. */
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    queue.push(resolve);
    channel.port2.postMessage(null);
  });

/** Lets a request reach the simulator and its events the store, then waits for every element's render. */
async function rendered() {
  await nextTask();
  await Promise.all(desk!.elements.map((el) => el.updateComplete));
}

function open() {
  const clock = createVirtualClock();
  const store = createStore({ clock });
  provideStore(document.body, store);
  // No call rings out while the bench drives it; the simulated colleague answers in 3 s.
  const sim = createSimulator({ clock, tenant: { ringTimeoutMs: 3_600_000 }, timings: { connectingMs: 1000, consultRingMs: 1000, consultAnswerMs: 2000, customerAnswerMs: 3000 } });
  connectAdapter(sim.adapter, { store });
  sim.start();
  const elements = TAGS.map((tag) => document.body.appendChild(document.createElement(tag)) as DeskElement);
  desk = { store, sim, clock, elements, wrappedUp: 0, cycles: 0 };
  store.events.on('interaction-removed', ({ reason }) => {
    if (reason === 'wrapped-up') desk!.wrappedUp += 1;
  });
}

const root = (tag: (typeof TAGS)[number]) => desk!.elements[TAGS.indexOf(tag)].shadowRoot!;

function expect(condition: unknown, what: string): void {
  if (condition) return;
  // What the desk looked like, to tell a kit defect from a bench mistake.
  const state = desk!.store.getState();
  const calls = Object.values(state.interactions).map((i) => `${i.id} ${i.phase}${i.consult ? ` consult ${i.consult.state}` : ''}${i.inConference ? ' conference' : ''}${i.customerLeg.onHold ? ' held' : ''}`);
  const requests = Object.values(state.requests).slice(-3).map((r) => `${r.name} ${r.status}${r.reason ? `: ${r.reason}` : ''}`);
  throw new Error(`cycle ${desk!.cycles + 1}: ${what} [interactions: ${calls.join('; ') || 'none'}] [last requests: ${requests.join('; ')}]`);
}

function click(el: Element | null | undefined, what: string) {
  expect(el, `no ${what} to click`);
  (el as HTMLElement).click();
}

/** One call from offer to wrap-up, every step through an element, every step checked on screen. */
async function cycle() {
  const { sim, clock, store } = desk!;
  const popover = root('agent-popover');
  const list = root('task-list');
  const pane = root('interaction-pane');

  const id = sim.offerCall();
  clock.advance(1000);
  await rendered();
  click(popover.querySelector(`li[data-interaction-id="${id}"] [part~=accept-button]`), 'Answer on the popover');
  await rendered();
  expect(store.getState().interactions[id]?.phase === 'connected', 'the call was not accepted');
  expect(!popover.querySelector(`li[data-interaction-id="${id}"]`), 'the popover still shows the answered call');

  click(list.querySelector(`li[data-interaction-id="${id}"] [part=card-select]`), 'card in the task list');
  await rendered();
  expect(pane.querySelector('[part=header] [part=customer]'), 'the pane does not show the selected call');

  click(pane.querySelector('[part~=hold]'), 'Hold');
  await rendered();
  click(pane.querySelector('[part~=resume]'), 'Resume');
  await rendered();
  expect(pane.querySelector('[part~=hold]') && !store.getState().interactions[id].customerLeg.onHold, 'the call is still on hold');

  click(pane.querySelector('[part~=consult]'), 'Consult');
  await rendered();
  const dialog = pane.querySelector<HTMLDialogElement>('dialog[part~=destination-dialog]');
  expect(dialog?.open, 'the consult dialog did not open');
  const sam = [...dialog!.querySelectorAll('[part=destination-list] label')].find((label) => label.textContent!.includes('Sam Okafor'));
  click(sam?.querySelector('input'), 'Sam Okafor in the destination list');
  await rendered();
  click(dialog!.querySelector('[part~=submit]'), 'Consult in the dialog');
  await rendered();
  clock.advance(3000);
  await rendered();
  expect(store.getState().interactions[id].consult?.state === 'answered' && pane.querySelectorAll('[part=leg]').length === 2, 'the consult was not answered');

  click(pane.querySelector('[part~=conference]'), 'Conference');
  await rendered();
  expect(store.getState().interactions[id].inConference && pane.querySelectorAll('[part=participant]').length === 3, 'no conference of three');

  click(pane.querySelector('[part~=end]'), 'End');
  await rendered();
  const wrapUp = pane.querySelector<HTMLDialogElement>('dialog[part~=wrap-up-dialog]');
  expect(wrapUp?.open, 'the wrap-up dialog did not open');
  click(wrapUp!.querySelector('[part=wrap-up-list] input'), 'a wrap-up reason');
  await rendered();
  click(wrapUp!.querySelector('[part~=submit-wrap-up]'), 'Submit the wrap-up');
  await rendered();
  expect(!store.getState().interactions[id] && !list.querySelector(`li[data-interaction-id="${id}"]`), 'the call is still on the desk after wrap-up');
  desk!.cycles += 1;
}

/** Runs `count` more life cycles; returns how many calls the store saw wrapped up so far. */
async function cycles({ count }: { count: number }) {
  if (!desk) open();
  for (let k = 0; k < count; k++) await cycle();
  await rendered();
  const state = desk!.store.getState();
  return {
    cycles: desk!.cycles,
    wrappedUp: desk!.wrappedUp,
    liveInteractions: Object.keys(state.interactions).length,
    clockTimers: desk!.clock.pending(),
    requestsKept: Object.keys(state.requests).length,
    noticesKept: state.notices.length,
  };
}

try {
  expose({ cycles });
} catch (error) {
  exposeFailure(error);
}
