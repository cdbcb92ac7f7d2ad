import type { InteractionInit } from '../core/adapter-events.js';
import type { RequestPayloads } from '../core/requests.js';
import type { Participant } from '../core/types.js';
import { canOutdial, canOutdialTo, canReceiveOffers } from '../core/rules/agent.js';
import { RequestError } from '../core/requests.js';
import { sampleCallVariables } from './fixtures.js';
import { leadsToWrapUp } from '../core/rules/wrap-up.js';
import { endForMe } from './call-control.js';
import { judge, judgedCall } from './desk-view.js';
import { settle, type SimCall, type World } from './world.js';

/** A new contact arrives at the contact center: offered now if the agent is Available, else queued (AGENT-1). */
export function arrive(world: World, init: InteractionInit): string {
  const call: SimCall = {
    id: world.nextId(init.channel === 'voice' ? 'call' : init.channel),
    init,
    phase: 'queued',
    participants: [],
    customerHeld: false,
    inConference: false,
    recording: { state: 'off' },
    bnr: false,
    variables: new Map((init.variables ?? []).map((v) => [v.name, v])),
    timers: new Set(),
  };
  world.calls.set(call.id, call);
  if (canReceiveOffers(world.agent).allowed) deliver(world, call);
  return call.id;
}

/**
 * POP-1: connecting, then the contact request; POP-11: RONA if nobody answers in time. AGENT-1: an
 * agent who is no longer Available when the request would show gets none: it goes back to the
 * queue, to be offered when they are Available again.
 */
function deliver(world: World, call: SimCall): void {
  call.phase = 'connecting';
  world.emit({ type: 'interaction-connecting', interactionId: call.id, interaction: publicInit(call) });
  world.after(call, world.timings.connectingMs, () => {
    if (!canReceiveOffers(world.agent).allowed) {
      call.phase = 'queued';
      world.emit({ type: 'interaction-removed', interactionId: call.id, reason: 'cancelled' });
      return;
    }
    call.phase = 'offered';
    world.emit({ type: 'interaction-offered', interactionId: call.id });
    world.after(call, world.tenant.ringTimeoutMs, () => rona(world, call));
  });
}

/**
 * POP-11: back to the queue, agent Idle, and the RONA popover. The queue routes it to someone
 * else, so it leaves this simulation (declined and unanswered ones too).
 */
function rona(world: World, call: SimCall): void {
  settle(world, call, 'gone');
  world.emit({ type: 'rona', interactionId: call.id });
  setAvailability(world, 'idle', world.tenant.ronaIdleCodeId);
}

/** What the agent's desk may know of a contact: secure values stay on the server. */
export function publicInit(call: SimCall): InteractionInit {
  return { ...call.init, variables: [...call.variables.values()].map((v) => (v.secure ? { ...v, value: '' } : v)) };
}

export function setAvailability(world: World, availability: 'available' | 'idle', idleCodeId?: string): void {
  world.agent = { ...world.agent, availability, idleCodeId: availability === 'idle' ? idleCodeId : undefined };
  world.emit({ type: 'agent-updated', agent: { availability, idleCodeId: world.agent.idleCodeId } });
  // Contacts that waited for the agent are offered now, oldest first (AGENT-1).
  if (canReceiveOffers(world.agent).allowed) {
    for (const call of [...world.calls.values()]) if (call.phase === 'queued') deliver(world, call);
  }
}

export const routingRequests = (world: World) => ({
  async setAgentState(payload: RequestPayloads['setAgentState']) {
    judge(world, 'setAgentState', payload);
    setAvailability(world, payload.availability, payload.idleCodeId);
  },
  async signOut() {
    judge(world, 'signOut', {});
    world.agent = { ...world.agent, signedIn: false, availability: 'idle' };
    world.emit({ type: 'agent-updated', agent: { signedIn: false, availability: 'idle' } });
  },
  async accept(payload: RequestPayloads['accept']) {
    judge(world, 'accept', payload);
    accept(world, payload.interactionId);
  },
  async acceptAll(payload: RequestPayloads['acceptAll']) {
    judge(world, 'acceptAll', payload);
    for (const id of payload.interactionIds) accept(world, id);
  },
  async decline(payload: RequestPayloads['decline']) {
    const call = judgedCall(world, 'decline', payload);
    settle(world, call, 'gone');
    world.emit({ type: 'interaction-removed', interactionId: call.id, reason: 'declined' });
  },
  async cancelCallback(payload: RequestPayloads['cancelCallback']) {
    const call = judgedCall(world, 'cancelCallback', payload);
    // POP-9, END-4: cancelling a web callback leads to wrap-up.
    endForMe(world, call, leadsToWrapUp('cancel-web-callback'));
  },
  async outdial({ number, aniId }: RequestPayloads['outdial']) {
    // AGENT-4, AGENT-5: the rules the desk asks, asked here with the platform's own count.
    const limit = canOutdial(world.tenant, contactCenterCalls(world));
    if (!limit.allowed) throw new RequestError('concurrent-limit', limit.reason!);
    const request = canOutdialTo({ ...world.tenant, activeCalls: undefined }, { number, aniId });
    if (!request.allowed) throw new RequestError('invalid-outdial', request.reason!);
    const call = newOutdial(world, number);
    world.emit({ type: 'interaction-offered', interactionId: call.id, interaction: publicInit(call) });
    world.after(call, world.timings.customerAnswerMs, () => connect(world, call));
    reportCalls(world);
  },
});

