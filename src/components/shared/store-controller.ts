import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeskState } from '../../core/state.js';
import type { DeskStore } from '../../core/store.js';
import { inNextFrame } from './frame.js';

/** Equal when every item is identical: for selectors that pick several slices of a snapshot. */
export function sameItems<T extends readonly unknown[]>(a: T, b: T): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

export interface StoreHost extends ReactiveControllerHost {
  /** The store in use: a `store` property set by the host, else the one from context. */
  readonly deskStore: DeskStore | undefined;
}

/**
 * Follows the store its element uses, which may arrive late (a property set, a context provided):
 * checked before each render, attached while connected, detached when not.
 */
export abstract class StoreFollower implements ReactiveController {
  protected store?: DeskStore;
  private detach?: () => void;

  constructor(protected readonly host: StoreHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.detach?.();
    this.detach = undefined;
    this.store = undefined;
  }

  /** Starts listening to a new store; returns how to stop. */
  protected abstract attach(store: DeskStore): () => void;

  protected detached(): void {}

  private follow(): void {
    const store = this.host.deskStore;
    if (store === this.store) return;
    this.detach?.();
    this.detach = undefined;
    this.store = store;
    if (store) this.detach = this.attach(store);
    else this.detached();
  }
}

/**
 * Subscribes its element to the slice of state it renders, and re-renders only when that slice
 * changes identity (snapshots keep unchanged parts, so a slice comparison is cheap).
 *
 * Store changes are coalesced to one per animation frame (frame.ts): between frames an event costs
 * the store nothing for this element, and the frame selects once. Before every render the slice is
 * selected again from the latest snapshot, so a render triggered otherwise is never stale.
 */
export class StoreController<T> extends StoreFollower {
  value: T | undefined;
  /** The snapshot `value` was selected from. */
  private seen?: DeskState;

  constructor(
    host: StoreHost,
    private readonly select: (state: DeskState) => T,
    private readonly equals: (a: T, b: T) => boolean = Object.is,
  ) {
    super(host);
  }

  override hostUpdate(): void {
    super.hostUpdate();
    this.refresh();
  }

  protected attach(store: DeskStore): () => void {
    this.seen = undefined;
    this.refresh();
    return store.subscribe(() => this.refresh() && this.host.requestUpdate(), { schedule: inNextFrame });
  }

  protected override detached(): void {
    this.value = this.seen = undefined;
  }

  /** Selects again when the store moved on; true when the slice changed. */
  private refresh(): boolean {
    const state = this.store?.getState();
    if (!state || state === this.seen) return false;
    const first = !this.seen;
    this.seen = state;
    const next = this.select(state);
    if (!first && this.value !== undefined && this.equals(this.value, next)) return false;
    this.value = next;
    return true;
  }
}

/** Re-renders its element on the store's shared tick, for elapsed-time displays. */
export class TickController extends StoreFollower {
  protected attach(store: DeskStore): () => void {
    return store.ticker.subscribe(() => this.host.requestUpdate());
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
}
