import { t } from '../core/i18n.js';
import { RequestError, type RequestName, type RequestPayloads } from '../core/requests.js';
import { requestGuard } from '../core/rules/guard.js';
import { initialState, type DeskState } from '../core/state.js';
import type { Interaction, InteractionPhase } from '../core/types.js';
import type { CallPhase, SimCall, World } from './world.js';

const PHASES: Partial<Record<CallPhase, InteractionPhase>> = {
  connecting: 'connecting',
  offered: 'offered',
  dialling: 'dialling',
  connected: 'connected',
  'post-call': 'post-call',
  'wrap-up': 'wrap-up',
};

/** One server call as this agent's desk holds it; secure values stay out, as they do on the desk. */
export function interactionOf(call: SimCall, phase: InteractionPhase = PHASES[call.phase] ?? 'ended'): Interaction {
  const { init } = call;
  return {
    id: call.id,
    channel: init.channel,
    kind: init.kind,
    callbackKind: init.callbackKind,
    phase,
    customer: { name: init.customer.name, number: '' },
    offeredAt: 0,
    acceptedAt: phase === 'dialling' || phase === 'connected' || phase === 'post-call' ? 0 : undefined,
    customerLeg: { onHold: call.customerHeld },
    consult: call.consult && {
      destination: call.consult.destination,
      state: call.consult.state,
      startedAt: 0,
      participantId: call.consult.participant?.id,
      leg: { onHold: call.consult.held },
    },
    inConference: call.inConference,
    participants: call.participants,
    controllerId: call.controllerId,
    recording: call.recording,
    bnr: call.bnr,
    variables: [...call.variables.values()].map((v) => (v.secure ? { ...v, value: '' } : { ...v })),
    consultRequester: init.consultRequester,
    wrapUpRequired: phase === 'wrap-up',
    seq: 0,
  };
}

/**
 * The agent's desk as the server knows it: the state core's rules judge. The simulator keeps its
 * own truth (it is the platform), but a rule is decided once, in core, for the desk and the server.
 */
export function deskView(world: World): DeskState {
  const interactions: Record<string, Interaction> = {};
  for (const call of world.calls.values()) {
    const phase = PHASES[call.phase];
    if (phase) interactions[call.id] = interactionOf(call, phase);
  }
  return initialState({ agent: world.agent, tenant: world.tenant, directory: world.directory, interactions });
}

/** A rule's refusal key as a platform's code: `rules.end.onHold` → `on-hold`. */
const codeOf = (key: string | undefined): string =>
  (key?.split('.').pop() ?? 'refused').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The server refuses what core's rules refuse (`requestGuard`, the same one the store asks), with
 * the rule's words and a code named for it; a host whose requests skip the desk's guard meets the
 * same rules here.
 */
export function judge<K extends RequestName>(world: World, name: K, payload: RequestPayloads[K]): void {
  const verdict = requestGuard(deskView(world), name, payload, world.clock.now());
  if (!verdict.allowed) throw new RequestError(codeOf(verdict.key), verdict.reason ?? t('rules.request.malformed', { name }));
}

/** The server's call once the rules allowed a request about it (`judge` refused an unknown one). */
export function judgedCall<K extends RequestName>(world: World, name: K, payload: RequestPayloads[K] & { interactionId: string }): SimCall {
  judge(world, name, payload);
  return world.calls.get(payload.interactionId)!;
}
