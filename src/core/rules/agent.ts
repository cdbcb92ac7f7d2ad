import type { DeskState } from '../state.js';
import type { Agent } from '../types.js';
import { isRinging } from './status.js';
import { allow, deny, firstRefusal, type Verdict } from './verdict.js';

/** AGENT-1: offers arrive only while Available: the platform routes by it (the simulator asks this). */
export function canReceiveOffers(agent: Agent): Verdict {
  return firstRefusal(!agent.signedIn && 'rules.agent.signedOut', agent.availability !== 'available' && 'rules.agent.notAvailable');
}

/** AGENT-1: the agent signed in picks Available, or Idle with one of the tenant's idle codes (or none). */
export function canSetAgentState(state: DeskState, availability: 'available' | 'idle', idleCodeId?: string): Verdict {
  return firstRefusal(
    !state.agent.signedIn && 'rules.agent.signedOut',
    availability === 'idle' && !!idleCodeId && !state.agent.idleCodes.some((c) => c.id === idleCodeId) && 'rules.agent.unknownIdleCode',
  );
}

/** AGENT-2: no sign-out while a connecting or contact-request popover shows. */
export function canSignOut(state: DeskState): Verdict {
  const showing = Object.values(state.interactions).filter(isRinging).length;
  return showing > 0 ? deny('rules.agent.signOutWhileRequests', { count: showing }) : allow();
}

/**
 * AGENT-3: a voice request is answered or declined in the page only in desktop mode; in phone
 * mode the physical phone is where the agent takes or leaves the call, and the page says so
 * (`requestActions`).
 */
export function canDeclineVoice(agent: Agent): boolean {
  return agent.telephonyMode === 'desktop';
}

/** AGENT-4: at the tenant's concurrent-call limit, new outdials are refused with the reason code. */
export function canOutdial(state: DeskState): Verdict {
  const calls = Object.values(state.interactions).filter(
    (i) => i.channel === 'voice' && i.phase !== 'ended' && i.phase !== 'wrap-up',
  ).length;
  if (calls >= state.tenant.concurrentCallLimit) {
    return deny('rules.agent.concurrentLimit', { code: state.tenant.concurrentCallLimitReasonCode });
  }
  return allow();
}
