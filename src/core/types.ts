/**
 * The domain model of an agent's desk (spec/RULES.md). Plain data, no DOM.
 * Every snapshot the store hands out is built from these types and frozen.
 */

export type Channel = 'voice' | 'chat' | 'email' | 'social';
export type DigitalChannel = Exclude<Channel, 'voice'>;

/** How the interaction reached the agent. */
export type InteractionKind =
  | 'inbound'
  | 'outdial'
  | 'preview-campaign'
  | 'callback'
  | 'consult-request';

export type CallbackKind = 'courtesy' | 'web' | 'scheduled' | 'personal';

/** Stored life-cycle phase; hold, consult and conference are read from legs and participants. */
export type InteractionPhase =
  | 'connecting'
  | 'offered'
  /** CB-2: a callback the agent accepted while the platform dials the customer; not yet talking. */
  | 'dialling'
  | 'connected'
  | 'post-call'
  | 'wrap-up'
  | 'ended';

/** What a card or pane shows; derived by `interactionStatus()` in rules. */
export type InteractionStatus =
  | 'connecting'
  | 'ringing'
  | 'dialling'
  | 'connected'
  | 'on-hold'
  | 'consulting'
  | 'conference'
  | 'post-call'
  | 'wrap-up'
  | 'ended';

export type TelephonyMode = 'desktop' | 'phone';

export interface IdleCode {
  id: string;
  label: string;
}

export type AgentAvailability = 'available' | 'idle';

export interface Agent {
  id: string;
  name: string;
  /** The agent's own dial number or extension. */
  dialNumber: string;
  teamId: string;
  teamName: string;
  /** Agents a personal callback may be given to (SCHED-10). */
  buddyTeamIds: readonly string[];
  availability: AgentAvailability;
  /** Set while idle; RONA sets it to the tenant's RONA code. */
  idleCodeId?: string;
  idleCodes: readonly IdleCode[];
  telephonyMode: TelephonyMode;
  settings: AgentSettings;
  signedIn: boolean;
}

export interface AgentSettings {
  /** BNR-1: the user setting "Apply background noise reduction", desktop mode only. */
  backgroundNoiseReduction: boolean;
}

export interface Customer {
  name?: string;
  /**
   * The caller's number as the kit may show it. With sensitive-data protection on this is
   * already masked (POP-7): the store masks at the door and keeps the full number out of snapshots.
   */
  number: string;
}

export type ParticipantRole =
  | 'customer'
  | 'primary'
  | 'consulted'
  | 'conferenced'
  | 'dial-number'
  | 'supervisor';

export interface Participant {
  id: string;
  name: string;
  role: ParticipantRole;
  /** Epoch ms; decides who takes control when the primary leaves (CONF-3). */
  joinedAt: number;
  /** BNR-4: each agent's BNR is their own; undefined for non-agents. */
  bnr?: boolean;
}

export type LegName = 'customer' | 'consult';

export interface Leg {
  onHold: boolean;
}

export type DestinationType = 'agent' | 'queue' | 'entry-point' | 'dial-number' | 'organization';

export interface Destination {
  type: DestinationType;
  /** Directory id, or the number itself for a free dial number. */
  id: string;
  /** Shown name; filled from the directory when omitted. */
  name?: string;
}

export type ConsultState = 'requested' | 'ringing' | 'answered';

export interface Consult {
  destination: Destination;
  state: ConsultState;
  startedAt: number;
  answeredAt?: number;
  /** The consulted party once answered. */
  participantId?: string;
  leg: Leg;
}

export type RecordingState = 'off' | 'recording' | 'paused';

export interface Recording {
  state: RecordingState;
  /** Epoch ms when a pause ends by itself (REC-2). */
  resumesAt?: number;
}

export type VariableType = 'string' | 'number' | 'boolean' | 'datetime';

/** Reveal status of a secure variable; its value is never part of a snapshot (CAD-2). */
export type RevealState = 'hidden' | 'pending' | 'revealed' | 'failed';

export interface Variable {
  name: string;
  label: string;
  type: VariableType;
  /** Empty for a secure variable: the value lives outside snapshots, see `store.revealedValue()`. */
  value: string;
  editable: boolean;
  secure: boolean;
  /** Shown on the popover when the tenant configures it (POP-5, POP-10). */
  showOnPopover: boolean;
  order: number;
  /** Server version; a save based on an older version loses (CAD-5). */
  version: number;
  reveal?: RevealState;
}

export interface ConsultRequester {
  name: string;
  dialNumber: string;
  team: string;
}

