import mitt, { type Emitter } from 'mitt';
import type { AdapterEvent } from './adapter-events.js';
import { applyEvent } from './apply-event.js';
import { createSystemClock, createTicker, type Clock, type Ticker } from './clock.js';
import { t } from './i18n.js';
import { recentSet } from './recent-set.js';
import { trackRequest, type RequestOutcome } from './request-tracking.js';
import type { RequestName, RequestPayloads, RequestResults } from './requests.js';
import { own } from './own.js';
import { initialState, type DeskState } from './state.js';
import type { StoreError, StoreErrorKind, StoreEvents } from './store-events.js';
import { checkAdapterEvent, isInteractionEventType } from './validate-event.js';
import { createVault } from './vault.js';

export type DispatchResult = { ok: true } | { ok: false; error: StoreError };

export interface DeskStore {
  /** The current immutable snapshot. */
  getState(): DeskState;
  /** Called after every change with the new and the previous snapshot; returns the unsubscribe. */
  subscribe(listener: (state: DeskState, previous: DeskState) => void): () => void;
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
   * Runs a request through the rules guard and records it (pending, done, failed with a reason).
   * `send` is what actually asks the platform, normally `adapter[name]`.
   */
  request<K extends RequestName>(
    name: K,
    payload: RequestPayloads[K],
    send: (payload: RequestPayloads[K]) => Promise<RequestResults[K]>,
  ): Promise<RequestOutcome<K>>;
  /** TASK-5: which interaction the interaction pane shows. */
  select(interactionId: string | undefined): void;
  /** POP-11: the RONA popover was answered. */
  dismissRona(): void;
  dismissNotice(noticeId: string): void;
  /** A revealed secure value (CAD-2); undefined unless revealed and still current. */
  revealedValue(interactionId: string, name: string): string | undefined;
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
  let state = initialState(options.state);

  const emitSafely = <K extends keyof StoreEvents>(type: K, payload: StoreEvents[K]) => {
    try {
      events.emit(type, payload);
    } catch (error) {
      // A host's listener must not break the store or the adapter calling it.
      if (type !== 'error') {
        emitSafely('error', {
          kind: 'listener-failed',
          message: t('store.error.listenerFailed', { detail: describe(error) }),
        });
      }
    }
  };

  const commit = (next: DeskState) => {
    if (next === state) return;
    const previous = state;
    state = Object.freeze(next);
    emitSafely('change', { state, previous });
  };

  const report = (kind: StoreErrorKind, message: string, extra: Partial<StoreError> = {}): DispatchResult => {
    const error: StoreError = { kind, message, ...extra };
    emitSafely('error', error);
    return { ok: false, error };
  };

  const lastSeq = (interactionId: string) =>
    own(state.interactions, interactionId)?.seq ?? finishedSeqs.get(interactionId);

  /** An interaction the event removed keeps its last seq, the event's own. */
  const rememberFinished = (event: AdapterEvent, next: DeskState) => {
    if (!('interactionId' in event) || own(next.interactions, event.interactionId)) return;
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
    const applied = applyEvent(state, event, vault);
    if (!applied.ok) {
      const key = applied.kind === 'unknown-interaction' ? 'store.error.unknownInteraction' : 'store.error.invalidTransition';
      return report(
        applied.kind,
        t(key, { type: event.type, interactionId: ids.interactionId ?? '', detail: applied.detail }),
        ids,
      );
    }
    seenEventIds.add(event.eventId);
    const previous = state;
    let next = applied.state;
    if (applied.notices.length) next = { ...next, notices: [...next.notices, ...applied.notices].slice(-20) };
    rememberFinished(event, next);
    commit(next);
    announce(previous, event);
    emitSafely('applied', { type: event.type, eventId: event.eventId, interactionId: ids.interactionId, at: event.at });
    applied.notices.forEach((notice) => emitSafely('notice', notice));
    return { ok: true };
  }

  /** Domain events for interactions that came or went. */
  function announce(previous: DeskState, event: AdapterEvent) {
    if (!('interactionId' in event)) return;
    const before = own(previous.interactions, event.interactionId);
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
    getState: () => state,
    commit,
    emit: (record) => emitSafely('request', record),
  });

  return {
    getState: () => state,
    subscribe(listener) {
      const handler = ({ state: now, previous }: StoreEvents['change']) => listener(now, previous);
      events.on('change', handler);
      return () => events.off('change', handler);
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
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}
