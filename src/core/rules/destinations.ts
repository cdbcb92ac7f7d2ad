import type { DeskState } from '../state.js';
import type { Destination, DestinationType, Directory, Interaction } from '../types.js';
import { allow, deny, firstRefusal, type Verdict } from './verdict.js';
import { own } from '../own.js';

/** What a destination is chosen for: a consult, or a transfer that goes at once. */
export type DestinationPurpose = 'consult' | 'transfer';

/** CONS-1: a consult reaches an agent, a queue, a dial number, an entry point or an organization. */
export const CONSULT_DESTINATIONS: readonly DestinationType[] = ['agent', 'queue', 'dial-number', 'entry-point', 'organization'];

/**
 * XFER-1: a call goes straight to a queue, agent, entry point or dial number (XFER-2: to a person
 * that is the blind transfer; a queue or entry point routes it on). A consult transfer hands the
 * call to whoever the consult reached.
 */
export function transferDestinationTypes(mode: 'blind' | 'consult'): readonly DestinationType[] {
  return mode === 'blind' ? ['queue', 'agent', 'entry-point', 'dial-number'] : CONSULT_DESTINATIONS;
}

/** CONS-1, XFER-1: the destination types the Consult or Transfer dialog offers. */
export const destinationTypes = (purpose: DestinationPurpose): readonly DestinationType[] =>
  purpose === 'consult' ? CONSULT_DESTINATIONS : transferDestinationTypes('blind');

/** CONS-1: a consult reaches someone not already in the call. */
export function consultDestinationFree(i: Interaction, destination: Destination): Verdict {
  return destination.type === 'agent' && i.participants.some((p) => p.id === destination.id)
    ? deny('rules.consult.alreadyInCall')
    : allow();
}

/**
 * CONS-2: an entry point or dial number routed to a capacity-based team cannot be consulted
 * ("Unsupported destination"). The guide limits this to consults: a transfer may go there (XFER-1).
 */
export function consultDestinationSupported(destination: Destination, directory: Directory): Verdict {
  const capacityBased =
    (destination.type === 'entry-point' &&
      directory.entryPoints.some((e) => e.id === destination.id && e.capacityBased)) ||
    (destination.type === 'dial-number' &&
      directory.dialNumbers.some((d) => (d.id === destination.id || d.number === destination.id) && d.capacityBased));
  return capacityBased ? deny('rules.consult.unsupportedDestination') : allow();
}

/** A number typed by hand: digits with the usual separators, a + only in front, 3 to 15 digits (E.164). */
function isDialableNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[0-9][0-9 ().-]*$/.test(value.trim()) && digits >= 3 && digits <= 15;
}

/**
 * CONS-1, XFER-1: whether the directory offers `destination` for this purpose. An agent must be
 * another agent who is available (the agent themself never is); a queue an active telephony queue;
 * an entry point an active inbound one; a dial number one of the directory's or a well-formed number
 * typed by hand; an organization one of the directory's.
 */
export function destinationOffered(state: DeskState, destination: Destination): Verdict {
  const { directory } = state;
  const id = destination.id;
  switch (destination.type) {
    case 'agent': {
      if (id === state.agent.id) return deny('rules.destination.self');
      const agent = directory.agents.find((a) => a.id === id);
      if (!agent) return deny('rules.destination.unknown');
      return agent.available ? allow() : deny('rules.destination.agentUnavailable', { name: agent.name });
    }
    case 'queue':
      return directory.queues.some((q) => q.id === id && q.active && q.channel === 'telephony') ? allow() : deny('rules.destination.unknown');
    case 'entry-point':
      return directory.entryPoints.some((e) => e.id === id && e.active && !e.outdial) ? allow() : deny('rules.destination.unknown');
    case 'dial-number':
      return directory.dialNumbers.some((d) => d.id === id || d.number === id) || isDialableNumber(id)
        ? allow()
        : deny('rules.destination.badNumber');
    case 'organization':
      return directory.organizations.some((o) => o.id === id) ? allow() : deny('rules.destination.unknown');
    default:
      return deny('rules.destination.unknown');
  }
}

/**
 * CONS-1, CONS-2, XFER-1: whether this call can be consulted or transferred (at once) to
 * `destination`: a type the purpose allows, offered by the directory (`destinationOffered`), for a
 * consult someone not already in the call and not a capacity-based entry point or dial number.
 */
export function canUseDestination(state: DeskState, i: Interaction, purpose: DestinationPurpose, destination: Destination): Verdict {
  return firstRefusal(
    !destinationTypes(purpose).includes(destination.type) && (purpose === 'consult' ? 'rules.destination.unknown' : 'rules.transfer.blindDestination'),
    destination.type === 'agent' && destination.id === state.agent.id && 'rules.destination.self',
    () => (purpose === 'consult' ? consultDestinationFree(i, destination) : allow()),
    () => destinationOffered(state, destination),
    () => (purpose === 'consult' ? consultDestinationSupported(destination, state.directory) : allow()),
  );
}

/** The name a destination is listed under. */
function listed(directory: Directory, type: DestinationType): Destination[] {
  switch (type) {
    case 'agent':
      return directory.agents.map((a) => ({ type, id: a.id, name: a.name }));
    case 'queue':
      return directory.queues.map((q) => ({ type, id: q.id, name: q.name }));
    case 'entry-point':
      return directory.entryPoints.map((e) => ({ type, id: e.id, name: e.name }));
    case 'dial-number':
      return directory.dialNumbers.map((d) => ({ type, id: d.id, name: `${d.name} (${d.number})` }));
    default:
      return directory.organizations.map((o) => ({ type, id: o.id, name: o.name }));
  }
}

/**
 * CONS-1, XFER-1: the destinations of one type the Consult or Transfer dialog lists, matching a
 * search by name or number. Only ones the directory offers (`destinationOffered`): never the agent
 * themself, an agent who is not available, or (for a consult) a party already in the call. A
 * capacity-based entry point or dial number stays listed for a consult, which the platform then
 * refuses as an unsupported destination (CONS-2).
 */
export function destinationChoices(
  state: DeskState,
  interactionId: string,
  purpose: DestinationPurpose,
  type: DestinationType,
  query: string,
): Destination[] {
  const i = own(state.interactions, interactionId);
  if (!i || !destinationTypes(purpose).includes(type)) return [];
  const needle = query.trim().toLocaleLowerCase();
  return listed(state.directory, type).filter(
    (d) =>
      destinationOffered(state, d).allowed &&
      (purpose !== 'consult' || consultDestinationFree(i, d).allowed) &&
      (!needle || (d.name ?? '').toLocaleLowerCase().includes(needle)),
  );
}
