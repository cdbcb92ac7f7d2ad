import type { DeskState } from '../state.js';
import type { Agent } from '../types.js';
import { isAccepted } from './status.js';
import type { Verdict } from './verdict.js';
import { allow, deny } from './verdict.js';

export interface BnrControl extends Verdict {
  /** BNR-1: desktop mode only; phone mode shows no BNR control. */
  visible: boolean;
  /** BNR-2: on, or off (struck through). BNR-4: this agent's own setting. */
  enabled: boolean;
}

/** BNR-1..BNR-4: the per-call BNR icon beside the customer. */
export function bnrControl(state: DeskState, id: string): BnrControl {
  const i = state.interactions[id];
  const visible = state.agent.telephonyMode === 'desktop' && !!i && i.channel === 'voice';
  const enabled = i?.bnr ?? false;
  if (!i) return { visible, enabled, ...deny('rules.unknownInteraction') };
  if (!visible) return { visible, enabled, ...deny('rules.bnr.phoneMode') };
  if (!isAccepted(i)) return { visible, enabled, ...deny('rules.call.notAccepted') };
  // BNR-3: locked while a consult is under way.
  if (i.consult) return { visible, enabled, ...deny('rules.bnr.consult') };
  return { visible, enabled, ...allow() };
}

/** BNR-1: "Apply background noise reduction" is a desktop-mode setting. */
export const bnrSettingVisible = (agent: Agent): boolean => agent.telephonyMode === 'desktop';
