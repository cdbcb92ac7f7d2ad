import type { Clock } from './clock.js';
import { t } from './i18n.js';
import { visibleCallback } from './mask-data.js';
import {
  DEFAULT_REQUEST_TIMEOUTS,
  isRequestError,
  type RequestError,
  type RequestName,
  type RequestOptions,
  type RequestPayloads,
  type RequestRecord,
  type RequestResults,
} from './requests.js';
import { conflictMessage, requestGuard } from './rules/index.js';
import type { Verdict } from './rules/verdict.js';
import type { DeskState } from './state.js';
import type { Interaction, Notice } from './types.js';
import { emittingRequestId, requestIdOf } from './request-ids.js';
import { checkConflicts, checkResult } from './validate-result.js';
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
  /** Tells the host about an answer that came after its request timed out (no record changes then). */
  report(kind: 'late-answer', message: string, record: RequestRecord): void;
}

/** What applying an answer gives: the new desk, or why the answer cannot be used. */
type Applied<T> = { ok: true; state: DeskState; value: T } | { ok: false; reason: string; code: string };

/**
 * Request tracking: every request is guarded by the rules, recorded as pending, then done or
 * failed with a reason. On failure only the request record changes: the desk stays as it was.
 * Every request settles: an adapter that does not answer in time fails it (`timeout`), and an
 * answer after that changes nothing. Answers are checked like events before the desk keeps them.
 */
export function trackRequest(deps: TrackerDeps) {
  let next = 1;
  let order = 0;

  const record = (entry: RequestRecord) => {
    const state = deps.getState();
    deps.commit({ ...state, requests: prune({ ...state.requests, [entry.id]: entry }) });
    deps.emit(entry);
  };

  /** The emitter's id when it is usable and new; otherwise one of the store's own. */
  const idFor = (requested: unknown): string => {
    const requests = deps.getState().requests;
    if (typeof requested === 'string' && requested.length > 0 && requested.length <= 200 && !Object.hasOwn(requests, requested)) {
      return requested;
    }
    let id: string;
    do id = `request-${next++}`;
    while (Object.hasOwn(requests, id));
    return id;
  };

  return function request<K extends RequestName>(
    name: K,
    payload: RequestPayloads[K],
    send: (payload: RequestPayloads[K]) => Promise<RequestResults[K]>,
    options: RequestOptions = {},
  ): Promise<RequestOutcome<K>> {
    const started: RequestRecord<K> = {
      id: idFor(options.requestId ?? requestIdOf(payload) ?? emittingRequestId(name)),
      order: ++order,
      name,
      interactionId: field(payload, 'interactionId'),
      subject: subjectOf(payload),
      status: 'pending',
      startedAt: deps.clock.now(),
    };
    let settled: RequestOutcome<K> | undefined;
    const fail = (reason: string, code: string, notices: Notice[] = []): RequestOutcome<K> => {
      const failed: RequestRecord<K> = { ...started, status: 'failed', reason, code, settledAt: deps.clock.now() };
      record(failed);
      if (notices.length) {
        const state = deps.getState();
        deps.commit({ ...state, notices: [...state.notices, ...notices].slice(-20) });
      }
      return (settled = { ok: false, reason, code, record: failed });
    };

    let verdict: Verdict;
    try {
      verdict = requestGuard(deps.getState(), name, payload, deps.clock.now());
    } catch {
      verdict = { allowed: false };
    }
    record(started);
    if (!verdict.allowed) return Promise.resolve(fail(verdict.reason ?? t('store.request.failed', { detail: name }), 'refused'));
    const context = beforeSend(deps.getState(), name, payload);

    let answer: Promise<RequestResults[K]>;
    try {
      answer = Promise.resolve(send(payload));
    } catch (error) {
      answer = Promise.reject(error);
    }
    return new Promise<RequestOutcome<K>>((resolve) => {
      const timeoutMs = timeoutFor(name, options.timeoutMs);
      const timer = deps.clock.setTimeout(() => {
        if (settled) return;
        resolve(fail(t('store.request.timedOut', { seconds: Math.round(timeoutMs / 1000) }), 'timeout'));
      }, timeoutMs);
      /** An answer after the timeout is reported, never applied: the agent was told it failed. */
      const late = () => {
        if (!settled) return false;
        deps.report('late-answer', t('store.error.lateAnswer', { name, id: started.id }), started);
        return true;
      };
      answer.then(
        (result) => {
          if (late()) return;
          deps.clock.clearTimeout(timer);
          const applied = applyAnswer(deps.getState(), name, payload, result, deps.vault, context);
          if (!applied.ok) {
            resolve(fail(applied.reason, applied.code));
            return;
          }
          const done: RequestRecord<K> = { ...started, status: 'done', settledAt: deps.clock.now() };
          deps.commit({ ...applied.state, requests: prune({ ...applied.state.requests, [done.id]: done }) });
          deps.emit(done);
          resolve((settled = { ok: true, result: applied.value, record: done }));
        },
        (error: unknown) => {
          if (late()) return;
          deps.clock.clearTimeout(timer);
          resolve(refusal(deps, started, name, error, fail));
        },
      );
    });
  };
}

