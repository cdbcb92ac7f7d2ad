import { REQUEST_NAMES } from './requests.js';
import type { AdapterEvent, InteractionInit, VariableInput } from './adapter-events.js';
import type { Agent, Directory, Participant, Recording, ScheduledCallback, TenantConfig } from './types.js';

/**
 * Shape checks for adapter events. An adapter is foreign code: anything it sends is checked
 * here before the reducer sees it, so a bad event is reported instead of corrupting state.
 *
 * Each event's shape is data, a `Spec`, read by one walker (`check`):
 * - `'a|b|c'`: one of those strings;
 * - `[item]` or `[item, max]`: an array of at most `max` items (10,000 unless said), each an `item`;
 * - `{ field: spec }`: an object with those fields (others are not looked at);
 * - a function: the leaves `str`, `id` (1 to 200 characters), `num` (finite) and `bool`;
 *   `opt(spec)` for a field that may be missing; and the two rules data does not say:
 *   agent-updated names only fields the agent has, and a callback's `agentId` counts only when
 *   it is assigned to an agent (a function sees the object that holds the field).
 * The first problem found is the error: the path to it and what was expected there.
 */
type Spec = Check | string | readonly [Spec, number?] | Fields;
type Fields = { readonly [field: string]: Spec };
/** The problem, as a sentence that names the path; nothing when the value fits. */
type Check = (value: unknown, path: string, parent: Record<string, unknown>) => string | undefined;

/**
 * Types only: a spec names every field of T, and no other; each optional field, and only those,
 * is an `opt()` one; nested objects and array items are held to their own types the same way.
 */
