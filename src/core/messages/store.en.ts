/** English messages of the store: why an adapter event or a request was refused. */
export const storeEn = {
  'store.error.malformed': 'Malformed adapter event: {detail}.',
  'store.error.unknownEvent': 'Unknown adapter event type "{type}".',
  'store.error.unknownInteraction': 'Event "{type}" names interaction "{interactionId}", which the desk does not know.',
  'store.error.duplicate': 'Duplicate adapter event "{eventId}" was ignored.',
  'store.error.outOfOrder': 'Event "{type}" for interaction "{interactionId}" arrived out of order (seq {seq} after {lastSeq}).',
  'store.error.sessionOutOfOrder': 'Session event "{type}" arrived out of order (seq {seq} after {lastSeq}).',
  'store.error.replay': 'Event "{type}" for interaction "{interactionId}" is older than calls the desk has finished: a replay, ignored.',
  'store.error.overLimit': 'Event "{type}" for interaction "{interactionId}" was refused: {detail}.',
  'store.error.invalidTransition': 'Event "{type}" cannot apply to interaction "{interactionId}" now: {detail}.',
  'store.error.unreadableRequest': 'The "{request}" request event could not be read; nothing was sent.',
  'store.error.listenerFailed': 'A store listener threw: {detail}.',
  'store.request.failed': 'The request failed: {detail}.',
  'store.notice.customerDropped': 'The customer was dropped from the call.',
  'store.notice.returnedToQueue': 'The callback to {customer} was not answered and went back to the queue.',
  'store.customer.unknown': 'Unknown caller',
} as const;
