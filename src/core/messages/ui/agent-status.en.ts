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
} as const;
