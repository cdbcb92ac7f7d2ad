import type { Clock } from '../core/clock.js';
import type { Agent, Directory, TenantConfig } from '../core/types.js';

export interface SipAdapterOptions {
  /** The SIP-over-WebSocket server, e.g. `wss://pbx.example.com:7443`. */
  server: string;
  /** This agent's SIP address of record, e.g. `sip:1001@pbx.example.com`. */
  uri: string;
  /** Digest credentials, when the server asks for them. */
  authorizationUser?: string;
  password?: string;
  displayName?: string;
  /** STUN/TURN for calls that leave the local network; none needed on a LAN or loopback. */
  iceServers?: RTCIceServer[];
  /** Who the agent is on the desk; `dialNumber` defaults to the URI's user. */
  agent?: Partial<Agent>;
  /**
   * The host's configuration: wrap-up reasons, ring timeout before RONA (POP-11), the idle code
   * RONA sets. Plain SIP has no server for these, so the host supplies them.
   */
  tenant?: Partial<TenantConfig>;
  /** Colleagues to consult or transfer to: `dialNumber` is their SIP user or a full `sip:` URI. */
  directory?: Directory;
  /** How DTMF is sent: RFC 4733 telephone-events in the media (default), or SIP INFO. */
  dtmf?: 'rfc4733' | 'info';
  /** The timers' clock (RONA); the system clock by default. */
  clock?: Clock;
  /** Opens the microphone; `navigator.mediaDevices.getUserMedia` by default (tests inject a refusal). */
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  /** Where remote audio plays: a new `Audio` element by default. */
  audioElement?: HTMLAudioElement;
}
