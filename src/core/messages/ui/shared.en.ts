/** English strings every element may show: states, request actions, an unknown customer. */
export const uiSharedEn = {
  'ui.status.connecting': 'Connecting…',
  'ui.status.ringing': 'Ringing',
  'ui.status.dialling': 'Dialling customer…',
  'ui.status.connected': 'Connected',
  'ui.status.on-hold': 'On hold',
  'ui.status.consulting': 'Consulting',
  'ui.status.conference': 'Conference',
  'ui.status.post-call': 'Post call',
  'ui.status.wrap-up': 'Wrap-up',
  'ui.status.ended': 'Ended',
  'ui.popover.accept': 'Accept',
  'ui.popover.answer': 'Answer',
  'ui.popover.accepting': 'Accepting…',
  'ui.popover.decline': 'Decline',
  'ui.popover.cancel': 'Cancel',
  'ui.unknownCustomer': 'Unknown customer',
} as const;
