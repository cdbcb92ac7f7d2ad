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
  /** AGENT-5: the number to dial and, where the tenant has several, the outdial ANI to show. */
  outdial: { number: string; entryPointId?: string; aniId?: string };
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
  /** DTMF digits (0-9, *, #, A-D) sent on the call's active leg, e.g. to navigate an IVR. */
  sendDtmf: { interactionId: string; digits: string };
  submitWrapUp: { interactionId: string; reasonId: string };
  cancelCallback: { interactionId: string };
  scheduleCallback: { callback: CallbackDraft };
  updateCallback: { callbackId: string; callback: CallbackDraft };
  deleteCallback: { callbackId: string };
  /** SCHED-9: a customer by the number typed, or by the call they are on (the platform holds its full number). */
  listCallbacks: { customerNumber?: string; interactionId?: string };
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
  sendDtmf: void;
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
  'sendDtmf',
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
  /**
   * The id minted where the request was emitted (`event.detail.requestId`), so the element that
   * asked reads exactly its own outcome; the store mints one when the caller gave none.
   */
  id: string;
  /** Creation order in this store: newer requests have larger numbers, whatever their ids. */
  order: number;
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

/** What a caller may say about one request besides its payload. */
export interface RequestOptions {
  /** The id to record it under: the emitting element's `detail.requestId`. */
  requestId?: string;
  /** How long to wait for the adapter before recording it as failed; the kind's default otherwise. */
  timeoutMs?: number;
}

/** Per request name, ms to wait for the adapter; a host overrides any of them on `connectAdapter`. */
export type RequestTimeouts = { readonly [K in RequestName]?: number };

const CONTROL_MS = 10_000;
const DIAL_MS = 20_000;
const DATA_MS = 15_000;

/**
 * Defaults per kind of request: a call control or agent state the platform applies at once (10 s);
 * one that reaches another party or routes (consult, transfer, outdial, accepting many: 20 s);
 * one that reads or writes data on a server (15 s).
 */
export const DEFAULT_REQUEST_TIMEOUTS: { readonly [K in RequestName]: number } = {
  accept: CONTROL_MS,
  acceptAll: DIAL_MS,
  decline: CONTROL_MS,
  setAgentState: CONTROL_MS,
  signOut: CONTROL_MS,
  outdial: DIAL_MS,
  hold: CONTROL_MS,
  resume: CONTROL_MS,
  consult: DIAL_MS,
  endConsult: CONTROL_MS,
  exitConsult: CONTROL_MS,
  conference: DIAL_MS,
  exitConference: CONTROL_MS,
  transfer: DIAL_MS,
  dropParticipant: CONTROL_MS,
  pauseRecording: CONTROL_MS,
  resumeRecording: CONTROL_MS,
  setBnr: CONTROL_MS,
  setBnrDefault: CONTROL_MS,
  saveVariables: DATA_MS,
  revealVariable: DATA_MS,
  end: CONTROL_MS,
  sendDtmf: CONTROL_MS,
  submitWrapUp: DATA_MS,
  cancelCallback: CONTROL_MS,
  scheduleCallback: DATA_MS,
  updateCallback: DATA_MS,
  deleteCallback: DATA_MS,
  listCallbacks: DATA_MS,
  refreshDirectory: DATA_MS,
};

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
