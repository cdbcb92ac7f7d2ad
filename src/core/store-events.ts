import type { AdapterEventType, RemovalReason } from './adapter-events.js';
import type { RequestRecord } from './requests.js';
import type { DeskState } from './state.js';
import type { Interaction, Notice } from './types.js';

export type StoreErrorKind =
  | 'malformed'
  | 'unknown-event'
  | 'unknown-interaction'
  | 'duplicate'
  | 'out-of-order'
  | 'invalid-transition'
  | 'over-limit'
  | 'listener-failed'
  /** An adapter answered a request after it had timed out; the answer was not used. */
  | 'late-answer';

/**
 * A refused adapter event. It names the event by type and ids only: payloads may hold customer
 * data, so they never travel in an error (a host logs these freely).
 */
export interface StoreError {
  kind: StoreErrorKind;
  message: string;
  eventType?: string;
  eventId?: string;
  interactionId?: string;
  /** For `late-answer`: the request's id and name. */
  requestId?: string;
  requestName?: string;
}

export interface AppliedEvent {
  type: AdapterEventType;
  eventId: string;
  interactionId?: string;
  at: number;
}

/** The store's typed domain events (mitt), for hosts that prefer code over DOM events. */
export type StoreEvents = {
  change: { state: DeskState; previous: DeskState };
  error: StoreError;
  applied: AppliedEvent;
  request: RequestRecord;
  notice: Notice;
  'interaction-added': Interaction;
  'interaction-removed': { interaction: Interaction; reason: RemovalReason | 'rona' };
};
