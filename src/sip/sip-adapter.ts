import { UA, WebSocketInterface } from 'jssip';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import type { AdapterEvent } from '../core/adapter-events.js';
import type { TelephonyAdapter } from '../core/adapter.js';
import { createSystemClock } from '../core/clock.js';
import { registerDefaults } from '../core/i18n.js';
import { sipEn } from '../core/messages/sip.en.js';
import type { RequestPayloads } from '../core/requests.js';
import { createEventStamper } from '../core/stamp-events.js';
import type { Agent, Directory, TenantConfig } from '../core/types.js';
import { callRequests } from './call-requests.js';
import { onIncoming } from './incoming.js';
import { refuse, type Line } from './line.js';
import { remoteAudio, stopStream } from './media.js';
import type { SipAdapterOptions } from './options.js';
import { sipCapabilities } from './capabilities.js';

registerDefaults(sipEn);

const emptyDirectory: Directory = { agents: [], queues: [], entryPoints: [], dialNumbers: [], organizations: [] };

/** What a tenant is on plain SIP: no server configuration, so sensible defaults the host overrides. */
const defaultTenant: TenantConfig = {
  popoverVariables: { voice: [], outdial: [], chat: [], email: [], social: [] },
  sensitiveDataProtection: false,
  ringTimeoutMs: 20_000,
  recordingPauseMs: 0,
  endCallForWebCallbacks: false,
  concurrentCallLimit: 2,
  concurrentCallLimitReasonCode: 'SIP_LINE_LIMIT',
  // A consult brings a third party in (the SIP line has no conference mixer, see capabilities).
  conferenceLimit: 3,
  wrapUpReasons: [{ id: 'resolved', label: 'Resolved' }],
  callbackReasonVariable: 'callbackReason',
  ronaIdleCodeId: 'rona',
};

function userOf(uri: string): string {
  return /^sips?:([^@;]+)@/.exec(uri)?.[1] ?? uri;
}

export type SipLine = ReturnType<typeof createSipAdapter>;

/**
 * A TelephonyAdapter that makes the desk a softphone on any SIP-over-WebSocket server (JsSIP).
 * `start()` registers and tells the desk who the agent is; `stop()` hangs up and unregisters.
 */
