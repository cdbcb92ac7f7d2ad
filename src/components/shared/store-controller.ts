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
abstract class StoreFollower implements ReactiveController {
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
 * the store nothing for this element, and the frame selects once. `value` is never stale all the
 * same: read in a handler or a render triggered otherwise, it selects from the latest snapshot.
 */
export class StoreController<T> extends StoreFollower {
  private current: T | undefined;
  /** The snapshot `current` was selected from. */
  private seen?: DeskState;
  /** The slice changed since the element last rendered. */
  private dirty = false;

  constructor(
    host: StoreHost,
    private readonly select: (state: DeskState) => T,
    private readonly equals: (a: T, b: T) => boolean = Object.is,
  ) {
    super(host);
  }

  get value(): T | undefined {
    this.refresh();
    return this.current;
  }

  override hostUpdate(): void {
    super.hostUpdate();
    this.refresh();
    this.dirty = false;
  }

  protected attach(store: DeskStore): () => void {
    this.seen = undefined;
    this.refresh();
    return store.subscribe(
      () => {
        this.refresh();
        if (this.dirty) this.host.requestUpdate();
      },
      { schedule: inNextFrame },
    );
  }

  protected override detached(): void {
    this.current = undefined;
    this.seen = undefined;
  }

  /** Selects again when the store moved on since the last look. */
  private refresh(): void {
    const state = this.store?.getState();
    if (!state || state === this.seen) return;
    const first = this.seen === undefined;
    this.seen = state;
    const next = this.select(state);
    if (!first && this.current !== undefined && this.equals(this.current, next)) return;
    this.current = next;
    this.dirty = true;
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
