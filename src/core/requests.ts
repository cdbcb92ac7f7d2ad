import type {
  AgentAvailability,
  CallbackAssignment,
  Destination,
  Directory,
  LegName,
  ScheduledCallback,
} from './types.js';

/** What the agent asks for a callback; times are ISO instants, validated by `validateCallback`. */
export interface CallbackDraft {
  customerName: string;
  customerNumber: string;
  startAt: string;
  endAt: string;
  timeZone: string;
  assignment: CallbackAssignment;
  queueId: string;
  reason?: string;
  personal: boolean;
  linkedInteractionId?: string;
}

export interface VariableChange {
  name: string;
  value: string;
  /** The version the agent edited; the server refuses a save based on an older one (CAD-5). */
  baseVersion: number;
}

/**
 * Every request an element can make, by name, with its payload. Request events, the adapter's
 * methods and the store's request records all take their names from here.
 */
export interface RequestPayloads {
  accept: { interactionId: string };
  acceptAll: { interactionIds: string[] };
  decline: { interactionId: string };
  setAgentState: { availability: AgentAvailability; idleCodeId?: string };
  signOut: Record<string, never>;
  outdial: { number: string; entryPointId?: string };
  hold: { interactionId: string; leg: LegName };
  resume: { interactionId: string; leg: LegName };
  consult: { interactionId: string; destination: Destination };
  endConsult: { interactionId: string };
  exitConsult: { interactionId: string };
  conference: { interactionId: string };
  exitConference: { interactionId: string };
  transfer: { interactionId: string; destination: Destination; mode: 'blind' | 'consult' };
  dropParticipant: { interactionId: string; participantId: string };
  pauseRecording: { interactionId: string };
  resumeRecording: { interactionId: string };
  setBnr: { interactionId: string; enabled: boolean };
  setBnrDefault: { enabled: boolean };
  saveVariables: { interactionId: string; changes: VariableChange[] };
  revealVariable: { interactionId: string; name: string };
  end: { interactionId: string };
  submitWrapUp: { interactionId: string; reasonId: string };
  cancelCallback: { interactionId: string };
  scheduleCallback: { callback: CallbackDraft };
  updateCallback: { callbackId: string; callback: CallbackDraft };
  deleteCallback: { callbackId: string };
  listCallbacks: { customerNumber?: string };
  refreshDirectory: Record<string, never>;
}

export type RequestName = keyof RequestPayloads;

/** What a request resolves with; `void` for most, data for the few that fetch. */
export interface RequestResults {
  accept: void;
  acceptAll: void;
  decline: void;
  setAgentState: void;
  signOut: void;
  outdial: void;
  hold: void;
  resume: void;
  consult: void;
  endConsult: void;
  exitConsult: void;
  conference: void;
  exitConference: void;
  transfer: void;
  dropParticipant: void;
  pauseRecording: void;
  resumeRecording: void;
  setBnr: void;
  setBnrDefault: void;
  saveVariables: void;
  /** The secret goes straight into the store's vault, never into a snapshot or event. */
  revealVariable: { value: string };
  end: void;
  submitWrapUp: void;
  cancelCallback: void;
  scheduleCallback: ScheduledCallback;
  updateCallback: ScheduledCallback;
  deleteCallback: void;
  listCallbacks: ScheduledCallback[];
  refreshDirectory: Directory;
}

/** Every request name, for code that wires all of them (connectAdapter, docs, tests). */
export const REQUEST_NAMES = [
  'accept',
  'acceptAll',
  'decline',
  'setAgentState',
  'signOut',
  'outdial',
  'hold',
  'resume',
  'consult',
  'endConsult',
  'exitConsult',
  'conference',
  'exitConference',
  'transfer',
  'dropParticipant',
  'pauseRecording',
  'resumeRecording',
  'setBnr',
  'setBnrDefault',
  'saveVariables',
  'revealVariable',
  'end',
  'submitWrapUp',
  'cancelCallback',
  'scheduleCallback',
  'updateCallback',
  'deleteCallback',
  'listCallbacks',
  'refreshDirectory',
] as const satisfies readonly RequestName[];

export type RequestStatus = 'pending' | 'done' | 'failed';

/** The store's record of one outstanding or finished request. */
export interface RequestRecord<K extends RequestName = RequestName> {
  id: string;
  name: K;
  interactionId?: string;
  /** What inside the interaction it is about: a leg, a participant id, a variable name, a callback id. */
  subject?: string;
  status: RequestStatus;
  /** Why it failed, in words an agent can read. */
  reason?: string;
  /** Machine-readable failure code, e.g. `unsupported-destination`, `conflict`, `refused`. */
  code?: string;
  startedAt: number;
  settledAt?: number;
}

/** The brand of a RequestError, shared by every copy of the kit on a page (`Symbol.for`). */
const REQUEST_ERROR = Symbol.for('agent-desk-kit.request-error');

/**
 * Whether `value` is a RequestError of this or any other copy of the kit on the page: branded and
 * with a string `code`. `instanceof RequestError` asks this too, so an adapter bundled with its own
 * copy of the kit is understood.
 */
export function isRequestError(value: unknown): value is RequestError {
  const candidate = value as { [REQUEST_ERROR]?: unknown; code?: unknown } | null;
  return typeof value === 'object' && candidate !== null && candidate[REQUEST_ERROR] === true && typeof candidate.code === 'string';
}

/** An adapter rejects with this shape (or any Error) to explain a refusal. */
export class RequestError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses keep the ordinary prototype check.
    return this === RequestError ? isRequestError(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  declare readonly [REQUEST_ERROR]: true;
  readonly code: string;
  /** For a CAD conflict (CAD-5): the values that won, by variable name. */
  readonly conflicts?: readonly { name: string; value: string; version: number }[];
  constructor(
    code: string,
    message: string,
    conflicts?: readonly { name: string; value: string; version: number }[],
  ) {
    super(message);
    this.name = 'RequestError';
    Object.defineProperty(this, REQUEST_ERROR, { value: true });
    this.code = code;
    this.conflicts = conflicts;
  }
}
