/** English strings of agent-status. */
export const agentStatusEn = {
  'ui.agent.group': 'Agent state',
  'ui.agent.state': 'Your state',
  'ui.agent.available': 'Available',
  'ui.agent.idle': 'Idle',
  'ui.agent.idleWith': 'Idle: {reason}',
  'ui.agent.idleRona': 'Idle: request not answered',
  'ui.agent.signOut': 'Sign out',
  'ui.agent.noStore': 'Not connected to a desk.',
  'ui.agent.bnrSetting': 'Apply background noise reduction',
  'ui.agent.outdial': 'Outdial',
  'ui.agent.outdialForm': 'Make an outdial call',
  'ui.agent.outdialNumber': 'Number to call',
  'ui.agent.outdialHint': '7 to 15 digits; a leading + for the country code; spaces, hyphens, commas and periods are allowed.',
  'ui.agent.outdialAni': 'Caller ID shown to the customer',
  'ui.agent.outdialCall': 'Call',
  'ui.agent.outdialCalling': 'Calling…',
} as const;
