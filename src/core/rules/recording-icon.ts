import type { Interaction } from '../types.js';

export type RecordingIcon = 'recording' | 'paused';

/**
 * REC-4, REC-1: the recording icon beside the call, recording or paused, and with it the recording
 * row. Only while the agent talks with the customer: a call not recorded shows none, and once the
 * customer has gone (Post Call, wrap-up) there is nothing left to record or pause.
 */
export function recordingIcon(i: Interaction): RecordingIcon | undefined {
  if (i.channel !== 'voice' || i.phase !== 'connected' || i.recording.state === 'off') return undefined;
  return i.recording.state;
}
