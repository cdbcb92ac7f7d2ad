/**
 * One clock for the whole kit. The store, the simulator and every elapsed-time display read it,
 * so tests and the simulator can run minutes of call time in milliseconds.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export type TimerHandle = { readonly id: number };

export function createSystemClock(): Clock {
  const native = new Map<number, ReturnType<typeof globalThis.setTimeout>>();
  let next = 1;
  return {
    now: () => Date.now(),
    setTimeout(callback, ms) {
      const id = next++;
      native.set(
        id,
        globalThis.setTimeout(() => {
          native.delete(id);
          callback();
        }, ms),
      );
      return { id };
    },
    clearTimeout(handle) {
      const timer = native.get(handle.id);
      if (timer !== undefined) globalThis.clearTimeout(timer);
      native.delete(handle.id);
    },
  };
}

export interface VirtualClock extends Clock {
  /** Moves time forward, running every timer that falls due, in order. */
  advance(ms: number): void;
  /** Timers still waiting. */
  pending(): number;
}

/** A clock that only moves when told: deterministic tests and fast-forwarded simulations. */
export function createVirtualClock(start = Date.UTC(2026, 10, 24, 15, 0, 0)): VirtualClock {
  let now = start;
  let next = 1;
  const timers = new Map<number, { due: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = next++;
      timers.set(id, { due: now + Math.max(0, ms), callback });
      return { id };
    },
    clearTimeout(handle) {
      timers.delete(handle.id);
    },
    pending: () => timers.size,
    advance(ms) {
      const target = now + ms;
      for (;;) {
        let dueId = -1;
        let due = Infinity;
        for (const [id, timer] of timers) {
          // Ties run in the order they were set.
          if (timer.due <= target && (timer.due < due || (timer.due === due && id < dueId))) {
            due = timer.due;
            dueId = id;
          }
        }
        if (dueId === -1) break;
        const timer = timers.get(dueId)!;
        timers.delete(dueId);
        now = Math.max(now, timer.due);
        timer.callback();
      }
      now = target;
    },
  };
}

/**
 * The shared tick behind every elapsed-time display: one timer however many cards subscribe,
 * and none at all while nobody does.
 */
export interface Ticker {
  subscribe(listener: (now: number) => void): () => void;
  readonly listenerCount: number;
  readonly periodMs: number;
}

export function createTicker(clock: Clock, periodMs = 1000): Ticker {
  const listeners = new Set<(now: number) => void>();
  let handle: TimerHandle | undefined;
  const schedule = () => {
    // Align to the period so every display turns over at the same moment.
    const wait = periodMs - (clock.now() % periodMs) || periodMs;
    handle = clock.setTimeout(tick, wait);
  };
  const tick = () => {
    const now = clock.now();
    for (const listener of [...listeners]) listener(now);
    if (listeners.size > 0) schedule();
    else handle = undefined;
  };
  return {
    periodMs,
    get listenerCount() {
      return listeners.size;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!handle) schedule();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && handle) {
          clock.clearTimeout(handle);
          handle = undefined;
        }
      };
    },
  };
}
