import type { AdapterEvent, AdapterEventInput, InteractionInit, VariableInput } from '../core/adapter-events.js';
import { registerDefaults } from '../core/i18n.js';
import { simulatorEn } from '../core/messages/simulator.en.js';
import type { Clock, TimerHandle } from '../core/clock.js';
import type { Agent, Destination, Directory, Participant, Recording, ScheduledCallback, TenantConfig } from '../core/types.js';

// The simulated platform's refusals, in English unless a catalog says otherwise.
registerDefaults(simulatorEn);

export interface Timings {
  /** Connecting popover before the contact request (POP-1). */
  connectingMs: number;
  /** A consult reaches its destination (CONS-4). */
  consultRingMs: number;
  /** A simulated colleague answers the consult (CONS-5). */
  consultAnswerMs: number;
  /** The customer picks up a callback or outdial. */
  customerAnswerMs: number;
}

export const defaultTimings: Timings = { connectingMs: 1500, consultRingMs: 1000, consultAnswerMs: 4000, customerAnswerMs: 3000 };

export type CallPhase = 'queued' | 'connecting' | 'offered' | 'dialling' | 'connected' | 'post-call' | 'wrap-up' | 'gone';

/** The server's view of one interaction: the truth the store only mirrors. */
export interface SimCall {
  id: string;
  init: InteractionInit;
  phase: CallPhase;
  participants: Participant[];
  controllerId?: string;
  customerHeld: boolean;
  consult?: { destination: Destination; state: 'requested' | 'ringing' | 'answered'; participant?: Participant; held: boolean };
  inConference: boolean;
  recording: Recording;
  bnr: boolean;
  /** Server values, secure ones included. */
  variables: Map<string, VariableInput>;
  timers: Set<TimerHandle>;
  /** A callback the customer will not pick up (POP-12). */
  customerWillNotAnswer?: boolean;
  callbackId?: string;
}

/** Everything the simulator's parts share: one clock, one event stream, the server's model. */
export interface World {
  clock: Clock;
  timings: Timings;
  agent: Agent;
  tenant: TenantConfig;
  directory: Directory;
  calls: Map<string, SimCall>;
  callbacks: Map<string, ScheduledCallback>;
  /** Request ids for new interactions, callbacks, participants. */
  nextId(prefix: string): string;
  emit(input: AdapterEventInput): void;
  after(call: SimCall | undefined, ms: number, run: () => void): TimerHandle;
  listeners: Set<(event: AdapterEvent) => void>;
  failNextReveal: boolean;
  /** AGENT-4: calls other agents have in progress; the contact center's count adds this agent's. */
  otherCalls: number;
}

export function createWorld(clock: Clock, agent: Agent, tenant: TenantConfig, directory: Directory, timings: Timings): World {
  let eventCount = 0;
  /** The session's seq: agent, tenant, directory and callbacks events share it. */
  let sessionSeq = 0;
  const counters = new Map<string, number>();
  const seqs = new Map<string, number>();
  const world: World = {
    clock,
    timings,
    agent,
    tenant,
    directory,
    calls: new Map(),
    callbacks: new Map(),
    listeners: new Set(),
    failNextReveal: false,
    otherCalls: 0,
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
    emit(input) {
      eventCount += 1;
      const base = { eventId: `sim-${eventCount}`, at: clock.now() };
      let event: AdapterEvent;
      if ('interactionId' in input) {
        const seq = (seqs.get(input.interactionId) ?? 0) + 1;
        // The last event of a call that left the simulation: its seq is no longer needed.
        if (world.calls.has(input.interactionId)) seqs.set(input.interactionId, seq);
        else seqs.delete(input.interactionId);
        event = { ...base, seq, ...input } as AdapterEvent;
      } else {
        event = { ...base, seq: ++sessionSeq, ...input } as AdapterEvent;
      }
      for (const listener of [...world.listeners]) listener(event);
    },
    after(call, ms, run) {
      const handle = clock.setTimeout(() => {
        call?.timers.delete(handle);
        run();
      }, ms);
      call?.timers.add(handle);
      return handle;
    },
  };
  return world;
}

/** Stops every timer of a call that left the agent. */
export function settle(world: World, call: SimCall, phase: CallPhase): void {
  for (const handle of call.timers) world.clock.clearTimeout(handle);
  call.timers.clear();
  call.phase = phase;
  if (phase === 'gone') world.calls.delete(call.id);
}