export interface Interaction {
  id: string;
  channel: Channel;
  kind: InteractionKind;
  callbackKind?: CallbackKind;
  phase: InteractionPhase;
  customer: Customer;
  /** Dialed number (DNIS). */
  dnis?: string;
  queueName?: string;
  entryPointName?: string;
  /** Last four digits are kept even when the number is masked, for searches a host may do. */
  offeredAt: number;
  acceptedAt?: number;
  endedAt?: number;
  customerLeg: Leg;
  consult?: Consult;
  inConference: boolean;
  participants: readonly Participant[];
  /** Participant id of the agent in control (primary, or whoever took over: CONF-3). */
  controllerId?: string;
  recording: Recording;
  /** This agent's BNR for this call (BNR-2). */
  bnr: boolean;
  variables: readonly Variable[];
  /** For a consult request: the initiating agent (POP-6). */
  consultRequester?: ConsultRequester;
  /** A callback made from a chat or email keeps a link to it (SCHED-11). */
  linkedInteractionId?: string;
  /** Whether this agent owes a wrap-up once ended (END-2: primary only). */
  wrapUpRequired: boolean;
  /** Last adapter sequence number applied; older ones are out of order. */
  seq: number;
}

export interface QueueEntry {
  id: string;
  name: string;
  active: boolean;
  channel: 'telephony' | DigitalChannel;
  /** Agents who may take calls from it; empty = every agent. */
  agentIds: readonly string[];
}

export interface DirectoryAgent {
  id: string;
  name: string;
  teamId: string;
  teamName: string;
  dialNumber: string;
  available: boolean;
}

export interface EntryPoint {
  id: string;
  name: string;
  active: boolean;
  /** CONS-2: an entry point that routes to a capacity-based team cannot be consulted. */
  capacityBased: boolean;
  outdial: boolean;
}

export interface DialNumberEntry {
  id: string;
  name: string;
  number: string;
  capacityBased: boolean;
}

export interface Organization {
  id: string;
  name: string;
}

export interface Directory {
  agents: readonly DirectoryAgent[];
  queues: readonly QueueEntry[];
  entryPoints: readonly EntryPoint[];
  dialNumbers: readonly DialNumberEntry[];
  organizations: readonly Organization[];
  refreshedAt?: number;
}

export interface PopoverVariableConfig {
  /** Variable names, in the order the popover shows them (POP-5). */
  voice: readonly string[];
  outdial: readonly string[];
  chat: readonly string[];
  email: readonly string[];
  social: readonly string[];
}

/** AGENT-5: a number the customer sees an outdial come from. */
export interface OutdialAni {
  id: string;
  name: string;
  number: string;
}

/** POP-13: a link a channel's popover shows. */
export interface PopoverLink {
  label: string;
  /** An absolute http(s), mailto or tel address; anything else is never shown. */
  url: string;
}

export interface WrapUpReason {
  id: string;
  label: string;
}

export interface TenantConfig {
  popoverVariables: PopoverVariableConfig;
  /** POP-13: the links each channel's popover shows, in order. */
  popoverLinks?: Partial<Record<Channel, readonly PopoverLink[]>>;
  /** POP-7. */
  sensitiveDataProtection: boolean;
  /** POP-11: ms an offer rings before RONA. */
  ringTimeoutMs: number;
  /** REC-2: longest recording pause, ms. */
  recordingPauseMs: number;
  /** POP-9: End Call for web callbacks. */
  endCallForWebCallbacks: boolean;
  /** SCHED-12: the outdial entry point used for scheduled callbacks, if configured. */
  callbackEntryPointId?: string;
  /** AGENT-4: tenant concurrent-call limit and the reason code shown when reached. */
  concurrentCallLimit: number;
  concurrentCallLimitReasonCode: string;
  /**
   * AGENT-4: calls in progress across the contact center (every agent's), as the platform last
   * reported them; the limit is compared with this, never with one agent's own calls.
   */
  activeCalls?: number;
  /** AGENT-5: the caller ids (outdial ANIs) an outdial may show; the agent picks one when there are several. */
  outdialAnis?: readonly OutdialAni[];
  /** CONF-2. */
  conferenceLimit: number;
  wrapUpReasons: readonly WrapUpReason[];
  /** Name of the CAD variable holding a callback's reason (POP-10, TASK-3). */
  callbackReasonVariable: string;
  /** Idle code RONA puts the agent in (POP-11). */
  ronaIdleCodeId: string;
}

export interface ScheduledCallback {
  id: string;
  customerName: string;
  /** As the kit may show it (masked under POP-7). */
  customerNumber: string;
  /** ISO 8601 instants (UTC). */
  startAt: string;
  endAt: string;
  timeZone: string;
  assignment: CallbackAssignment;
  queueId: string;
  reason?: string;
  personal: boolean;
  linkedInteractionId?: string;
  createdBy: string;
}

export type CallbackAssignment =
  | { to: 'any' }
  | { to: 'myself' }
  | { to: 'agent'; agentId: string };

/** The RONA popover (POP-11): shown until the agent picks Available or Idle. */
export interface RonaNotice {
  interactionId: string;
  customerLabel: string;
  at: number;
}

/** Short-lived messages the elements announce (a dropped customer, a CAD conflict). */
export interface Notice {
  id: string;
  kind: 'customer-dropped' | 'variable-conflict' | 'returned-to-queue' | 'info';
  interactionId?: string;
  message: string;
  at: number;
}
