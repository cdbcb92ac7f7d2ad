/** English strings the elements show. */
export const uiEn = {
  'ui.agent.group': 'Agent state',
  'ui.agent.state': 'Your state',
  'ui.agent.available': 'Available',
  'ui.agent.idle': 'Idle',
  'ui.agent.idleWith': 'Idle: {reason}',
  'ui.agent.signOut': 'Sign out',
  'ui.agent.noStore': 'Not connected to a desk.',
} as const;
