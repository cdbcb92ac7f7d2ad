/** English strings of agent-popover. */
export const agentPopoverEn = {
  'ui.popover.region': 'Incoming requests',
  'ui.popover.connecting': 'A new request is being assigned to you…',
  'ui.popover.announce': 'New request: {label} from {customer}.',
  'ui.popover.answerOnPhone': 'Answer on your phone',
  'ui.popover.previous': 'Previous requests',
  'ui.popover.next': 'Next requests',
  'ui.popover.elapsed': 'Offered {time} ago',
  'ui.popover.dnis': 'Dialed number',
  'ui.popover.queue': 'Queue',
  'ui.popover.ronaTitle': 'You missed a request',
  'ui.popover.ronaBody': 'The request from {customer} went back to the queue and your state is now Idle.',
  'ui.popover.ronaAvailable': 'Go Available',
  'ui.popover.ronaIdle': 'Stay Idle',
  'ui.popover.dismiss': 'Dismiss',
  'ui.popover.links': 'Links',
  'ui.popover.newTab': '{label} (opens in a new tab)',
} as const;