declare const optional: unique symbol;
type Optional = Check & { [optional]: true };
type Mandatory = Check & { [optional]?: never };
type FieldsOf<T> = { readonly [K in keyof T]-?: undefined extends T[K] ? Optional : SpecOf<T[K]> };
type SpecOf<T> = T extends readonly (infer Item)[]
  ? readonly [SpecOf<Item>, number?]
  : T extends string | number | boolean
    ? string | Mandatory
    : FieldsOf<T> | Mandatory;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function check(spec: Spec, v: unknown, path: string, parent: Record<string, unknown> = {}): string | undefined {
  if (typeof spec === 'function') return spec(v, path, parent);
  if (typeof spec === 'string') {
    const values = spec.split('|');
    return values.includes(v as string) ? undefined : `${path} must be one of ${values.join(', ')}`;
  }
  if (Array.isArray(spec)) {
    const [item, max = 10_000] = spec as readonly [Spec, number?];
    if (!Array.isArray(v)) return `${path} must be an array`;
    if (v.length > max) return `${path} has more than ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(item, v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return;
  }
  if (!isObject(v)) return `${path} must be an object`;
  for (const field of Object.keys(spec)) {
    const problem = check((spec as Fields)[field], v[field], `${path}.${field}`, v);
    if (problem) return problem;
  }
}

const leaf =
  (fits: (v: unknown) => boolean, expected: string): Check =>
  (v, path) =>
    fits(v) ? undefined : `${path} must be ${expected}`;
const str = leaf((v) => typeof v === 'string', 'a string');
const id = leaf((v) => typeof v === 'string' && v.length > 0 && v.length <= 200, 'an id of 1 to 200 characters');
const num = leaf(Number.isFinite, 'a finite number');
const bool = leaf((v) => typeof v === 'boolean', 'true or false');
const opt = (spec: Spec) =>
  ((v, path, parent) => (v === undefined ? undefined : check(spec, v, path, parent))) as Optional;

const participant: FieldsOf<Participant> = {
  id,
  name: str,
  role: 'customer|primary|consulted|conferenced|dial-number|supervisor',
  joinedAt: num,
  bnr: opt(bool),
};
const recording: FieldsOf<Recording> = { state: 'off|recording|paused', resumesAt: opt(num) };
const variable: FieldsOf<VariableInput> = {
  name: id,
  label: str,
  type: 'string|number|boolean|datetime',
  value: str,
  editable: bool,
  secure: bool,
  showOnPopover: bool,
  order: num,
  version: num,
};
const interactionInit: FieldsOf<InteractionInit> = {
  channel: 'voice|chat|email|social',
  kind: 'inbound|outdial|preview-campaign|callback|consult-request',
  callbackKind: opt('courtesy|web|scheduled|personal'),
  customer: { name: opt(str), number: str },
  dnis: opt(str),
  queueName: opt(str),
  entryPointName: opt(str),
  variables: opt([variable, 500]),
  consultRequester: opt({ name: str, dialNumber: str, team: str }),
  linkedInteractionId: opt(id),
};
const idAndLabel = { id, label: str };
/** The agent's fields but its id. */
const agentFields: FieldsOf<Omit<Agent, 'id'>> & Fields = {
  name: str,
  dialNumber: str,
  teamId: str,
  teamName: str,
  buddyTeamIds: [str],
  availability: 'available|idle',
  idleCodeId: opt(str),
  idleCodes: [idAndLabel],
  telephonyMode: 'desktop|phone',
  settings: { backgroundNoiseReduction: bool },
  signedIn: bool,
};
const reasons = leaf(
  (v) => isObject(v) && Object.entries(v).every(([name, reason]) => (REQUEST_NAMES as readonly string[]).includes(name) && typeof reason === 'string'),
  'an object of request names to reasons',
);
const destinationTypes = opt(['agent|queue|entry-point|dial-number|organization', 5]);
const capabilities: Check = (v, path, parent) =>
  check({ unsupported: opt(reasons), destinations: opt({ consult: destinationTypes, transfer: destinationTypes }) }, v, path, parent);
const unknownField: Check = (_, path) => `${path} is not a known field`;
/** agent-updated: the agent's fields it names, each checked as in the agent, and no other field. */
const agentChanges: Check = (v, path) =>
  check(
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v).map((field) => [field, Object.hasOwn(agentFields, field) ? agentFields[field] : unknownField]),
        )
      : {},
    v,
    path,
  );
const tenant: FieldsOf<TenantConfig> = {
  popoverVariables: { voice: [str], outdial: [str], chat: [str], email: [str], social: [str] },
  popoverLinks: opt({ voice: opt([{ label: str, url: str }, 20]), chat: opt([{ label: str, url: str }, 20]), email: opt([{ label: str, url: str }, 20]), social: opt([{ label: str, url: str }, 20]) }),
  sensitiveDataProtection: bool,
  ringTimeoutMs: num,
  recordingPauseMs: num,
  endCallForWebCallbacks: bool,
  callbackEntryPointId: opt(str),
  concurrentCallLimit: num,
  concurrentCallLimitReasonCode: str,
  activeCalls: opt(num),
  outdialAnis: opt([{ id, name: str, number: str }, 100]),
  conferenceLimit: num,
  wrapUpReasons: [idAndLabel],
  callbackReasonVariable: str,
  ronaIdleCodeId: str,
};
const directory: FieldsOf<Directory> = {
  agents: [{ id, name: str, teamId: str, teamName: str, dialNumber: str, available: bool }],
  queues: [{ id, name: str, active: bool, channel: 'telephony|chat|email|social', agentIds: [str] }],
  entryPoints: [{ id, name: str, active: bool, capacityBased: bool, outdial: bool }],
  dialNumbers: [{ id, name: str, number: str, capacityBased: bool }],
  organizations: [{ id, name: str }],
  refreshedAt: opt(num),
};
const scheduledCallback: FieldsOf<ScheduledCallback> = {
  id,
  customerName: str,
  customerNumber: str,
  startAt: str,
  endAt: str,
  timeZone: str,
  /** `{ to: 'any' }`, `{ to: 'myself' }` or `{ to: 'agent', agentId }`. */
  assignment: {
    to: 'any|myself|agent',
    agentId: (v, path, assignment) => (assignment.to === 'agent' ? id(v, path, assignment) : undefined),
  },
  queueId: str,
  reason: opt(str),
  personal: bool,
  linkedInteractionId: opt(str),
  createdBy: str,
};

type InteractionEventType = Extract<AdapterEvent, { interactionId: string }>['type'];
type SessionEventType = Exclude<AdapterEvent['type'], InteractionEventType>;
/** Every field of an event of type T but `type` and the common ones. */
type PayloadFields<T> = FieldsOf<Omit<Extract<AdapterEvent, { type: T }>, 'type' | 'eventId' | 'at' | 'interactionId' | 'seq'>>;

/** Events about the session: besides `type`, each has `eventId` and `at`. */
const sessionEvents: { [T in SessionEventType]: PayloadFields<T> } = {
  'session-started': { agent: { id, ...agentFields }, tenant, directory, capabilities: opt(capabilities) },
  'agent-updated': { agent: agentChanges },
  'tenant-updated': { tenant },
  'directory-updated': { directory },
  'callbacks-updated': { callbacks: [scheduledCallback] },
};
/** Events about one interaction: each also has `interactionId` and `seq`. */
const interactionEvents: { [T in InteractionEventType]: PayloadFields<T> } = {
  'interaction-connecting': { interaction: interactionInit },
  'interaction-offered': { interaction: opt(interactionInit) },
  'interaction-accepted': { participants: [participant, 64], controllerId: id, recording, bnr: bool, dialling: opt(bool) },
  'customer-answered': {},
  rona: {},
  'interaction-removed': { reason: 'declined|returned-to-queue|cancelled|transferred|wrapped-up|ended' },
  'hold-changed': { leg: 'customer|consult', onHold: bool },
  'consult-updated': {
    destination: { type: 'agent|queue|entry-point|dial-number|organization', id, name: opt(str) },
    state: 'requested|ringing|answered',
    participant: opt(participant),
  },
  'consult-ended': {},
  'conference-started': {},
  'participant-joined': { participant },
  'participant-left': { participantId: id, dropped: opt(bool) },
  'control-changed': { controllerId: id },
  'customer-left': {},
  'recording-changed': { recording },
  'bnr-changed': { enabled: bool },
  'variables-updated': { variables: [variable, 500] },
  'interaction-ended': { wrapUpRequired: bool },
};

/** Events that carry `interactionId` and `seq`. */
export function isInteractionEventType(type: string): boolean {
  return Object.hasOwn(interactionEvents, type);
}

export type EventCheck =
  | { ok: true; event: AdapterEvent }
  | { ok: false; kind: 'malformed' | 'unknown-event'; detail: string; type?: string };

export function checkAdapterEvent(input: unknown): EventCheck {
  const typeProblem = check({ type: str }, input, 'event');
  if (typeProblem) return { ok: false, kind: 'malformed', detail: typeProblem };
  const type = (input as { type: string }).type;
  const fields: Fields | undefined = isInteractionEventType(type)
    ? { interactionId: id, seq: num, ...interactionEvents[type as InteractionEventType] }
    : Object.hasOwn(sessionEvents, type)
      ? sessionEvents[type as SessionEventType]
      : undefined;
  if (!fields) return { ok: false, kind: 'unknown-event', detail: type, type: type.slice(0, 80) };
  const detail = check({ eventId: id, at: num, ...fields }, input, 'event');
  if (detail) return { ok: false, kind: 'malformed', detail, type };
  return { ok: true, event: input as unknown as AdapterEvent };
}

/** The walker and the shapes adapter results share with events (validate-result.ts). */
export { check as checkShape, directory as directorySpec, id as idSpec, num as numSpec, scheduledCallback as scheduledCallbackSpec, str as strSpec, type Spec };
