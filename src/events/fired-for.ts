import type { DeskStore } from '../core/store.js';

/**
 * Which desk a request event is for: the store of the element that fired it. `connectAdapter`
 * sends it to that store's adapter only, so with two desks on one page desk B's Hold never reaches
 * desk A. `Symbol.for`, so two copies of the kit on a page read each other's marks.
 */
const FIRED_FOR = Symbol.for('agent-desk-kit.fired-for');

export function markFiredFor<E extends Event>(event: E, store: DeskStore | undefined): E {
  if (store) Object.defineProperty(event, FIRED_FOR, { value: store });
  return event;
}

export function firedFor(event: Event): DeskStore | undefined {
  return (event as { [FIRED_FOR]?: DeskStore })[FIRED_FOR];
}