/** How a refusal reads; a malformed CAD-5 conflict list is a bad answer, not a crash. */
function refusal<K extends RequestName>(
  deps: TrackerDeps,
  started: RequestRecord<K>,
  name: K,
  error: unknown,
  fail: (reason: string, code: string, notices?: Notice[]) => RequestOutcome<K>,
): RequestOutcome<K> {
  const code = requestErrorCode(error) ?? 'failed';
  if (code === 'conflict' && (error as RequestError).conflicts !== undefined) {
    const conflicts = checkConflicts((error as RequestError).conflicts);
    if (!conflicts.ok) return fail(t('store.request.badResult', { name, detail: conflicts.detail }), 'bad-result');
    return fail(messageOf(error, name), code, conflictNotices(deps.getState(), started, conflicts.value));
  }
  return fail(messageOf(error, name), code);
}

function requestErrorCode(error: unknown): string | undefined {
  // A brand check, not instanceof: an adapter bundled with another copy of the kit is understood too.
  if (!isRequestError(error)) return undefined;
  return error.code.slice(0, 80);
}

/** The adapter's own words when it gave some, capped; reading them must not throw either. */
function messageOf(error: unknown, name: RequestName): string {
  try {
    const message = error instanceof Error ? error.message : undefined;
    if (typeof message === 'string' && message) return message.slice(0, 500);
  } catch {
    // A hostile message getter: fall through to the generic text.
  }
  return t('store.request.failed', { detail: name });
}

function timeoutFor(name: RequestName, asked: number | undefined): number {
  return typeof asked === 'number' && Number.isFinite(asked) && asked > 0 ? asked : DEFAULT_REQUEST_TIMEOUTS[name];
}

/** What an answer is checked against besides its shape: the version of the variable a reveal asked for. */
interface SentContext {
  revealVersion?: number;
  /** Whether the call had already ended: a reveal sent before the end is not shown after it. */
  revealEnded?: boolean;
}

function beforeSend(state: DeskState, name: RequestName, payload: unknown): SentContext {
  if (name !== 'revealVariable') return {};
  const { interactionId, name: variable } = payload as RequestPayloads['revealVariable'];
  const interactions = state.interactions;
  const i = Object.hasOwn(interactions, interactionId) ? interactions[interactionId] : undefined;
  return { revealVersion: i?.variables.find((v) => v.name === variable)?.version, revealEnded: i !== undefined && ended(i) };
}

/** CAD-5: the later saver is told which variable was overwritten and with what. */
function conflictNotices(
  state: DeskState,
  started: RequestRecord,
  conflicts: readonly { name: string; value: string; version: number }[],
): Notice[] {
  const id = started.interactionId ?? '';
  const variables = (Object.hasOwn(state.interactions, id) ? state.interactions[id] : undefined)?.variables ?? [];
  return conflicts.map((conflict) => {
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

/**
 * The answer, checked, applied to the desk for the few requests whose answer is data it keeps.
 * A malformed answer changes nothing; so does a reveal answered after the variable changed.
 */
function applyAnswer<K extends RequestName>(
  state: DeskState,
  name: K,
  payload: RequestPayloads[K],
  answer: unknown,
  vault: Vault,
  context: SentContext,
): Applied<RequestResults[K]> {
  const checked = checkResult(name, answer);
  if (!checked.ok) return { ok: false, reason: t('store.request.badResult', { name, detail: checked.detail }), code: 'bad-result' };
  const value = checked.value;
  const ok = (next: DeskState): Applied<RequestResults[K]> => ({ ok: true, state: next, value });
  switch (name) {
    case 'revealVariable': {
      const { interactionId, name: variableName } = payload as RequestPayloads['revealVariable'];
      const interaction = Object.hasOwn(state.interactions, interactionId) ? state.interactions[interactionId] : undefined;
      const secret = (value as RequestResults['revealVariable']).value;
      if (!interaction) return ok(state);
      const variable = interaction.variables.find((v) => v.name === variableName && v.secure);
      // CAD-2: a newer version arrived while the reveal was on its way; its value is not this one.
      if (!variable || variable.version !== context.revealVersion || (ended(interaction) && !context.revealEnded)) {
        return { ok: false, reason: t('store.request.revealStale'), code: 'stale' };
      }
      vault.keep(interactionId, variableName, secret);
      const variables = interaction.variables.map((v) => (v === variable ? { ...v, reveal: 'revealed' as const } : v));
      return ok({ ...state, interactions: { ...state.interactions, [interactionId]: { ...interaction, variables } } });
    }
    case 'listCallbacks':
      return ok({ ...state, callbacks: (value as RequestResults['listCallbacks']).map((c) => visibleCallback(c, state.tenant)) });
    case 'scheduleCallback':
    case 'updateCallback': {
      const saved = value as RequestResults['scheduleCallback'];
      const others = state.callbacks.filter((c) => c.id !== saved.id);
      return ok({ ...state, callbacks: [...others, visibleCallback(saved, state.tenant)] });
    }
    case 'deleteCallback': {
      const { callbackId } = payload as RequestPayloads['deleteCallback'];
      return ok({ ...state, callbacks: state.callbacks.filter((c) => c.id !== callbackId) });
    }
    case 'refreshDirectory':
      return ok({ ...state, directory: value as RequestResults['refreshDirectory'] });
    default:
      return ok(state);
  }
}

const ended = (i: Interaction) => i.phase === 'wrap-up' || i.phase === 'ended';

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
