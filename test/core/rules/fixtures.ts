import { defaultAgent, defaultTenant, emptyDirectory, initialState, type DeskState } from '../../../src/core/state.js';
import type { Interaction, Participant, Variable } from '../../../src/core/types.js';

export const ME = 'agent-me';
export const T0 = Date.UTC(2026, 10, 24, 15, 0, 0);

export const participant = (id: string, role: Participant['role'], joinedAt = T0): Participant => ({ id, name: id, role, joinedAt });

export function variable(overrides: Partial<Variable> & { name: string }): Variable {
  return { label: overrides.name, type: 'string', value: 'v', editable: false, secure: false, showOnPopover: true, order: 1, version: 1, ...overrides };
}

export function interaction(overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: 'c1',
    channel: 'voice',
    kind: 'inbound',
    phase: 'connected',
    customer: { name: 'Ada', number: '+1 415 555 0134' },
    offeredAt: T0,
    acceptedAt: T0 + 1000,
    customerLeg: { onHold: false },
    inConference: false,
    participants: [participant('customer', 'customer'), participant(ME, 'primary')],
    controllerId: ME,
    recording: { state: 'recording' },
    bnr: true,
    variables: [],
    wrapUpRequired: false,
    seq: 1,
    ...overrides,
  };
}

export function stateWith(interactions: Interaction[] = [], overrides: Partial<DeskState> = {}): DeskState {
  return initialState({
    agent: { ...defaultAgent, id: ME, signedIn: true, availability: 'available', buddyTeamIds: ['agent-buddy'] },
    tenant: { ...defaultTenant, callbackEntryPointId: 'ep-cb', wrapUpReasons: [{ id: 'resolved', label: 'Resolved' }, { id: 'billing', label: 'Billing question' }, { id: 'dispute', label: 'Billing dispute' }] },
    directory: emptyDirectory,
    interactions: Object.fromEntries(interactions.map((i) => [i.id, i])),
    ...overrides,
  });
}

/** An answered consult on c1 with a colleague. */
export function consulting(state: 'requested' | 'ringing' | 'answered' = 'answered', extra: Partial<Interaction> = {}): Interaction {
  const colleague = participant('agent-sam', 'consulted', T0 + 5000);
  return interaction({
    customerLeg: { onHold: true },
    consult: { destination: { type: 'agent', id: 'agent-sam' }, state, startedAt: T0 + 4000, participantId: state === 'answered' ? colleague.id : undefined, leg: { onHold: false } },
    participants: state === 'answered' ? [participant('customer', 'customer'), participant(ME, 'primary'), colleague] : [participant('customer', 'customer'), participant(ME, 'primary')],
    ...extra,
  });
}
