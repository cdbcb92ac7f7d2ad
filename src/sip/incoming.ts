import type { RTCSession } from 'jssip/lib/RTCSession';
import type { IncomingRequest } from 'jssip/lib/SIPMessage';
import type { ConsultRequester, Participant } from '../core/types.js';
import { leadsToWrapUp } from '../core/rules/wrap-up.js';
import type { Line, SipCall } from './line.js';

/** The header a desk puts on a consult call, so the consulted desk shows who asks (POP-6). */
export const CONSULT_HEADER = 'X-Desk-Consult';

export interface ConsultInfo extends ConsultRequester {
  agentId: string;
  customer: string;
}

export function consultHeader(info: ConsultInfo): string {
  const fields = [info.agentId, info.name, info.dialNumber, info.team, info.customer].map(encodeURIComponent);
  return `${CONSULT_HEADER}: ${fields.join(';')}`;
}

function readConsultHeader(request: IncomingRequest): ConsultInfo | undefined {
  const raw = request.getHeader(CONSULT_HEADER);
  if (!raw) return undefined;
  const [agentId, name, dialNumber, team, customer] = raw.split(';').map((part) => {
    try {
      return decodeURIComponent(part.trim());
    } catch {
      return '';
    }
  });
  return agentId && name ? { agentId, name, dialNumber: dialNumber ?? '', team: team ?? '', customer: customer ?? '' } : undefined;
}

/** The call is over for this agent: wrap-up when owed and the tenant has reasons (END-2). */
export function endForMe(line: Line, call: SipCall, wrapUp: boolean): void {
  const wrapUpRequired = wrapUp && line.tenant.wrapUpReasons.length > 0;
  if (call.ronaTimer) line.clock.clearTimeout(call.ronaTimer);
  if (call.consult && !call.consult.session.isEnded()) call.consult.session.terminate();
  call.consult = undefined;
  line.audio.stop(call.session.connection);
  if (wrapUpRequired) {
    call.phase = 'wrap-up';
    line.emit({ type: 'interaction-ended', interactionId: call.id, wrapUpRequired });
  } else {
    line.emit({ type: 'interaction-ended', interactionId: call.id, wrapUpRequired });
    line.forget(call);
  }
}

/** POP-11: nobody answered in the tenant's time; the offer is refused, the agent goes Idle. */
function rona(line: Line, call: SipCall): void {
  if (call.phase !== 'offered') return;
  line.forget(call);
  call.session.terminate({ status_code: 480, reason_phrase: 'Temporarily Unavailable' });
  line.emit({ type: 'rona', interactionId: call.id });
  line.agent = { ...line.agent, availability: 'idle', idleCodeId: line.tenant.ronaIdleCodeId };
  line.emit({ type: 'agent-updated', agent: { availability: 'idle', idleCodeId: line.tenant.ronaIdleCodeId } });
}

/** An INVITE reaches the agent: offered when Available, else refused as plain SIP would (480). */
export function onIncoming(line: Line, session: RTCSession, request: IncomingRequest): void {
  const replacing = (session.data as { replaces?: string } | undefined)?.replaces;
  if (replacing) return adoptReplacement(line, session, replacing);
  if (!line.agent.signedIn || line.agent.availability !== 'available') {
    session.terminate({ status_code: 480, reason_phrase: 'Temporarily Unavailable' });
    return;
  }
  const busy = [...line.calls.values()].filter((c) => c.phase !== 'wrap-up').length;
  if (busy >= line.tenant.concurrentCallLimit) {
    session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
    return;
  }
  const consult = readConsultHeader(request);
  const remote = session.remote_identity;
  const number = remote.uri.user ?? remote.uri.toString();
  const call: SipCall = {
    id: line.nextId(),
    kind: consult ? 'consult-request' : 'inbound',
    session,
    phase: 'offered',
    participants: [],
    controllerId: line.agent.id,
    held: false,
  };
  line.calls.set(call.id, call);
  line.emit({
    type: 'interaction-offered',
    interactionId: call.id,
    interaction: {
      channel: 'voice',
      kind: call.kind,
      customer: consult ? { name: consult.customer || undefined, number: consult.customer || number } : { name: remote.display_name || undefined, number },
      dnis: request.ruri?.user ?? undefined,
      variables: [],
      ...(consult ? { consultRequester: { name: consult.name, dialNumber: consult.dialNumber, team: consult.team } } : {}),
    },
  });
  (call as SipCall & { consultInfo?: ConsultInfo }).consultInfo = consult;
  call.ronaTimer = line.clock.setTimeout(() => rona(line, call), line.tenant.ringTimeoutMs);
  watchSession(line, call, session);
}

