import type { RTCSession } from 'jssip/lib/RTCSession';
import type { UA } from 'jssip/lib/UA';
import type { AdapterEventInput } from '../core/adapter-events.js';
import type { Clock, TimerHandle } from '../core/clock.js';
import { t, type MessageKey, type MessageParams } from '../core/i18n.js';
import { RequestError } from '../core/requests.js';
import type { Agent, Destination, Directory, InteractionKind, Participant, TenantConfig } from '../core/types.js';
import type { remoteAudio } from './media.js';

export type SipPhase = 'offered' | 'connected' | 'post-call' | 'wrap-up';

/** One interaction on this line: the SIP session to the other party, and a consult call beside it. */
export interface SipCall {
  id: string;
  kind: InteractionKind;
  session: RTCSession;
  phase: SipPhase;
  participants: Participant[];
  controllerId: string;
  held: boolean;
  consult?: { session: RTCSession; destination: Destination; state: 'requested' | 'ringing' | 'answered'; participant?: Participant; held: boolean };
  ronaTimer?: TimerHandle;
  microphone?: MediaStream;
}

/** What the adapter's parts share: the UA, the agent's side of the platform, the calls. */
export interface Line {
  ua: () => UA;
  clock: Clock;
  agent: Agent;
  tenant: TenantConfig;
  directory: Directory;
  domain: string;
  calls: Map<string, SipCall>;
  audio: ReturnType<typeof remoteAudio>;
  iceServers: RTCIceServer[];
  dtmf: 'rfc4733' | 'info';
  getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  emit(input: AdapterEventInput): void;
  /** The call left the desk: its last event is sent, its timers and microphone stopped. */
  forget(call: SipCall): void;
  nextId(): string;
}

export function refuse(code: string, key: MessageKey, params?: MessageParams): never {
  throw new RequestError(code, t(key, params));
}

export function callOf(line: Line, id: string): SipCall {
  const call = line.calls.get(id);
  if (!call) refuse('not-found', 'sip.notFound');
  return call;
}

export function liveCall(line: Line, id: string): SipCall {
  const call = callOf(line, id);
  if (call.phase !== 'connected' && call.phase !== 'post-call') refuse('not-active', 'sip.notActive');
  return call;
}

/** A directory agent's or a number's SIP URI; a destination SIP cannot reach is refused. */
export function targetUri(line: Line, destination: Destination): string {
  let number: string | undefined;
  if (destination.type === 'agent') number = line.directory.agents.find((a) => a.id === destination.id)?.dialNumber;
  else if (destination.type === 'dial-number') number = line.directory.dialNumbers.find((n) => n.id === destination.id)?.number ?? destination.id;
  if (!number) refuse('unsupported-destination', 'sip.unsupportedDestination');
  return toUri(line, number);
}

export const toUri = (line: Line, number: string) => (/^sips?:/.test(number) ? number : `sip:${number.replace(/[\s()-]/g, '')}@${line.domain}`);

/** Waits for a JsSIP re-offer slot: hold/unhold return false while a previous one settles. */
export async function reOffer(session: RTCSession, run: (done: () => void) => boolean): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    let resolveDone!: () => void;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    if (session.isReadyToReOffer() && run(resolveDone)) return done;
    // Network time, not desk time: the real clock even when the desk runs on a virtual one.
    await new Promise<void>((resolve) => setTimeout(resolve, 100));
    if (session.isEnded()) refuse('not-active', 'sip.notActive');
  }
  refuse('busy', 'sip.busy');
}
