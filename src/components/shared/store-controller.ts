import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeskState } from '../../core/state.js';
import type { DeskStore } from '../../core/store.js';

/** Equal when every item is identical: for selectors that pick several slices of a snapshot. */
export function sameItems<T extends readonly unknown[]>(a: T, b: T): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

export interface StoreHost extends ReactiveControllerHost {
  /** The store in use: a `store` property set by the host, else the one from context. */
  readonly deskStore: DeskStore | undefined;
}

/**
 * Subscribes its element to the slice of state it renders, and re-renders only when that slice
 * changes identity (snapshots keep unchanged parts, so a slice comparison is cheap).
 */
export class StoreController<T> implements ReactiveController {
  value: T | undefined;
  private store?: DeskStore;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: StoreHost,
    private readonly select: (state: DeskState) => T,
    private readonly equals: (a: T, b: T) => boolean = Object.is,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  /** Runs before each render: picks up a store that arrived by property or context meanwhile. */
  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  private sync(): void {
    const store = this.host.deskStore;
    if (store === this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = store;
    if (!store) {
      this.value = undefined;
      return;
    }
    this.value = this.select(store.getState());
    this.unsubscribe = store.subscribe((state) => {
      const next = this.select(state);
      if (this.value !== undefined && this.equals(this.value, next)) return;
      this.value = next;
      this.host.requestUpdate();
    });
  }
}

/** Re-renders its element on the store's shared tick, for elapsed-time displays. */
export class TickController implements ReactiveController {
  private unsubscribe?: () => void;
  private store?: DeskStore;

  constructor(private readonly host: StoreHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  /**
   * The last whole tick of the store's clock. Every display reads this same instant, so two
   * elements that render between ticks never disagree by a second.
   */
  now(): number {
    if (!this.store) return Date.now();
    const now = this.store.clock.now();
    return now - (now % this.store.ticker.periodMs);
  }

  private sync(): void {
    const store = this.host.deskStore;
    if (store === this.store) return;
    this.unsubscribe?.();
    this.store = store;
    this.unsubscribe = store?.ticker.subscribe(() => this.host.requestUpdate());
  }
}
