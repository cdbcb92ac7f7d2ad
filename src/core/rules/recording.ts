import type { DeskState } from '../state.js';
import type { Interaction } from '../types.js';
import { inConsult } from './call-controls.js';
import { isAccepted, isController } from './status.js';
import { firstRefusal, type Verdict } from './verdict.js';
import { withCall } from './with-call.js';

const recordingCheck = (state: DeskState, id: string, wanted: 'recording' | 'paused'): Verdict =>
  withCall(state, id, (i) =>
    firstRefusal(
      !(isAccepted(i) && i.phase === 'connected') && 'rules.call.notAccepted',
      i.recording.state === 'off' && 'rules.recording.off',
      // REC-3: the guide says pause and resume do not work during consult and conference, for
      // every agent in it: the consulted agent's desk has no consult of its own (`inConsult`).
      inConsult(state, i) && 'rules.recording.consult',
      i.inConference && 'rules.recording.conference',
      // CONF-8: recording is the controlling agent's control (`participantControls`).
      !isController(state, i) && 'rules.participant.notController',
      i.recording.state !== wanted && (wanted === 'recording' ? 'rules.recording.alreadyPaused' : 'rules.recording.notPaused'),
    ),
  );

/** REC-1, REC-3, CONF-8: the agent in control pauses a recording call, not during a consult or a conference. */
export const canPauseRecording = (state: DeskState, id: string): Verdict => recordingCheck(state, id, 'recording');

/** REC-1, REC-3, CONF-8: resume a paused recording, with the same limits. */
export const canResumeRecording = (state: DeskState, id: string): Verdict => recordingCheck(state, id, 'paused');

/** REC-2: how long until a pause ends by itself. */
export function recordingRemainingMs(i: Interaction, now: number): number | undefined {
  if (i.recording.state !== 'paused' || i.recording.resumesAt === undefined) return undefined;
  return Math.max(0, i.recording.resumesAt - now);
}
