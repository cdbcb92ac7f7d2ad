import type { DeskState } from '../state.js';
import type { Agent, TenantConfig } from '../types.js';
import { phoneError } from './callback.js';
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

/**
 * AGENT-4: once the contact center's calls in progress (every agent's, as the platform counts them)
 * reach the tenant's concurrent-call limit, new outdials are refused with the tenant's reason code.
 * The desk asks with the count last reported (none: the platform decides); the simulator, which
 * is the platform, asks with its own count.
 */
export function canOutdial(tenant: TenantConfig, activeCalls = tenant.activeCalls): Verdict {
  if (activeCalls !== undefined && activeCalls >= tenant.concurrentCallLimit) {
    return deny('rules.agent.concurrentLimit', { code: tenant.concurrentCallLimitReasonCode });
  }
  return allow();
}

/**
 * AGENT-5: what an outdial asks for: a number made like any phone number (SCHED-2's rule: 7 to 15
 * digits, an optional leading +, spaces, hyphens, commas, periods), and an outdial ANI the tenant has.
 */
export function outdialNumberError(number: string): string | undefined {
  return phoneError(number);
}

export function canOutdialTo(tenant: TenantConfig, payload: { number: string; aniId?: string }): Verdict {
  const numberError = outdialNumberError(payload.number);
  if (numberError) return { allowed: false, reason: numberError };
  if (payload.aniId !== undefined && !(tenant.outdialAnis ?? []).some((a) => a.id === payload.aniId)) return deny('rules.agent.unknownAni');
  return canOutdial(tenant);
}
