import { REQUEST_NAMES } from './requests.js';
import type { AdapterEvent, InteractionInit, VariableInput } from './adapter-events.js';
import { LIMITS } from './limits.js';
import { quoteText } from './quote.js';
import type { Agent, Directory, Participant, Recording, ScheduledCallback, TenantConfig } from './types.js';

/**
 * Shape checks for adapter events. An adapter is foreign code: anything it sends is checked
 * here before the reducer sees it, so a bad event is reported instead of corrupting state.
 *
 * Checking is copying: the walker reads every field it knows once, from the object's own
 * properties only (never Object.prototype's), and builds a plain copy of what it read; fields the
 * schema does not know are left behind. The store applies that copy, so a getter that answers
 * differently the second time, a proxy, or an adapter that mutates its object after dispatch
 * cannot change what was validated. A field that cannot be read (a getter or a proxy that throws)
 * is a malformed event like any other.
 *
 * Each event's shape is data, a `Spec`, read by one walker (`read`):
 * - `'a|b|c'`: one of those strings;
 * - `[item]` or `[item, max]`: an array of at most `max` items (10,000 unless said), each an `item`;
 * - `{ field: spec }`: an object with those fields (others are dropped from the copy);
 * - a function: the leaves `str` (up to 100,000 characters), `id` (1 to 200 characters), `num`
 *   (finite), `whole` (a whole number from 0), `time` (epoch ms, 1970 to 2200), `duration` (ms, at
 *   most a week) and `bool`; `opt(spec)` for a field that may be missing; and the two rules data does
 *   not say: agent-updated names only fields the agent has, and a callback's `agentId` counts only
 *   when it is assigned to an agent (a function sees the copy of the object that holds the field).
 * The first problem found is the error: the path to it and what was expected there. Names the
 * schema does not know are quoted short and with control characters spelled out (`quoteText`).
 */
type Spec = Check | string | readonly [Spec, number?] | Fields;
type Fields = { readonly [field: string]: Spec };
/** Reads one value: the copy to keep, or throws a `Problem` naming the path. */
type Check = (value: unknown, path: string, parent: Record<string, unknown>) => unknown;

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

class Problem {
  constructor(readonly detail: string) {}
}
const fail = (detail: string): never => {
  throw new Problem(detail);
};

/** Whether `v` has `key` as its own property, and its value: each read once, never Object.prototype's. */
function field(v: object, key: string | number, path: string): [present: boolean, value: unknown] {
  try {
    return Object.hasOwn(v, key) ? [true, (v as Record<string, unknown>)[key]] : [false, undefined];
  } catch {
    // A getter or a proxy trap that throws.
    return fail(`${path} could not be read`);
  }
}

function kindOf(v: unknown, path: string): 'array' | 'object' | 'other' {
  try {
    if (Array.isArray(v)) return 'array';
  } catch {
    // A revoked proxy.
    return fail(`${path} could not be read`);
  }
  return typeof v === 'object' && v !== null ? 'object' : 'other';
}

/** A field name in a path: as is when it reads as one, else quoted short. */
const step = (path: string, name: string) =>
  /^[A-Za-z_$][\w$]{0,59}$/.test(name) ? `${path}.${name}` : `${path}["${quoteText(name)}"]`;

function read(spec: Spec, v: unknown, path: string, parent: Record<string, unknown> = {}): unknown {
  if (typeof spec === 'function') return spec(v, path, parent);
  if (typeof spec === 'string') {
    const values = spec.split('|');
    return values.includes(v as string) ? v : fail(`${path} must be one of ${values.join(', ')}`);
  }
  const kind = kindOf(v, path);
  if (Array.isArray(spec)) {
    const [item, max = LIMITS.items] = spec as readonly [Spec, number?];
    if (kind !== 'array') return fail(`${path} must be an array`);
    const length = field(v as object, 'length', path)[1] as number;
    if (length > max) return fail(`${path} has more than ${max} items`);
    const copy: unknown[] = [];
    for (let i = 0; i < length; i++) copy.push(read(item, field(v as object, i, `${path}[${i}]`)[1], `${path}[${i}]`));
    return copy;
  }
  if (kind !== 'object') return fail(`${path} must be an object`);
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(spec)) {
    const at = step(path, name);
    const [present, raw] = field(v as object, name, at);
    const value = read((spec as Fields)[name], raw, at, copy);
    // Kept when the adapter said it, even as undefined: agent-updated unsets a field that way.
    if (present) copy[name] = value;
  }
  return copy;
}

const leaf =
  (fits: (v: unknown) => boolean, expected: string): Check =>
  (v, path) =>
    fits(v) ? v : fail(`${path} must be ${expected}`);
const str: Check = (v, path) =>
  typeof v !== 'string'
    ? fail(`${path} must be a string`)
    : v.length > LIMITS.text
      ? fail(`${path} has more than ${LIMITS.text} characters`)
      : v;
