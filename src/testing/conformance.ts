import type { TelephonyAdapter } from '../core/adapter.js';
import { bindAdapter, type AdapterBinding } from '../core/bind-adapter.js';
import { createSystemClock, type Clock } from '../core/clock.js';
import type { RequestName, RequestPayloads } from '../core/requests.js';
import type { DeskState } from '../core/state.js';
import type { StoreError } from '../core/store-events.js';
import { createStore, type DeskStore } from '../core/store.js';
import type { Interaction } from '../core/types.js';
import { own } from '../core/own.js';

/** What only the platform can make happen; the suite asks for it, then watches the desk. */
export interface ConformanceDriver {
  /** A voice call reaches the agent (an offer follows on the desk). */
  offerCall(): Promise<void> | void;
  /** The customer hangs up the call with this interaction id. */
  customerHangsUp(interactionId: string): Promise<void> | void;
}

export interface ConformanceOptions {
  adapter: TelephonyAdapter;
  /** Makes the adapter send `session-started` (connect, register, …). */
  start(): Promise<void> | void;
  driver: ConformanceDriver;
  /** Lets `ms` of time pass: real time, or a virtual clock's `advance` (the store's clock). */
  wait(ms: number): Promise<void>;
  /** The store's clock; the system clock by default. */
  clock?: Clock;
  /** How long a flow may wait for the platform, in the `wait` time; 15 s by default. */
  timeoutMs?: number;
  /** Called after each step, e.g. to log; the suite itself throws on the first problem. */
  onStep?(flow: string, step: string): void;
}

export interface ConformanceReport {
  flows: { name: string; ok: boolean; error?: string }[];
  storeErrors: StoreError[];
}

export class ConformanceError extends Error {
  override name = 'ConformanceError';
}

interface Run {
  store: DeskStore;
  binding: AdapterBinding;
  errors: StoreError[];
  options: ConformanceOptions;
  flow: string;
}

function fail(run: Run, message: string): never {
  throw new ConformanceError(`${run.flow}: ${message}`);
}

/** The invariants every state must keep, whatever the platform did (RULES.md). */
function checkInvariants(run: Run, state: DeskState): void {
  if (run.errors.length) fail(run, `the store refused an adapter event: ${run.errors.map((e) => `${e.kind} ${e.eventType ?? ''} (${e.message})`).join('; ')}`);
  for (const i of Object.values(state.interactions)) {
    if (i.customerLeg.onHold && i.consult?.leg.onHold) fail(run, `${i.id} has both legs on hold (HOLD-3)`);
    if (new Set(i.participants.map((p) => p.id)).size !== i.participants.length) fail(run, `${i.id} lists a participant twice`);
    if (i.controllerId && i.participants.length && !i.participants.some((p) => p.id === i.controllerId)) {
      fail(run, `${i.id}'s controller ${i.controllerId} is not a participant (CONF-3)`);
    }
  }
}

async function until<T>(run: Run, what: string, read: (state: DeskState) => T | undefined | false): Promise<T> {
  const { wait, timeoutMs = 15_000 } = run.options;
  for (let waited = 0; ; waited += 50) {
    const state = run.store.getState();
    checkInvariants(run, state);
    const value = read(state);
    if (value) return value;
    if (waited > timeoutMs) fail(run, `timed out waiting for ${what}`);
    await wait(50);
  }
}

async function ask<K extends RequestName>(run: Run, name: K, payload: RequestPayloads[K]): Promise<void> {
  const outcome = await run.binding.run(name, payload);
  if (!outcome.ok) fail(run, `${name} failed: ${outcome.code}: ${outcome.reason}`);
  run.options.onStep?.(run.flow, name);
}

const offered = (state: DeskState) => Object.values(state.interactions).find((i) => i.phase === 'offered' && i.channel === 'voice');

async function offer(run: Run): Promise<Interaction> {
  await run.options.driver.offerCall();
  const i = await until(run, 'an offered call', offered);
  if (!i.customer.number && !i.customer.name) fail(run, 'the offer names no customer');
  return i;
}