export function createSipAdapter(options: SipAdapterOptions) {
  const clock = options.clock ?? createSystemClock();
  const stamper = createEventStamper({ now: () => clock.now(), prefix: 'sip' });
  const listeners = new Set<(event: AdapterEvent) => void>();
  const user = userOf(options.uri);
  const agent: Agent = {
    id: `agent-${user}`,
    name: options.displayName ?? user,
    dialNumber: user,
    teamId: 'sip',
    teamName: 'SIP',
    buddyTeamIds: [],
    availability: 'idle',
    idleCodes: [
      { id: 'break', label: 'Break' },
      { id: 'rona', label: 'Missed call (RONA)' },
    ],
    telephonyMode: 'desktop',
    settings: { backgroundNoiseReduction: false },
    signedIn: true,
    ...options.agent,
  };
  let ua: UA | undefined;
  let counter = 0;
  const line: Line = {
    ua: () => ua ?? refuse('not-registered', 'sip.notRegistered'),
    clock,
    agent,
    tenant: { ...defaultTenant, ...options.tenant },
    directory: options.directory ?? emptyDirectory,
    domain: /@([^;>]+)/.exec(options.uri)?.[1] ?? 'localhost',
    calls: new Map(),
    audio: remoteAudio(options.audioElement),
    iceServers: options.iceServers ?? [],
    dtmf: options.dtmf ?? 'rfc4733',
    getUserMedia: options.getUserMedia ?? ((c) => navigator.mediaDevices.getUserMedia(c)),
    emit(input) {
      const event = stamper.stamp(input);
      for (const listener of [...listeners]) listener(event);
    },
    forget(call) {
      if (call.ronaTimer) line.clock.clearTimeout(call.ronaTimer);
      line.calls.delete(call.id);
      stopStream(call.microphone);
      // Events emitted in the same turn (the call's last ones) still need its seq.
      queueMicrotask(() => stamper.forget(call.id));
    },
    nextId: () => `sip-${user}-${++counter}`,
  };

  const unsupported = async () => refuse('unsupported', 'sip.unsupported');
  const adapter: TelephonyAdapter = {
    ...callRequests(line),
    async acceptAll({ interactionIds }: RequestPayloads['acceptAll']) {
      for (const interactionId of interactionIds) await adapter.accept({ interactionId });
    },
    async setAgentState({ availability, idleCodeId }: RequestPayloads['setAgentState']) {
      if (!line.agent.signedIn) refuse('signed-out', 'sip.notRegistered');
      line.agent = { ...line.agent, availability, idleCodeId: availability === 'idle' ? idleCodeId : undefined };
      line.emit({ type: 'agent-updated', agent: { availability, idleCodeId: line.agent.idleCodeId } });
    },
    async signOut() {
      ua?.unregister({ all: false });
      line.agent = { ...line.agent, signedIn: false, availability: 'idle' };
      line.emit({ type: 'agent-updated', agent: { signedIn: false, availability: 'idle' } });
    },
    async refreshDirectory() {
      return line.directory;
    },
    conference: unsupported,
    exitConference: unsupported,
    dropParticipant: unsupported,
    pauseRecording: unsupported,
    resumeRecording: unsupported,
    setBnr: unsupported,
    setBnrDefault: unsupported,
    saveVariables: unsupported,
    revealVariable: unsupported,
    cancelCallback: unsupported,
    scheduleCallback: unsupported,
    updateCallback: unsupported,
    deleteCallback: unsupported,
    listCallbacks: unsupported,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    adapter,
    /** The agent's side of the line as it stands (availability set by the desk or RONA). */
    get agent() {
      return line.agent;
    },
    /** Connects and registers, then starts the desk's session; rejects when the server refuses. */
    start(): Promise<void> {
      ua = new UA({
        sockets: [new WebSocketInterface(options.server)],
        uri: options.uri,
        authorization_user: options.authorizationUser,
        password: options.password,
        display_name: options.displayName ?? line.agent.name,
        register: true,
        session_timers: false,
      });
      ua.on('newRTCSession', (e: RTCSessionEvent) => {
        if (e.originator === 'remote') onIncoming(line, e.session, e.request);
      });
      return new Promise((resolve, reject) => {
        let started = false;
        // Registration refreshes fire 'registered' again: the session starts once.
        ua!.on('registered', () => {
          if (started) return;
          started = true;
          line.emit({ type: 'session-started', agent: line.agent, tenant: line.tenant, directory: line.directory, capabilities: sipCapabilities() });
          resolve();
        });
        ua!.on('registrationFailed', (e: { cause?: string }) => reject(new Error(`SIP registration failed: ${e.cause ?? 'unknown cause'}`)));
        ua!.start();
      });
    },
    /** Hangs up every call, unregisters and closes the connection. */
    stop() {
      for (const call of [...line.calls.values()]) {
        if (!call.session.isEnded()) call.session.terminate();
        line.forget(call);
      }
      ua?.stop();
      ua = undefined;
    },
    /** The WebRTC connection of a call's customer or consult leg, for a host's call-quality stats. */
    connectionOf(interactionId: string, leg: 'customer' | 'consult' = 'customer'): RTCPeerConnection | undefined {
      const call = line.calls.get(interactionId);
      return (leg === 'customer' ? call?.session : call?.consult?.session)?.connection ?? undefined;
    },
    /** Chooses where call audio plays, where the browser allows it. */
    setOutputDevice: (deviceId: string) => line.audio.setOutputDevice(deviceId),
    /** The element remote audio plays in (for a host that shows a volume meter). */
    audioElement: line.audio.element,
  };
}