/** Who is in the call once the agent answers: the caller (or the consulting agent) and me. */
export function answeredParticipants(line: Line, call: SipCall): { participants: Participant[]; controllerId: string } {
  const now = line.clock.now();
  const me: Participant = { id: line.agent.id, name: line.agent.name, role: call.kind === 'consult-request' ? 'consulted' : 'primary', joinedAt: now, bnr: false };
  const consult = (call as SipCall & { consultInfo?: ConsultInfo }).consultInfo;
  if (consult) {
    const primary: Participant = { id: consult.agentId, name: consult.name, role: 'primary', joinedAt: now - 1 };
    return { participants: [primary, me], controllerId: primary.id };
  }
  const remote = call.session.remote_identity;
  const customer: Participant = { id: `customer-${call.id}`, name: remote.display_name || remote.uri.user || 'Customer', role: 'customer', joinedAt: now - 1 };
  return { participants: [customer, me], controllerId: me.id };
}

/** Consult transfer seen by the consulted agent: the customer's INVITE replaces the consult call. */
function adoptReplacement(line: Line, session: RTCSession, interactionId: string): void {
  const call = line.calls.get(interactionId);
  if (!call) {
    session.terminate({ status_code: 481 });
    return;
  }
  call.session = session;
  watchSession(line, call, session);
  session.answer({ mediaStream: call.microphone, pcConfig: { iceServers: line.iceServers } });
  session.on('confirmed', () => {
    line.audio.play(session.connection);
    const primary = call.participants.find((p) => p.id === call.controllerId && p.id !== line.agent.id);
    const remote = session.remote_identity;
    if (!call.participants.some((p) => p.role === 'customer')) {
      const customer: Participant = { id: `customer-${call.id}`, name: remote.display_name || remote.uri.user || 'Customer', role: 'customer', joinedAt: line.clock.now() };
      call.participants = [...call.participants, customer];
      line.emit({ type: 'participant-joined', interactionId: call.id, participant: customer });
    }
    // The transferring agent hands over: control first, then they leave (never one party alone).
    call.controllerId = line.agent.id;
    line.emit({ type: 'control-changed', interactionId: call.id, controllerId: line.agent.id });
    if (primary) {
      call.participants = call.participants.filter((p) => p.id !== primary.id);
      line.emit({ type: 'participant-left', interactionId: call.id, participantId: primary.id });
    }
  });
}

/** Maps what the other side does on a session to the desk's events. */
export function watchSession(line: Line, call: SipCall, session: RTCSession): void {
  // Local endings (decline, RONA, end, transfer) send their own events where they are asked for.
  session.on('failed', (e) => {
    if (e.originator === 'local' || call.session !== session || !line.calls.has(call.id) || call.phase !== 'offered') return;
    if (call.ronaTimer) line.clock.clearTimeout(call.ronaTimer);
    // The caller hung up before the agent answered, or an outdial was not answered.
    line.emit({ type: 'interaction-removed', interactionId: call.id, reason: 'cancelled' });
    line.forget(call);
  });
  session.on('ended', (e) => {
    if (e.originator === 'local' || call.session !== session || !line.calls.has(call.id)) return;
    if (call.phase !== 'connected' && call.phase !== 'post-call') return;
    const others = call.participants.filter((p) => p.id !== line.agent.id && p.role !== 'customer');
    if (call.kind !== 'consult-request' && call.consult?.participant && others.length > 0) {
      // CONF-6: the customer left while a colleague is on the consult; the agents go on in Post Call.
      call.phase = 'post-call';
      call.held = false;
      call.participants = call.participants.filter((p) => p.role !== 'customer');
      line.emit({ type: 'customer-left', interactionId: call.id });
      return;
    }
    // The other side hung up: the customer, or the primary agent ending my consult (CONS-7).
    endForMe(line, call, call.kind === 'consult-request' ? leadsToWrapUp('end-consult') : call.controllerId === line.agent.id);
  });
  session.on('refer', (e) => e.reject());
  session.on('replaces', (e) => {
    const accept = e.accept as (init: (s: RTCSession) => void) => void;
    accept((replacement) => {
      replacement.data = { ...(replacement.data ?? {}), replaces: call.id };
    });
  });
}
