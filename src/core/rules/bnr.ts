import { own } from '../own.js';
import type { DeskState } from '../state.js';
import type { Agent } from '../types.js';
import { inConsult } from './call-controls.js';
import { isAccepted } from './status.js';
import { firstRefusal, type Verdict } from './verdict.js';
import { withCall } from './with-call.js';

export interface BnrControl extends Verdict {
  /** BNR-1: desktop mode only; phone mode shows no BNR control. */
  visible: boolean;
  /** BNR-2: on, or off (struck through). BNR-4: this agent's own setting. */
  enabled: boolean;
}

/**
 * BNR-1, BNR-2, BNR-3, BNR-4: the per-call BNR icon beside the customer: desktop mode only, this
 * agent's own setting, locked during a consult for every agent in it (the consulted agent too),
 * free again once it ends and in a conference (where each participant's BNR is their own).
 */
export function bnrControl(state: DeskState, id: string): BnrControl {
  const i = own(state.interactions, id);
  const visible = state.agent.telephonyMode === 'desktop' && !!i && i.channel === 'voice';
  const enabled = i?.bnr ?? false;
  return {
    visible,
    enabled,
    ...withCall(state, id, (i) =>
      firstRefusal(
        !visible && 'rules.bnr.phoneMode',
        !isAccepted(i) && 'rules.call.notAccepted',
        // BNR-3: locked while a consult is under way, on either side of it.
        inConsult(state, i) && 'rules.bnr.consult',
      ),
    ),
  };
}

/** BNR-1: "Apply background noise reduction" is a desktop-mode setting. */
export const bnrSettingVisible = (agent: Agent): boolean => agent.telephonyMode === 'desktop';
