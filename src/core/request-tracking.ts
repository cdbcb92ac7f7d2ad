import type { Clock } from './clock.js';
import { t } from './i18n.js';
import { visibleCallback } from './mask-data.js';
import {
  RequestError,
  type RequestName,
  type RequestPayloads,
  type RequestRecord,
  type RequestResults,
} from './requests.js';
import { conflictMessage, requestGuard } from './rules/index.js';
import { own } from './own.js';
import type { DeskState } from './state.js';
import type { Notice } from './types.js';
import type { Vault } from './vault.js';

export type RequestOutcome<K extends RequestName = RequestName> =
  | { ok: true; result: RequestResults[K]; record: RequestRecord<K> }
  | { ok: false; reason: string; code: string; record: RequestRecord<K> };

/** Settled records kept for elements to show; older ones are dropped. */
const SETTLED_KEPT = 100;

interface TrackerDeps {
  clock: Clock;
  vault: Vault;
  getState(): DeskState;
  commit(next: DeskState): void;
  emit(record: RequestRecord): void;
}

/**
 * Request tracking: every request is guarded by the rules, recorded as pending, then done or
 * failed with a reason. On failure only the request record changes: the desk stays as it was.
 */
export function trackRequest(deps: TrackerDeps) {
  let next = 1;

  const record = (entry: RequestRecord) => {
    const state = deps.getState();
    deps.commit({ ...state, requests: prune({ ...state.requests, [entry.id]: entry }) });
    deps.emit(entry);
  };

  return async function request<K extends RequestName>(
    name: K,
    payload: RequestPayloads[K],
    send: (payload: RequestPayloads[K]) => Promise<RequestResults[K]>,
  ): Promise<RequestOutcome<K>> {
    const started: RequestRecord<K> = {
      id: `request-${next++}`,
      name,
      interactionId: field(payload, 'interactionId'),
      subject: subjectOf(payload),
      status: 'pending',
      startedAt: deps.clock.now(),
    };
    const fail = (reason: string, code: string, notices: Notice[] = []): RequestOutcome<K> => {
      const failed: RequestRecord<K> = { ...started, status: 'failed', reason, code, settledAt: deps.clock.now() };
      record(failed);
      if (notices.length) {
        const state = deps.getState();
        deps.commit({ ...state, notices: [...state.notices, ...notices].slice(-20) });
      }
      return { ok: false, reason, code, record: failed };
    };

    const verdict = requestGuard(deps.getState(), name, payload, deps.clock.now());
    if (!verdict.allowed) {
      record(started);
      return fail(verdict.reason ?? t('store.request.failed', { detail: name }), 'refused');
    }
    record(started);
    try {
      const result = await send(payload);
      const state = deps.getState();
      const withResult = applyResult(state, name, payload, result, deps.vault);
      const done: RequestRecord<K> = { ...started, status: 'done', settledAt: deps.clock.now() };
      deps.commit({ ...withResult, requests: prune({ ...withResult.requests, [done.id]: done }) });
      deps.emit(done);
      return { ok: true, result, record: done };
    } catch (error) {
      const code = error instanceof RequestError ? error.code : 'failed';
      const reason =
        error instanceof Error && error.message
          ? error.message.slice(0, 500)
          : t('store.request.failed', { detail: name });
      return fail(reason, code, conflictNotices(deps.getState(), started, error));
    }
  };
}

/** CAD-5: the later saver is told which variable was overwritten and with what. */
function conflictNotices(state: DeskState, started: RequestRecord, error: unknown): Notice[] {
  if (!(error instanceof RequestError) || error.code !== 'conflict' || !error.conflicts) return [];
  const variables = own(state.interactions, started.interactionId)?.variables ?? [];
  return error.conflicts.map((conflict) => {
    const variable = variables.find((v) => v.name === conflict.name);
    const value = variable?.secure ? '' : conflict.value;
    return {
      id: `${started.id}:${conflict.name}`,
      kind: 'variable-conflict' as const,
      interactionId: started.interactionId,
      message: conflictMessage(variable?.label ?? conflict.name, value),
      at: started.startedAt,
    };
  });
}

/** The few requests whose answer is data the desk keeps. */
function applyResult<K extends RequestName>(
  state: DeskState,
  name: K,
  payload: RequestPayloads[K],
  result: RequestResults[K],
  vault: Vault,
): DeskState {
  switch (name) {
    case 'revealVariable': {
      const { interactionId, name: variableName } = payload as RequestPayloads['revealVariable'];
      const interaction = own(state.interactions, interactionId);
      const value = (result as RequestResults['revealVariable'] | undefined)?.value;
      if (!interaction || typeof value !== 'string') return state;
      vault.keep(interactionId, variableName, value);
      const variables = interaction.variables.map((v) =>
        v.name === variableName && v.secure ? { ...v, reveal: 'revealed' as const } : v,
      );
      return { ...state, interactions: { ...state.interactions, [interactionId]: { ...interaction, variables } } };
    }
    case 'listCallbacks':
      return Array.isArray(result)
        ? { ...state, callbacks: (result as RequestResults['listCallbacks']).map((c) => visibleCallback(c, state.tenant)) }
        : state;
    case 'scheduleCallback':
    case 'updateCallback': {
      const saved = result as RequestResults['scheduleCallback'] | undefined;
      if (!saved?.id) return state;
      const others = state.callbacks.filter((c) => c.id !== saved.id);
      return { ...state, callbacks: [...others, visibleCallback(saved, state.tenant)] };
    }
    case 'deleteCallback': {
      const { callbackId } = payload as RequestPayloads['deleteCallback'];
      return { ...state, callbacks: state.callbacks.filter((c) => c.id !== callbackId) };
    }
    case 'refreshDirectory': {
      const directory = result as RequestResults['refreshDirectory'] | undefined;
      return directory ? { ...state, directory } : state;
    }
    default:
      return state;
  }
}

function prune(requests: Record<string, RequestRecord>): Record<string, RequestRecord> {
  const settled = Object.values(requests).filter((r) => r.status !== 'pending');
  if (settled.length <= SETTLED_KEPT) return requests;
  const drop = new Set(
    settled
      .sort((a, b) => (a.settledAt ?? 0) - (b.settledAt ?? 0))
      .slice(0, settled.length - SETTLED_KEPT)
      .map((r) => r.id),
  );
  return Object.fromEntries(Object.entries(requests).filter(([id]) => !drop.has(id)));
}

function field(payload: unknown, key: string): string | undefined {
  const value = (payload as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** What inside the interaction a request is about: a leg, a participant, a variable, a callback. */
function subjectOf(payload: unknown): string | undefined {
  return (
    field(payload, 'leg') ??
    field(payload, 'participantId') ??
    field(payload, 'name') ??
    field(payload, 'callbackId')
  );
}
