import mitt, { type Emitter } from 'mitt';
import type { AdapterEvent } from './adapter-events.js';
import { applyEvent } from './apply-event.js';
import { createSystemClock, createTicker, type Clock, type Ticker } from './clock.js';
import { adopt, seal } from './draft-record.js';
import { t } from './i18n.js';
import { recentSet } from './recent-set.js';
import { trackRequest, type RequestOutcome } from './request-tracking.js';
import type { RequestName, RequestOptions, RequestPayloads, RequestResults } from './requests.js';
import { initialState, type DeskState } from './state.js';
import type { Interaction } from './types.js';
import type { StoreError, StoreErrorKind, StoreEvents } from './store-events.js';
import { checkAdapterEvent, isInteractionEventType } from './validate-event.js';
import { createVault } from './vault.js';

export type DispatchResult = { ok: true } | { ok: false; error: StoreError };

export interface DeskStore {
  /** The current immutable snapshot. */
  getState(): DeskState;
  /**
   * Called with the new and the previous snapshot; returns the unsubscribe. Without options, after
   * every change, synchronously (each call costs a snapshot: at 1,000 interactions about 1 ms).
   * With `schedule`, coalesced: the first change asks `schedule` for one later call, which gets the
   * latest snapshot and the one this listener saw last; a flood of events costs one call. The
   * elements pass the next animation frame; `events.on('change')` is always per change.
   */
  subscribe(listener: (state: DeskState, previous: DeskState) => void, options?: SubscribeOptions): () => void;
  /** Typed domain events. */
  readonly events: Emitter<StoreEvents>;
  /** The one clock of the kit. */
  readonly clock: Clock;
  /** The one shared tick behind every elapsed-time display. */
  readonly ticker: Ticker;
  /**
   * The one entry point for adapter events. Validates; never throws. A refused event is
   * reported as an `error` event and leaves the state exactly as it was.
   */
  dispatch(event: unknown): DispatchResult;
  /**
   * Runs a request through the rules guard and records it (pending, done, failed with a reason)
   * under `options.requestId` (the emitting element's `detail.requestId`) when given. It always
   * settles: without an answer within `options.timeoutMs` (the kind's default otherwise) it fails
   * with code `timeout`. `send` is what actually asks the platform, normally `adapter[name]`.
   */
  request<K extends RequestName>(
    name: K,
    payload: RequestPayloads[K],
    send: (payload: RequestPayloads[K]) => Promise<RequestResults[K]>,
    options?: RequestOptions,
  ): Promise<RequestOutcome<K>>;
  /** TASK-5: which interaction the interaction pane shows. */
  select(interactionId: string | undefined): void;
  /** POP-11: the RONA popover was answered. */
  dismissRona(): void;
  dismissNotice(noticeId: string): void;
  /** A revealed secure value (CAD-2); undefined unless revealed and still current. */
  revealedValue(interactionId: string, name: string): string | undefined;
}

export interface SubscribeOptions {
  /** Runs `flush` once, later (e.g. in the next animation frame); the store never touches the DOM. */
  schedule?: (flush: () => void) => void;
}

export interface StoreOptions {
  clock?: Clock;
  state?: Partial<DeskState>;
}

/** How many adapter event ids and finished interactions the store remembers, to spot repeats. */
const REMEMBERED_EVENTS = 4096;
const REMEMBERED_INTERACTIONS = 1024;

