/** English messages of the store: why an adapter event or a request was refused. */
export const storeEn = {
  'store.error.malformed': 'Malformed adapter event: {detail}.',
  'store.error.unknownEvent': 'Unknown adapter event type "{type}".',
  'store.error.unknownInteraction': 'Event "{type}" names interaction "{interactionId}", which the desk does not know.',
  'store.error.duplicate': 'Duplicate adapter event "{eventId}" was ignored.',
  'store.error.outOfOrder': 'Event "{type}" for interaction "{interactionId}" arrived out of order (seq {seq} after {lastSeq}).',
  'store.error.invalidTransition': 'Event "{type}" cannot apply to interaction "{interactionId}" now: {detail}.',
  'store.error.listenerFailed': 'A store listener threw: {detail}.',
  'store.request.failed': 'The request failed: {detail}.',
  'store.request.timedOut': 'The contact center did not answer within {seconds} seconds. Try again.',
  'store.request.badResult': 'The contact center answered "{name}" with data the desk cannot use: {detail}.',
  'store.request.revealStale': 'The value changed or the call ended while it was being revealed. Reveal it again if you still need it.',
  'store.error.lateAnswer': 'The answer to request "{name}" ({id}) came after it timed out and was not used.',
  'store.notice.customerDropped': 'The customer was dropped from the call.',
  'store.notice.returnedToQueue': 'The callback to {customer} was not answered and went back to the queue.',
  'store.customer.unknown': 'Unknown caller',
} as const;
