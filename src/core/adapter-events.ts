import type {
  Agent,
  CallbackKind,
  Channel,
  ConsultRequester,
  ConsultState,
  Customer,
  Destination,
  Directory,
  InteractionKind,
  LegName,
  Participant,
  Recording,
  ScheduledCallback,
  TenantConfig,
  Variable,
} from './types.js';
import type { AdapterCapabilities } from './capabilities.js';

/**
 * Events the adapter pushes into the store through `store.dispatch()`.
 *
 * Every event has a unique `eventId` (a repeat is refused as a duplicate), a time `at` (epoch ms,
 * 1970 to 2200) and a `seq`, the version of the entity it changes, a whole number that grows with
 * every event about that entity:
 * - events about one interaction carry its `interactionId`, and `seq` counts that interaction's events;
 * - session events (`session-started`, `agent-updated`, `tenant-updated`, `directory-updated`,
 *   `callbacks-updated`) change the session (agent, tenant, directory, callbacks), and `seq` counts
 *   the session's events: one sequence for all of them, which never goes back, not even across a
 *   reconnection or a new `session-started`.
 * An event whose `seq` is not above the last one applied to its entity is refused as out of order,
 * however long ago that was: a re-delivered `tenant-updated` never switches protection back. The
 * store keeps one number per interaction it holds, one for the session, and the last seq of the
 * 1,024 interactions that ended most recently; an event about an interaction that ended before
 * those (older than the newest event of any interaction it forgot) is refused the same way.
 * The store copies what it validates (see `checkAdapterEvent`): mutating an event after dispatch
 * changes nothing.
 */
interface EventBase {
  eventId: string;
  at: number;
  seq: number;
}

interface InteractionEventBase extends EventBase {
  interactionId: string;
}

/** A variable as the platform sends it; a secure one may carry its value, which the store vaults. */
export type VariableInput = Omit<Variable, 'reveal'>;

/** What the platform knows of a new request. */
export interface InteractionInit {
  channel: Channel;
  kind: InteractionKind;
  callbackKind?: CallbackKind;
  customer: Customer;
  dnis?: string;
  queueName?: string;
  entryPointName?: string;
  variables?: VariableInput[];
  consultRequester?: ConsultRequester;
  linkedInteractionId?: string;
}

export interface SessionStartedEvent extends EventBase {
  type: 'session-started';
  agent: Agent;
  tenant: TenantConfig;
  directory: Directory;
  /** What the platform cannot do; the elements hide it and the rules refuse it with the reason. */
  capabilities?: AdapterCapabilities;
}
export interface AgentUpdatedEvent extends EventBase {
  type: 'agent-updated';
  agent: Partial<Omit<Agent, 'id'>>;
}
export interface TenantUpdatedEvent extends EventBase {
  type: 'tenant-updated';
  tenant: TenantConfig;
}
export interface DirectoryUpdatedEvent extends EventBase {
  type: 'directory-updated';
  directory: Directory;
}
export interface CallbacksUpdatedEvent extends EventBase {
  type: 'callbacks-updated';
  callbacks: ScheduledCallback[];
}
/** POP-1: a request is being assigned. */
export interface InteractionConnectingEvent extends InteractionEventBase {
  type: 'interaction-connecting';
  interaction: InteractionInit;
}
/** POP-1: the contact request itself; `interaction` is needed when no connecting event came first. */
export interface InteractionOfferedEvent extends InteractionEventBase {
  type: 'interaction-offered';
  interaction?: InteractionInit;
}
export interface InteractionAcceptedEvent extends InteractionEventBase {
  type: 'interaction-accepted';
  participants: Participant[];
  controllerId: string;
  recording: Recording;
  bnr: boolean;
  /** CB-2: a callback accepted while its customer is still being dialled; `customer-answered` follows. */
  dialling?: boolean;
}
/** CB-2: the customer of a callback being dialled answered: the call is connected. */
export interface CustomerAnsweredEvent extends InteractionEventBase {
  type: 'customer-answered';
}
/** POP-11: the offer rang out; it goes back to the queue and the RONA popover shows. */
export interface RonaEvent extends InteractionEventBase {
  type: 'rona';
}
export type RemovalReason =
  | 'declined'
  | 'returned-to-queue'
  | 'cancelled'
  | 'transferred'
  | 'wrapped-up'
  | 'ended';
export interface InteractionRemovedEvent extends InteractionEventBase {
  type: 'interaction-removed';
  reason: RemovalReason;
}
export interface HoldChangedEvent extends InteractionEventBase {
  type: 'hold-changed';
  leg: LegName;
  onHold: boolean;
}
export interface ConsultUpdatedEvent extends InteractionEventBase {
  type: 'consult-updated';
  destination: Destination;
  state: ConsultState;
  /** With `answered`: who answered. */
  participant?: Participant;
}
export interface ConsultEndedEvent extends InteractionEventBase {
  type: 'consult-ended';
}
export interface ConferenceStartedEvent extends InteractionEventBase {
  type: 'conference-started';
}
export interface ParticipantJoinedEvent extends InteractionEventBase {
  type: 'participant-joined';
  participant: Participant;
}
export interface ParticipantLeftEvent extends InteractionEventBase {
  type: 'participant-left';
  participantId: string;
  /** True when the controlling agent dropped them (CONF-4 notifies for the customer). */
  dropped?: boolean;
}
export interface ControlChangedEvent extends InteractionEventBase {
  type: 'control-changed';
  controllerId: string;
}
/** CONF-6: the customer left; agents may go on in Post Call. */
export interface CustomerLeftEvent extends InteractionEventBase {
  type: 'customer-left';
}
export interface RecordingChangedEvent extends InteractionEventBase {
  type: 'recording-changed';
  recording: Recording;
}
export interface BnrChangedEvent extends InteractionEventBase {
  type: 'bnr-changed';
  enabled: boolean;
}
export interface VariablesUpdatedEvent extends InteractionEventBase {
  type: 'variables-updated';
  variables: VariableInput[];
}
/** The call ended for this agent; wrap-up follows when required (END-2, END-4). */
export interface InteractionEndedEvent extends InteractionEventBase {
  type: 'interaction-ended';
  wrapUpRequired: boolean;
}

export type AdapterEvent =
  | SessionStartedEvent
  | AgentUpdatedEvent
  | TenantUpdatedEvent
  | DirectoryUpdatedEvent
  | CallbacksUpdatedEvent
  | InteractionConnectingEvent
  | InteractionOfferedEvent
  | InteractionAcceptedEvent
  | CustomerAnsweredEvent
  | RonaEvent
  | InteractionRemovedEvent
  | HoldChangedEvent
  | ConsultUpdatedEvent
  | ConsultEndedEvent
  | ConferenceStartedEvent
  | ParticipantJoinedEvent
  | ParticipantLeftEvent
  | ControlChangedEvent
  | CustomerLeftEvent
  | RecordingChangedEvent
  | BnrChangedEvent
  | VariablesUpdatedEvent
  | InteractionEndedEvent;

export type AdapterEventType = AdapterEvent['type'];

/** Adapter events without the bookkeeping the simulator or a host adapter fills in. */
export type AdapterEventInput = AdapterEvent extends infer E
  ? E extends AdapterEvent
    ? Omit<E, 'eventId' | 'at' | 'seq'>
    : never
  : never;
