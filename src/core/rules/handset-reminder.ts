import type { Agent, Interaction } from '../types.js';

/**
 * END-5: in phone mode, once a call's wrap-up is submitted, the agent is reminded to disconnect
 * the handset or headset before the next call can arrive. A desktop-mode call ends in the page,
 * and a chat or email has no handset.
 */
export const remindsToDisconnectHandset = (agent: Agent, i: Interaction): boolean =>
  agent.telephonyMode === 'phone' && i.channel === 'voice';