/** AGENT-4: calls in progress across the contact center: other agents' and this agent's voice calls. */
export function contactCenterCalls(world: World): number {
  const mine = [...world.calls.values()].filter((c) => c.init.channel === 'voice' && ['connecting', 'offered', 'dialling', 'connected', 'post-call'].includes(c.phase));
  return world.otherCalls + mine.length;
}

/** AGENT-4: the platform tells the desk how many calls are in progress, so the desk can say so before asking. */
export function reportCalls(world: World): void {
  world.tenant = { ...world.tenant, activeCalls: contactCenterCalls(world) };
  world.emit({ type: 'tenant-updated', tenant: world.tenant });
}

function newOutdial(world: World, number: string): SimCall {
  const id = world.nextId('outdial');
  // AGENT-5: an outdial's popover shows the tenant's outdial variables, like an inbound call's.
  const variables = sampleCallVariables(Number(id.slice('outdial-'.length)));
  const call: SimCall = {
    id,
    init: { channel: 'voice', kind: 'outdial', customer: { number }, variables },
    phase: 'offered',
    participants: [],
    customerHeld: false,
    inConference: false,
    recording: { state: 'off' },
    bnr: false,
    variables: new Map(variables.map((v) => [v.name, v])),
    timers: new Set(),
  };
  world.calls.set(call.id, call);
  return call;
}

/** Accepts a request `judge` allowed (POP-4, TASK-2). */
function accept(world: World, id: string): void {
  const call = world.calls.get(id)!;
  for (const handle of call.timers) world.clock.clearTimeout(handle);
  call.timers.clear();
  const callback = call.init.kind === 'callback';
  connect(world, call, callback);
  if (callback) {
    // CB-2: the platform dials the customer; one who picks up connects the call, one who does not
    // sends it back to the queue (POP-12).
    world.after(call, world.timings.customerAnswerMs, () => {
      if (call.phase !== 'dialling') return;
      if (call.customerWillNotAnswer) return returnToQueue(world, call);
      call.phase = 'connected';
      world.emit({ type: 'customer-answered', interactionId: call.id });
    });
  }
}

export function returnToQueue(world: World, call: SimCall): void {
  settle(world, call, 'gone');
  world.emit({ type: 'interaction-removed', interactionId: call.id, reason: 'returned-to-queue' });
}

/**
 * The call is up: customer, me, and for a consult request the colleague who asked. A callback's
 * customer is still being dialled (CB-2) until they answer.
 */
function connect(world: World, call: SimCall, dialling = false): void {
  const now = world.clock.now();
  const me: Participant = {
    id: world.agent.id,
    name: world.agent.name,
    role: call.init.kind === 'consult-request' ? 'consulted' : 'primary',
    joinedAt: now,
    bnr: defaultBnr(world),
  };
  const customer: Participant = { id: `customer-${call.id}`, name: call.init.customer.name ?? call.init.customer.number, role: 'customer', joinedAt: now - 1 };
  const participants = [customer];
  let controllerId = me.id;
  if (call.init.kind === 'consult-request' && call.init.consultRequester) {
    const colleague = world.directory.agents.find((a) => a.name === call.init.consultRequester!.name);
    const primary: Participant = { id: colleague?.id ?? 'agent-colleague', name: call.init.consultRequester.name, role: 'primary', joinedAt: now - 60_000 };
    participants.push(primary);
    controllerId = primary.id;
  }
  participants.push(me);
  call.phase = dialling ? 'dialling' : 'connected';
  call.participants = participants;
  call.controllerId = controllerId;
  call.recording = call.init.channel === 'voice' ? { state: 'recording' } : { state: 'off' };
  call.bnr = defaultBnr(world);
  world.emit({ type: 'interaction-accepted', interactionId: call.id, participants, controllerId, recording: call.recording, bnr: call.bnr, ...(dialling && { dialling }) });
}

/** BNR-1: the desktop-mode setting is the default for each call; a phone handles its own. */
const defaultBnr = (world: World) => world.agent.telephonyMode === 'desktop' && world.agent.settings.backgroundNoiseReduction;