async function accepted(run: Run): Promise<Interaction> {
  const i = await offer(run);
  await ask(run, 'accept', { interactionId: i.id });
  const up = await until(run, 'the call connected', (s) => (own(s.interactions, i.id)?.phase === 'connected' ? own(s.interactions, i.id) : undefined));
  const me = up.participants.find((p) => p.id === run.store.getState().agent.id);
  if (!me) fail(run, 'the accepted call does not list the agent as a participant (its id must be agent.id)');
  if (!up.participants.some((p) => p.role === 'customer')) fail(run, 'the accepted call lists no customer');
  return up;
}

/** Wrap-up when owed (END-2), with the tenant's first reason; then the call leaves the desk. */
async function finish(run: Run, id: string): Promise<void> {
  const phase = await until(run, 'the call to end', (s) => (!own(s.interactions, id) ? 'gone' : own(s.interactions, id)!.phase === 'wrap-up' ? 'wrap-up' : undefined));
  if (phase === 'wrap-up') {
    const reason = run.store.getState().tenant.wrapUpReasons[0];
    if (!reason) fail(run, 'wrap-up is required but the tenant has no wrap-up reasons');
    await ask(run, 'submitWrapUp', { interactionId: id, reasonId: reason.id });
    await until(run, 'the call to leave after wrap-up', (s) => !own(s.interactions, id));
  }
}

const flows: Record<string, (run: Run) => Promise<void>> = {
  async 'session and availability'(run) {
    await until(run, 'session-started', (s) => s.agent.signedIn);
    await ask(run, 'setAgentState', { availability: 'available' });
    await until(run, 'the agent Available', (s) => s.agent.availability === 'available');
  },
  async 'offer, decline'(run) {
    const i = await offer(run);
    await ask(run, 'decline', { interactionId: i.id });
    await until(run, 'the declined offer to leave', (s) => !own(s.interactions, i.id));
  },
  async 'accept, hold, resume, end, wrap-up'(run) {
    const i = await accepted(run);
    await ask(run, 'hold', { interactionId: i.id, leg: 'customer' });
    await until(run, 'the customer on hold', (s) => own(s.interactions, i.id)?.customerLeg.onHold);
    await ask(run, 'resume', { interactionId: i.id, leg: 'customer' });
    await until(run, 'the customer resumed', (s) => own(s.interactions, i.id) && !own(s.interactions, i.id)!.customerLeg.onHold);
    await ask(run, 'end', { interactionId: i.id });
    await finish(run, i.id);
  },
  async 'the customer hangs up'(run) {
    const i = await accepted(run);
    await run.options.driver.customerHangsUp(i.id);
    await finish(run, i.id);
  },
  async 'declared capabilities are refused with their reason'(run) {
    const unsupported = run.store.getState().capabilities?.unsupported ?? {};
    for (const [name, reason] of Object.entries(unsupported)) {
      // Refused before any rule reads the payload, and before the adapter is called.
      const outcome = await run.binding.run(name as RequestName, {} as never);
      if (outcome.ok || outcome.reason !== reason) fail(run, `${name} is declared unsupported but was not refused with its reason`);
    }
  },
};

/**
 * Runs the guide's core flows against an adapter through the real store and rules. Throws a
 * `ConformanceError` naming the flow and step on any store error, broken invariant, failed
 * request or missing event; resolves with the report when every flow passed.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const store = createStore({ clock: options.clock ?? createSystemClock() });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const binding = bindAdapter(store, options.adapter);
  const report: ConformanceReport = { flows: [], storeErrors: errors };
  try {
    await options.start();
    for (const [name, flow] of Object.entries(flows)) {
      const run: Run = { store, binding, errors, options, flow: name };
      await flow(run);
      checkInvariants(run, store.getState());
      report.flows.push({ name, ok: true });
    }
  } finally {
    binding.disconnect();
  }
  return report;
}