export function createStore(options: StoreOptions = {}): DeskStore {
  const clock = options.clock ?? createSystemClock();
  const events: Emitter<StoreEvents> = mitt<StoreEvents>();
  const vault = createVault();
  const seenEventIds = recentSet<string>(REMEMBERED_EVENTS);
  /** Last seq of interactions already gone, so late events read as out of order, not unknown. */
  const finishedSeqs = new Map<string, number>();
  /**
   * The latest state. Its interactions record may be a draft (draft-record.ts) that later events
   * write in place; `publish` seals it before anyone outside the store sees it.
   */
  let state = Object.freeze(initialState(options.state));
  let published = state;
  /** Coalesced subscribers: told "changed" in O(1) per event; they read the snapshot when they run. */
  const watchers = new Set<() => void>();

  /** A host's listener must not break the store or the adapter calling it. */
  const safely = (call: () => void, quiet = false) => {
    try {
      call();
    } catch (error) {
      if (!quiet) {
        emitSafely('error', {
          kind: 'listener-failed',
          message: t('store.error.listenerFailed', { detail: describe(error) }),
        });
      }
    }
  };
  const emitSafely = <K extends keyof StoreEvents>(type: K, payload: StoreEvents[K]) =>
    safely(() => events.emit(type, payload), type === 'error');

  /** The snapshot handed out: the latest state, its record sealed (frozen, never written again). */
  const publish = (): DeskState => {
    if (published !== state) {
      seal(state.interactions);
      published = state;
    }
    return published;
  };

  /** A snapshot per change only for whoever listens to every change (mitt's '*' hears it too). */
  const changeHeard = () => !!(events.all.get('change')?.length || events.all.get('*')?.length);

  const commit = (next: DeskState) => {
    if (next === state) return;
    const previous = state;
    state = Object.freeze(next);
    watchers.forEach((changed) => changed());
    // `previous` was published before this change began when anyone listens (see dispatchChecked).
    if (changeHeard()) emitSafely('change', { state: publish(), previous });
  };

  const report = (kind: StoreErrorKind, message: string, extra: Partial<StoreError> = {}): DispatchResult => {
    const error: StoreError = { kind, message, ...extra };
    emitSafely('error', error);
    return { ok: false, error };
  };

  const lastSeq = (interactionId: string) =>
    state.interactions[interactionId]?.seq ?? finishedSeqs.get(interactionId);

  /** An interaction the event removed keeps its last seq, the event's own. */
  const rememberFinished = (event: AdapterEvent, next: DeskState) => {
    if (!('interactionId' in event) || next.interactions[event.interactionId]) return;
    finishedSeqs.set(event.interactionId, event.seq);
    if (finishedSeqs.size > REMEMBERED_INTERACTIONS) {
      finishedSeqs.delete(finishedSeqs.keys().next().value!);
    }
  };

  function dispatch(input: unknown): DispatchResult {
    try {
      return dispatchChecked(input);
    } catch (error) {
      return report('malformed', t('store.error.malformed', { detail: describe(error) }));
    }
  }

  function dispatchChecked(input: unknown): DispatchResult {
    const checked = checkAdapterEvent(input);
    if (!checked.ok) {
      return checked.kind === 'unknown-event'
        ? report('unknown-event', t('store.error.unknownEvent', { type: checked.detail.slice(0, 80) }), {
            eventType: checked.type,
          })
        : report('malformed', t('store.error.malformed', { detail: checked.detail }), {
            eventType: checked.type,
          });
    }
    const event: AdapterEvent = checked.event;
    const ids = {
      eventType: event.type,
      eventId: event.eventId,
      interactionId: 'interactionId' in event ? event.interactionId : undefined,
    };
    if (seenEventIds.has(event.eventId)) {
      return report('duplicate', t('store.error.duplicate', { eventId: event.eventId }), ids);
    }
    if ('interactionId' in event && isInteractionEventType(event.type)) {
      const previousSeq = lastSeq(event.interactionId);
      if (previousSeq !== undefined && event.seq <= previousSeq) {
        return report(
          'out-of-order',
          t('store.error.outOfOrder', {
            type: event.type,
            interactionId: event.interactionId,
            seq: event.seq,
            lastSeq: previousSeq,
          }),
          ids,
        );
      }
    }
    // A 'change' listener gets the previous snapshot too: publish it, so the event copies the record.
    if (changeHeard()) publish();
    const before = 'interactionId' in event ? state.interactions[event.interactionId] : undefined;
    const applied = applyEvent(state, event, vault);
    if (!applied.ok) {
      const key = applied.kind === 'unknown-interaction' ? 'store.error.unknownInteraction' : 'store.error.invalidTransition';
      return report(
        applied.kind,
        t(key, { type: event.type, interactionId: ids.interactionId ?? '', detail: applied.detail }),
        ids,
      );
    }
    // From here the event is committed, whatever follows: applyEvent may have written the draft.
    seenEventIds.add(event.eventId);
    let next = applied.state;
    // A record the reducer just copied is the store's alone: the next events write into it.
    if (next.interactions !== state.interactions) adopt(next.interactions);
    if (applied.notices.length) next = { ...next, notices: [...next.notices, ...applied.notices].slice(-20) };
    rememberFinished(event, next);
    commit(next);
    announce(before, event);
    emitSafely('applied', { type: event.type, eventId: event.eventId, interactionId: ids.interactionId, at: event.at });
    applied.notices.forEach((notice) => emitSafely('notice', notice));
    return { ok: true };
  }

  /** Domain events for interactions that came or went. */
  function announce(before: Interaction | undefined, event: AdapterEvent) {
    if (!('interactionId' in event)) return;
    const after = state.interactions[event.interactionId];
    if (!before && after) emitSafely('interaction-added', after);
    if (before && !after) {
      const reason = event.type === 'interaction-removed' ? event.reason : event.type === 'rona' ? 'rona' : 'ended';
      emitSafely('interaction-removed', { interaction: before, reason });
    }
  }

  const tracker = trackRequest({
    clock,
    vault,
    // Requests come from the agent, not in floods: the guard reads a published snapshot.
    getState: publish,
    commit,
    emit: (record) => emitSafely('request', record),
    report: (kind, message, record) => {
      report(kind, message, { requestId: record.id, requestName: record.name, interactionId: record.interactionId });
    },
  });

  return {
    getState: publish,
    subscribe(listener, { schedule } = {}) {
      if (!schedule) {
        const handler = ({ state: now, previous }: StoreEvents['change']) => listener(now, previous);
        events.on('change', handler);
        return () => events.off('change', handler);
      }
      let seen = publish();
      let queued = false;
      let active = true;
      const flush = () => {
        queued = false;
        const now = publish();
        if (!active || now === seen) return;
        const previous = seen;
        seen = now;
        safely(() => listener(now, previous));
      };
      const changed = () => {
        if (queued) return;
        queued = true;
        schedule(flush);
      };
      watchers.add(changed);
      return () => {
        active = false;
        watchers.delete(changed);
      };
    },
    events,
    clock,
    ticker: createTicker(clock),
    dispatch,
    request: tracker,
    select(interactionId) {
      if (interactionId !== undefined && !state.interactions[interactionId]) return;
      if (state.selectedInteractionId === interactionId) return;
      commit({ ...state, selectedInteractionId: interactionId });
    },
    dismissRona() {
      if (state.rona) commit({ ...state, rona: null });
    },
    dismissNotice(noticeId) {
      if (!state.notices.some((n) => n.id === noticeId)) return;
      commit({ ...state, notices: state.notices.filter((n) => n.id !== noticeId) });
    },
    revealedValue(interactionId, name) {
      const variable = state.interactions[interactionId]?.variables.find((v) => v.name === name);
      return variable?.secure && variable.reveal === 'revealed' ? vault.read(interactionId, name) : undefined;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}
