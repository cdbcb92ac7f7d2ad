import type { InteractionInit } from '../core/adapter-events.js';
import type { CallbackKind, Channel, Participant } from '../core/types.js';
import { leadsToWrapUp } from '../core/rules/wrap-up.js';
import { afterLeaving, answerConsult, endForMe, leave } from './call-control.js';
import { sampleCallVariables, sampleCustomers } from './fixtures.js';
import { arrive, reportCalls, returnToQueue } from './routing.js';
import type { World } from './world.js';

/** The scripting API: what the demo's control panel, Storybook and tests make happen. */
export function scriptApi(world: World) {
  let n = 0;
  const customer = () => sampleCustomers[n++ % sampleCustomers.length];
  const digital = (channel: Exclude<Channel, 'voice'>, init: Partial<InteractionInit>) =>
    arrive(world, {
      channel,
      kind: 'inbound',
      customer: customer(),
      queueName: channel === 'email' ? 'Email support' : channel === 'social' ? 'Social care' : 'Web chat',
      variables: [],
      ...init,
    });
  const voice = (kind: InteractionInit['kind'], init: Partial<InteractionInit> = {}) =>
    arrive(world, {
      channel: 'voice',
      kind,
      customer: customer(),
      dnis: '+1 800 555 0100',
      queueName: 'Billing',
      entryPointName: 'Main line',
      variables: sampleCallVariables(n),
      ...init,
    });

  const call = (id: string) => {
    const found = world.calls.get(id);
    if (!found) throw new Error(`The simulator has no interaction ${id}`);
    return found;
  };

  return {
    offerCall: (init?: Partial<InteractionInit>) => voice('inbound', init),
    offerPreviewCampaign: (init?: Partial<InteractionInit>) => voice('preview-campaign', init),
    offerCallback: (kind: CallbackKind = 'web', init: Partial<InteractionInit> = {}) =>
      voice('callback', { callbackKind: kind, queueName: 'Callbacks', ...init }),
    offerChat: (init: Partial<InteractionInit> = {}) => digital('chat', init),
    offerEmail: (init: Partial<InteractionInit> = {}) => digital('email', init),
    offerSocial: (init: Partial<InteractionInit> = {}) => digital('social', init),
    /** A colleague consults me: a consult request with their Name, DN and Team (POP-6). */
    colleagueConsultsMe(init: Partial<InteractionInit> = {}) {
      const colleague = world.directory.agents.find((a) => a.id !== world.agent.id && a.available)!;
      return voice('consult-request', {
        consultRequester: { name: colleague.name, dialNumber: colleague.dialNumber, team: colleague.teamName },
        ...init,
      });
    },
    /** The customer hangs up: Post Call when agents remain, else the call ends for the agent left (CONF-6). */
    customerHangsUp(id: string) {
      const c = call(id);
      const customerId = c.participants.find((p) => p.role === 'customer')?.id;
      if (!customerId || (c.phase !== 'connected' && c.phase !== 'post-call')) return;
      c.participants = c.participants.filter((p) => p.id !== customerId);
      c.customerHeld = false;
      world.emit({ type: 'customer-left', interactionId: id });
      afterLeaving(world, c);
    },
    /** CONF-7: a supervisor barges in and shows in the participant list. */
    supervisorBargesIn(id: string, name = 'Sam Rivera (supervisor)'): string | undefined {
      const c = call(id);
      // CONF-6: once the customer has left nobody joins, a supervisor neither.
      if (c.phase !== 'connected') return undefined;
      const supervisor: Participant = { id: world.nextId('supervisor'), name, role: 'supervisor', joinedAt: world.clock.now() };
      c.participants = [...c.participants, supervisor];
      world.emit({ type: 'participant-joined', interactionId: id, participant: supervisor });
      return supervisor.id;
    },
    /** The colleague who consulted me joins everyone in a conference (CONF-1, seen from the consulted agent). */
    colleagueStartsConference(id: string) {
      const c = call(id);
      if (c.init.kind !== 'consult-request' || c.phase !== 'connected') return;
      c.participants = c.participants.map((p) => (p.role === 'consulted' ? { ...p, role: 'conferenced' } : p));
      c.inConference = true;
      world.emit({ type: 'conference-started', interactionId: id });
    },
    /** A colleague in the call leaves by themselves; control passes to the longest in the call (CONF-3). */
    participantLeaves(id: string, participantId: string) {
      leave(world, call(id), participantId);
    },
    /** A colleague saves a variable first, so my save based on the old version loses (CAD-5). */
    colleagueSavesVariable(id: string, name: string, value: string) {
      const c = call(id);
      const current = c.variables.get(name);
      if (!current) throw new Error(`No variable ${name}`);
      const next = { ...current, value, version: current.version + 1 };
      c.variables.set(name, next);
      world.emit({ type: 'variables-updated', interactionId: id, variables: [next.secure ? { ...next, value: '' } : next] });
    },
    /** CONS-7: the primary agent ends the consult I am in; I wrap up. */
    colleagueEndsConsult(id: string) {
      endForMe(world, call(id), leadsToWrapUp('end-consult'));
    },
    /** A consult I placed is answered now, without waiting for the simulated delay. */
    consultAnswersNow(id: string) {
      const c = call(id);
      if (c.consult) answerConsult(world, c, c.consult.destination);
    },
    /** POP-12: the customer of a callback does not pick up. */
    customerDoesNotAnswer(id: string) {
      const c = call(id);
      c.customerWillNotAnswer = true;
      if (c.phase === 'dialling') returnToQueue(world, c);
    },
    /** AGENT-4: other agents have this many calls in progress; the platform reports the contact center's count. */
    otherAgentsOnCalls(calls: number) {
      world.otherCalls = calls;
      reportCalls(world);
    },
    failNextReveal() {
      world.failNextReveal = true;
    },
    callbacks: () => [...world.callbacks.values()],
    queued: () => [...world.calls.values()].filter((c) => c.phase === 'queued').map((c) => c.id),
  };
}
