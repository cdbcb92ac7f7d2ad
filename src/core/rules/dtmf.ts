import type { DeskState } from '../state.js';
import type { Interaction } from '../types.js';
import { isAccepted } from './status.js';
import { firstRefusal, type Verdict } from './verdict.js';
import { withCall } from './with-call.js';

/** The keys of a phone keypad (RFC 4733 events 0-15), at most a short IVR entry at a time. */
export const DTMF_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
const DIGITS = /^[0-9*#A-D]{1,32}$/i;

/** The leg the agent is talking on: the consult once answered and not held, else the customer. */
const talkingLegHeld = (i: Interaction) =>
  i.consult?.state === 'answered' && !i.consult.leg.onHold ? false : i.customerLeg.onHold;

/** DTMF goes on an accepted, connected voice call whose talking leg is not on hold. */
export const canSendDtmf = (state: DeskState, id: string, digits: string): Verdict =>
  withCall(state, id, (i) =>
    firstRefusal(
      !isAccepted(i) && 'rules.call.notAccepted',
      i.channel !== 'voice' && 'rules.call.notVoice',
      i.phase !== 'connected' && 'rules.call.customerGone',
      talkingLegHeld(i) && 'rules.dtmf.onHold',
      !DIGITS.test(digits) && 'rules.dtmf.invalid',
    ),
  );
