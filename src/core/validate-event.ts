import type { AdapterEvent } from './adapter-events.js';

/**
 * Shape checks for adapter events. An adapter is foreign code: anything it sends is checked
 * here before the reducer sees it, so a bad event is reported instead of corrupting state.
 */
type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, p) => (typeof v === 'string' ? null : `${p} must be a string`);
const id: Check = (v, p) =>
  typeof v === 'string' && v.length > 0 && v.length <= 200 ? null : `${p} must be a non-empty id`;
const num: Check = (v, p) =>
  typeof v === 'number' && Number.isFinite(v) ? null : `${p} must be a finite number`;
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} must be true or false`);
const opt =
  (check: Check): Check =>
  (v, p) =>
    v === undefined ? null : check(v, p);
const oneOf =
  (...values: readonly string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? null : `${p} must be one of ${values.join(', ')}`;
const arrayOf =
  (check: Check, max = 10_000): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p} must be an array`;
    if (v.length > max) return `${p} has more than ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isObject(v)) return `${p} must be an object`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key], `${p}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
/** Like `shape`, but every field may be missing: for partial updates. */
const partial =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isObject(v)) return `${p} must be an object`;
    for (const key of Object.keys(v)) {
      if (!Object.hasOwn(fields, key)) return `${p}.${key} is not a known field`;
      const problem = fields[key](v[key], `${p}.${key}`);
      if (problem) return problem;
    }
    return null;
  };

const channel = oneOf('voice', 'chat', 'email', 'social');
const role = oneOf('customer', 'primary', 'consulted', 'conferenced', 'dial-number', 'supervisor');
const participant = shape({ id, name: str, role, joinedAt: num, bnr: opt(bool) });
const recording = shape({
  state: oneOf('off', 'recording', 'paused'),
  resumesAt: opt(num),
});
const destination = shape({
  type: oneOf('agent', 'queue', 'entry-point', 'dial-number', 'organization'),
  id,
  name: opt(str),
});
const variable = shape({
  name: id,
  label: str,
  type: oneOf('string', 'number', 'boolean', 'datetime'),
  value: str,
  editable: bool,
  secure: bool,
  showOnPopover: bool,
  order: num,
  version: num,
});
const interactionInit = shape({
  channel,
  kind: oneOf('inbound', 'outdial', 'preview-campaign', 'callback', 'consult-request'),
  callbackKind: opt(oneOf('courtesy', 'web', 'scheduled', 'personal')),
  customer: shape({ name: opt(str), number: str }),
  dnis: opt(str),
  queueName: opt(str),
  entryPointName: opt(str),
  variables: opt(arrayOf(variable, 500)),
  consultRequester: opt(shape({ name: str, dialNumber: str, team: str })),
  linkedInteractionId: opt(id),
});
const agentFields = {
  name: str,
  dialNumber: str,
  teamId: str,
  teamName: str,
  buddyTeamIds: arrayOf(str),
  availability: oneOf('available', 'idle'),
  idleCodeId: opt(str),
  idleCodes: arrayOf(shape({ id, label: str })),
  telephonyMode: oneOf('desktop', 'phone'),
  settings: shape({ backgroundNoiseReduction: bool }),
  signedIn: bool,
};
const agent = shape({ id, ...agentFields });
const tenant = shape({
  popoverVariables: shape({
    voice: arrayOf(str),
    outdial: arrayOf(str),
    chat: arrayOf(str),
    email: arrayOf(str),
    social: arrayOf(str),
  }),
  sensitiveDataProtection: bool,
  ringTimeoutMs: num,
  recordingPauseMs: num,
  endCallForWebCallbacks: bool,
  callbackEntryPointId: opt(str),
  concurrentCallLimit: num,
  concurrentCallLimitReasonCode: str,
  conferenceLimit: num,
  wrapUpReasons: arrayOf(shape({ id, label: str })),
  callbackReasonVariable: str,
  ronaIdleCodeId: str,
});
const directory = shape({
  agents: arrayOf(
    shape({ id, name: str, teamId: str, teamName: str, dialNumber: str, available: bool }),
  ),
  queues: arrayOf(
    shape({
      id,
      name: str,
      active: bool,
      channel: oneOf('telephony', 'chat', 'email', 'social'),
      agentIds: arrayOf(str),
    }),
  ),
  entryPoints: arrayOf(
    shape({ id, name: str, active: bool, capacityBased: bool, outdial: bool }),
  ),
  dialNumbers: arrayOf(shape({ id, name: str, number: str, capacityBased: bool })),
  organizations: arrayOf(shape({ id, name: str })),
  refreshedAt: opt(num),
});
const assignment: Check = (v, p) => {
  if (!isObject(v)) return `${p} must be an object`;
  if (v.to === 'any' || v.to === 'myself') return null;
  if (v.to === 'agent') return id(v.agentId, `${p}.agentId`);
  return `${p}.to must be any, myself or agent`;
};
const scheduledCallback = shape({
  id,
  customerName: str,
  customerNumber: str,
  startAt: str,
  endAt: str,
  timeZone: str,
  assignment,
  queueId: str,
  reason: opt(str),
  personal: bool,
  linkedInteractionId: opt(str),
  createdBy: str,
});

/** Fields per event type, besides the common ones. */
const schemas: Record<AdapterEvent['type'], Record<string, Check>> = {
  'session-started': { agent, tenant, directory },
  'agent-updated': { agent: partial(agentFields) },
  'tenant-updated': { tenant },
  'directory-updated': { directory },
  'callbacks-updated': { callbacks: arrayOf(scheduledCallback) },
  'interaction-connecting': { interaction: interactionInit },
  'interaction-offered': { interaction: opt(interactionInit) },
  'interaction-accepted': {
    participants: arrayOf(participant, 64),
    controllerId: id,
    recording,
    bnr: bool,
  },
  rona: {},
  'interaction-removed': {
    reason: oneOf('declined', 'returned-to-queue', 'cancelled', 'transferred', 'wrapped-up', 'ended'),
  },
  'hold-changed': { leg: oneOf('customer', 'consult'), onHold: bool },
  'consult-updated': {
    destination,
    state: oneOf('requested', 'ringing', 'answered'),
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
  'variables-updated': { variables: arrayOf(variable, 500) },
  'interaction-ended': { wrapUpRequired: bool },
};

/** Events that carry `interactionId` and `seq`. */
export function isInteractionEventType(type: string): boolean {
  return (
    Object.hasOwn(schemas, type) &&
    !['session-started', 'agent-updated', 'tenant-updated', 'directory-updated', 'callbacks-updated'].includes(
      type,
    )
  );
}

export type EventCheck =
  | { ok: true; event: AdapterEvent }
  | { ok: false; kind: 'malformed' | 'unknown-event'; detail: string; type?: string };

export function checkAdapterEvent(input: unknown): EventCheck {
  if (!isObject(input)) return { ok: false, kind: 'malformed', detail: 'the event is not an object' };
  const type = input.type;
  if (typeof type !== 'string') return { ok: false, kind: 'malformed', detail: 'event.type is missing' };
  if (!Object.prototype.hasOwnProperty.call(schemas, type)) {
    return { ok: false, kind: 'unknown-event', detail: type, type: type.slice(0, 80) };
  }
  const common: Record<string, Check> = { eventId: id, at: num };
  if (isInteractionEventType(type)) Object.assign(common, { interactionId: id, seq: num });
  const problem = shape({ ...common, ...schemas[type as AdapterEvent['type']] })(input, 'event');
  if (problem) return { ok: false, kind: 'malformed', detail: problem, type };
  return { ok: true, event: input as unknown as AdapterEvent };
}