const id = leaf(
  (v) => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.id,
  `an id of 1 to ${LIMITS.id} characters`,
);
const num = leaf(Number.isFinite, 'a finite number');
const whole = leaf((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number from 0');
const time = leaf(
  (v) => typeof v === 'number' && v >= 0 && v <= LIMITS.latestTime,
  'a time in epoch ms from 1970 to 2200',
);
const duration = leaf(
  (v) => typeof v === 'number' && v >= 0 && v <= LIMITS.longestDuration,
  'a duration in ms from 0 to a week',
);
const bool = leaf((v) => typeof v === 'boolean', 'true or false');
const opt = (spec: Spec) =>
  ((v, path, parent) => (v === undefined ? undefined : read(spec, v, path, parent))) as Optional;

const participant: FieldsOf<Participant> = {
  id,
  name: str,
  role: 'customer|primary|consulted|conferenced|dial-number|supervisor',
  joinedAt: time,
  bnr: opt(bool),
};
const recording: FieldsOf<Recording> = { state: 'off|recording|paused', resumesAt: opt(time) };
const variable: FieldsOf<VariableInput> = {
  name: id,
  label: str,
  type: 'string|number|boolean|datetime',
  value: str,
  editable: bool,
  secure: bool,
  showOnPopover: bool,
  order: num,
  version: whole,
};
const interactionInit: FieldsOf<InteractionInit> = {
  channel: 'voice|chat|email|social',
  kind: 'inbound|outdial|preview-campaign|callback|consult-request',
  callbackKind: opt('courtesy|web|scheduled|personal'),
  customer: { name: opt(str), number: str },
  dnis: opt(str),
  queueName: opt(str),
  entryPointName: opt(str),
  variables: opt([variable, LIMITS.variables]),
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
/** An adapter's reasons per request it cannot do, copied field by field (only request names). */
const reasons: Check = (v, path) => {
  if (kindOf(v, path) !== 'object') return fail(`${path} must be an object of request names to reasons`);
  const copy: Record<string, string> = {};
  for (const name of Object.keys(v as object)) {
    if (!(REQUEST_NAMES as readonly string[]).includes(name)) return fail(`${step(path, name)} is not a request name`);
    copy[name] = str(field(v as object, name, step(path, name))[1], step(path, name), copy) as string;
  }
  return copy;
};
const destinationTypes = opt(['agent|queue|entry-point|dial-number|organization', 5]);
const capabilities: Check = (v, path, parent) =>
  read({ unsupported: opt(reasons), destinations: opt({ consult: destinationTypes, transfer: destinationTypes }) }, v, path, parent);
const unknownField: Check = (_, path) => fail(`${path} is not a known field`);
/** agent-updated: the agent's fields it names, each checked as in the agent, and no other field. */
const agentChanges: Check = (v, path) => {
  let names: string[] = [];
  try {
    if (kindOf(v, path) === 'object') names = Object.keys(v as object);
  } catch (error) {
    if (error instanceof Problem) throw error;
    fail(`${path} could not be read`);
  }
  const spec: Fields = Object.fromEntries(
    names.map((name) => [name, Object.hasOwn(agentFields, name) ? agentFields[name] : unknownField]),
  );
  return read(spec, v, path);
};
const tenant: FieldsOf<TenantConfig> = {
  popoverVariables: { voice: [str], outdial: [str], chat: [str], email: [str], social: [str] },
  popoverLinks: opt({ voice: opt([{ label: str, url: str }, 20]), chat: opt([{ label: str, url: str }, 20]), email: opt([{ label: str, url: str }, 20]), social: opt([{ label: str, url: str }, 20]) }),
  sensitiveDataProtection: bool,
  ringTimeoutMs: duration,
  recordingPauseMs: duration,
  endCallForWebCallbacks: bool,
  callbackEntryPointId: opt(str),
  concurrentCallLimit: whole,
  concurrentCallLimitReasonCode: str,
  activeCalls: opt(whole),
  outdialAnis: opt([{ id, name: str, number: str }, 100]),
  conferenceLimit: whole,
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
  refreshedAt: opt(time),
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
  'interaction-accepted': { participants: [participant, LIMITS.participants], controllerId: id, recording, bnr: bool, dialling: opt(bool) },
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
  'variables-updated': { variables: [variable, LIMITS.variables] },
  'interaction-ended': { wrapUpRequired: bool },
};

/** Events that carry `interactionId` and `seq`. */
export function isInteractionEventType(type: string): boolean {
  return Object.hasOwn(interactionEvents, type);
}

export type EventCheck =
  | { ok: true; event: AdapterEvent }
  | { ok: false; kind: 'malformed' | 'unknown-event'; detail: string; type?: string };

/**
 * The event as the store may apply it: a plain copy of the fields its type has, each read once
 * (see above), or why it cannot be.
 */
export function checkAdapterEvent(input: unknown): EventCheck {
  let type: string;
  try {
    ({ type } = read({ type: str }, input, 'event') as { type: string });
  } catch (error) {
    return { ok: false, kind: 'malformed', detail: problemOf(error, 'event') };
  }
  const interaction = isInteractionEventType(type);
  const fields: Fields | undefined = interaction
    ? { interactionId: id, seq: whole, ...interactionEvents[type as InteractionEventType] }
    : Object.hasOwn(sessionEvents, type)
      ? { seq: whole, ...sessionEvents[type as SessionEventType] }
      : undefined;
  const shown = quoteText(type, 80);
  if (!fields) return { ok: false, kind: 'unknown-event', detail: shown, type: shown };
  try {
    const copy = read({ eventId: id, at: time, ...fields }, input, 'event') as Record<string, unknown>;
    return { ok: true, event: { type, ...copy } as unknown as AdapterEvent };
  } catch (error) {
    return { ok: false, kind: 'malformed', detail: problemOf(error, 'event'), type };
  }
}

/** A problem's sentence; anything else thrown while reading (a hostile object) says only where. */
function problemOf(error: unknown, path: string): string {
  return error instanceof Problem ? error.detail : `${path} could not be read`;
}

/** The walker for adapter results (validate-result.ts): a plain copy of what `spec` knows, or the problem. */
export function readShape(spec: Spec, value: unknown, path: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: read(spec, value, path) };
  } catch (error) {
    return { ok: false, detail: problemOf(error, path) };
  }
}

/** The shapes adapter results share with events. */
export { directory as directorySpec, id as idSpec, num as numSpec, scheduledCallback as scheduledCallbackSpec, str as strSpec, type Spec };
