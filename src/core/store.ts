import mitt, { type Emitter } from 'mitt';
import type { AdapterEvent } from './adapter-events.js';
import { applyEvent } from './apply-event.js';
import { createSystemClock, createTicker, type Clock, type Ticker } from './clock.js';
import { adopt, isDraft, seal, withEntry, withoutEntry } from './draft-record.js';
import { freezeDeep } from './freeze.js';
import { t } from './i18n.js';
import { overLimit } from './limits.js';
import { own } from './own.js';
import { quoteText } from './quote.js';
import { recentSet } from './recent-set.js';
import { trackRequest, type RequestOutcome } from './request-tracking.js';
import type { RequestName, RequestOptions, RequestPayloads, RequestResults } from './requests.js';
import { initialState, type DeskState } from './state.js';
import type { Interaction } from './types.js';
import type { StoreError, StoreErrorKind, StoreEvents } from './store-events.js';
import { checkAdapterEvent } from './validate-event.js';
import { createVault } from './vault.js';

export type DispatchResult = { ok: true } | { ok: false; error: StoreError };

export interface DeskStore {
  /** The current snapshot, deeply frozen: no part of it can be changed. */
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
   * The one entry point for adapter events. Validates and applies a copy of what it validated
   * (see `checkAdapterEvent`); never throws. A refused event is reported as an `error` event and
   * leaves the state exactly as it was.
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

/**
 * How many adapter event ids and finished interactions the store remembers, to spot repeats.
 * Beyond these windows seqs decide (see `AdapterEvent`): the memory stays bounded, the protection does not end.
 */
const REMEMBERED_EVENTS = 4096;
const REMEMBERED_INTERACTIONS = 1024;

export function createStore(options: StoreOptions = {}): DeskStore {
  const clock = options.clock ?? createSystemClock();
  const events: Emitter<StoreEvents> = mitt<StoreEvents>();
  const vault = createVault();
  const seenEventIds = recentSet<string>(REMEMBERED_EVENTS);
  /** Last seq and time of interactions already gone, so late events read as out of order, not unknown. */
  const finished = new Map<string, { seq: number; at: number }>();
  /** The newest event time of the interactions `finished` no longer holds: older news of an unknown one is a replay. */
  let forgottenUntil = -Infinity;
  /** The session's seq (agent, tenant, directory, callbacks), once a session event applied. */
  let sessionSeq: number | undefined;
  // A host's initial state is copied, so freezing it never freezes the host's objects.
  let state = freezeDeep(initialState(options.state && structuredClone(options.state)));
  let held = Object.keys(state.interactions).length;
  /**
   * The latest state is `state`. Its interactions record may be a draft (draft-record.ts) that later
   * events write in place; `publish` seals it before anyone outside the store sees it.
   */
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

  /**
   * Deeply immutable (freezeDeep stops at frozen parts, so only what is new is walked), except a
   * draft interactions record, which `publish` freezes; its entries are frozen as events make them.
   */
  const freezeSnapshot = (next: DeskState): DeskState => {
    if (!isDraft(next.interactions)) return freezeDeep(next);
    for (const [key, value] of Object.entries(next)) if (key !== 'interactions') freezeDeep(value);
    return Object.freeze(next);
  };

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
    state = freezeSnapshot(next);
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
    own(state.interactions, interactionId)?.seq ?? finished.get(interactionId)?.seq;

  /** An interaction the event removed keeps its last seq and time, the event's own. */
  const rememberFinished = (event: AdapterEvent, next: DeskState) => {
    if (!('interactionId' in event) || own(next.interactions, event.interactionId)) return;
    finished.delete(event.interactionId);
    finished.set(event.interactionId, { seq: event.seq, at: event.at });
    if (finished.size > REMEMBERED_INTERACTIONS) {
      const [oldest, last] = finished.entries().next().value!;
      finished.delete(oldest);
      forgottenUntil = Math.max(forgottenUntil, last.at);
    }
  };

  /** Why the event is older than what its entity (an interaction, or the session) already has, if it is. */
  const staleness = (event: AdapterEvent): string | undefined => {
    const seqs = { type: event.type, seq: event.seq };
    if (!('interactionId' in event)) {
      if (sessionSeq === undefined || event.seq > sessionSeq) return undefined;
      return t('store.error.sessionOutOfOrder', { ...seqs, lastSeq: sessionSeq });
    }
    const interactionId = quoteText(event.interactionId);
    const previousSeq = lastSeq(event.interactionId);
    if (previousSeq !== undefined) {
      return event.seq > previousSeq ? undefined : t('store.error.outOfOrder', { ...seqs, interactionId, lastSeq: previousSeq });
    }
    return event.at < forgottenUntil ? t('store.error.replay', { type: event.type, interactionId }) : undefined;
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
        ? report('unknown-event', t('store.error.unknownEvent', { type: checked.detail }), {
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
    const quoted = { type: event.type, interactionId: quoteText(ids.interactionId ?? '') };
    if (seenEventIds.has(event.eventId)) {
      return report('duplicate', t('store.error.duplicate', { eventId: quoteText(event.eventId) }), ids);
    }
    const stale = staleness(event);
    if (stale) return report('out-of-order', stale, ids);
    // A 'change' listener gets the previous snapshot too: publish it, so the event copies the record.
    if (changeHeard()) publish();
    const touched = ids.interactionId;
    const before = own(state.interactions, touched);
    const applied = applyEvent(state, event, vault);
    if (!applied.ok) {
      const key = applied.kind === 'unknown-interaction' ? 'store.error.unknownInteraction' : 'store.error.invalidTransition';
      return report(applied.kind, t(key, { ...quoted, detail: applied.detail }), ids);
    }
    const after = own(applied.state.interactions, touched);
    const over = touched === undefined ? undefined : overLimit(before, after, held);
    if (over) {
      // The reducer may have written the store's draft in place: put that interaction back as it was.
      if (touched !== undefined && isDraft(state.interactions)) {
        if (before) withEntry(state.interactions, touched, before);
        else withoutEntry(state.interactions, touched);
      }
      return report('over-limit', t('store.error.overLimit', { ...quoted, detail: over }), ids);
    }
    // From here the event is committed, whatever follows: applyEvent may have written the draft.
    held += (after ? 1 : 0) - (before ? 1 : 0);
    if (!('interactionId' in event)) sessionSeq = event.seq;
    // The interaction the event made is frozen now; the record holding it when it is published.
    freezeDeep(after);
    seenEventIds.add(event.eventId);
    let next = applied.state;
    // A record the reducer just copied is the store's alone: the next events write into it.
    if (next.interactions !== state.interactions) {
      // A whole new record (the reducer copied it): what it holds is frozen once, as it is adopted.
      Object.values(next.interactions).forEach(freezeDeep);
      adopt(next.interactions);
    }
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
    const after = own(state.interactions, event.interactionId);
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
      if (interactionId !== undefined && !own(state.interactions, interactionId)) return;
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
      const variable = own(state.interactions, interactionId)?.variables.find((v) => v.name === name);
      return variable?.secure && variable.reveal === 'revealed' ? vault.read(interactionId, name) : undefined;
    },
  };
}

function describe(error: unknown): string {
  // A host's or an adapter's message: quoted short, never trusted to be plain text.
  return error instanceof Error ? quoteText(String(error.message), 200) : 'unknown error';
}
