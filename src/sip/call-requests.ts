import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RequestPayloads } from '../core/requests.js';
import { leadsToWrapUp } from '../core/rules/wrap-up.js';
import type { Destination, LegName, Participant } from '../core/types.js';
import { answeredParticipants, consultHeader, endForMe, watchSession } from './incoming.js';
import { openMicrophone } from './media.js';
import { callOf, liveCall, refuse, reOffer, targetUri, toUri, type Line, type SipCall } from './line.js';

const DTMF = /^[0-9*#A-D]+$/i;

/** Resolves when a session is confirmed; refuses with the SIP cause when it fails first. */
function confirmed(session: RTCSession): Promise<void> {
  return new Promise((resolve, reject) => {
    // A settled promise ignores the later events (on, not once: the build's types have no EventEmitter).
    session.on('confirmed', () => resolve());
    session.on('failed', (e: { cause: string }) => reject(failure(e.cause)));
    session.on('ended', (e: { cause: string }) => reject(failure(e.cause)));
  });
}

const failure = (cause: string) => {
  try {
    refuse('sip-failed', 'sip.failed', { cause });
  } catch (error) {
    return error;
  }
};

function legSession(call: SipCall, leg: LegName): RTCSession {
  if (leg === 'customer') return call.session;
  if (!call.consult) refuse('no-consult', 'sip.noConsult');
  return call.consult.session;
}

function setHeld(call: SipCall, leg: LegName, held: boolean): void {
  if (leg === 'customer') call.held = held;
  else if (call.consult) call.consult.held = held;
}

async function holdLeg(line: Line, call: SipCall, leg: LegName, held: boolean): Promise<void> {
  const session = legSession(call, leg);
  const current = leg === 'customer' ? call.held : call.consult!.held;
  if (current === held) return;
  // re-INVITE with a=sendonly, or back to sendrecv.
  await reOffer(session, (done) => (held ? session.hold({}, done) : session.unhold({}, done)));
  setHeld(call, leg, held);
  void line;
}

/** The microphone for this call, asked for once when the call is answered or placed. */
async function microphone(line: Line, call: SipCall): Promise<MediaStream> {
  call.microphone ??= await openMicrophone(line.getUserMedia);
  return call.microphone;
}

function startConsult(line: Line, call: SipCall, destination: Destination, uri: string): void {
  const agent = destination.type === 'agent' ? line.directory.agents.find((a) => a.id === destination.id) : undefined;
  const named: Destination = { ...destination, name: destination.name ?? agent?.name ?? destination.id };
  const customer = call.participants.find((p) => p.role === 'customer');
  const session = line.ua().call(uri, {
    mediaStream: call.microphone,
    pcConfig: { iceServers: line.iceServers },
    extraHeaders: [
      consultHeader({ agentId: line.agent.id, name: line.agent.name, dialNumber: line.agent.dialNumber, team: line.agent.teamName, customer: customer?.name ?? '' }),
    ],
  });
  const consult = { session, destination: named, state: 'requested' as const, held: false };
  call.consult = consult;
  const current = () => call.consult?.session === session && line.calls.has(call.id);
  line.emit({ type: 'consult-updated', interactionId: call.id, destination: named, state: 'requested' });
  session.on('progress', () => {
    if (!current() || call.consult!.state !== 'requested') return;
    call.consult!.state = 'ringing';
    line.emit({ type: 'consult-updated', interactionId: call.id, destination: named, state: 'ringing' });
  });
  session.on('confirmed', () => {
    if (!current()) return;
    line.audio.play(session.connection);
    const participant: Participant = {
      id: agent && !call.participants.some((p) => p.id === agent.id) ? agent.id : `party-${call.id}-${line.nextId()}`,
      name: named.name ?? destination.id,
      role: agent ? 'consulted' : 'dial-number',
      joinedAt: line.clock.now(),
    };
    call.consult = { ...call.consult!, state: 'answered', participant };
    call.participants = [...call.participants, participant];
    line.emit({ type: 'consult-updated', interactionId: call.id, destination: named, state: 'answered', participant });
  });
  const over = (e: { originator: string }) => {
    if (e.originator === 'local' || !current()) return;
    // The consulted party hung up or never answered; the customer stays on hold (HOLD-3).
    const party = call.consult!.participant;
    call.consult = undefined;
    if (party) call.participants = call.participants.filter((p) => p.id !== party.id);
    if (call.phase === 'post-call') return endForMe(line, call, true);
    line.emit({ type: 'consult-ended', interactionId: call.id });
    line.audio.play(call.session.connection);
  };
  session.on('failed', over);
  session.on('ended', over);
}

/** REFER the customer's dialog; resolves when the NOTIFY says the transfer target answered. */
function refer(line: Line, call: SipCall, target: string, replaces?: RTCSession): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = line.clock.setTimeout(() => reject(failure('no answer to the transfer')), 20_000);
    const settle = (ok: boolean, cause?: string) => {
      line.clock.clearTimeout(timer);
      if (ok) resolve();
      else {
        try {
          refuse('transfer-failed', 'sip.transferFailed', { cause: cause ?? 'refused' });
        } catch (error) {
          reject(error);
        }
      }
    };
    call.session.refer(target, {
      ...(replaces ? { replaces } : {}),
      eventHandlers: {
        requestFailed: (e: { cause?: string }) => settle(false, e.cause),
        accepted: () => settle(true),
        failed: (e: { status_line?: { reason_phrase?: string } }) => settle(false, e.status_line?.reason_phrase),
      },
    });
  });
}

export const callRequests = (line: Line) => ({
  async accept({ interactionId }: RequestPayloads['accept']) {
    const call = callOf(line, interactionId);
    if (call.phase !== 'offered' || call.session.direction !== 'incoming') refuse('not-offered', 'sip.notOffered');
    const mic = await microphone(line, call);
    // The caller may have hung up while the browser asked for the microphone.
    if (!line.calls.has(call.id) || call.phase !== 'offered') refuse('not-offered', 'sip.notOffered');
    if (call.ronaTimer) line.clock.clearTimeout(call.ronaTimer);
    const up = confirmed(call.session);
    call.session.answer({ mediaStream: mic, pcConfig: { iceServers: line.iceServers } });
    await up;
    call.phase = 'connected';
    const { participants, controllerId } = answeredParticipants(line, call);
    call.participants = participants;
    call.controllerId = controllerId;
    line.audio.play(call.session.connection);
    line.emit({ type: 'interaction-accepted', interactionId, participants, controllerId, recording: { state: 'off' }, bnr: false });
  },
  async decline({ interactionId }: RequestPayloads['decline']) {
    const call = callOf(line, interactionId);
    if (call.phase !== 'offered' || call.session.direction !== 'incoming') refuse('not-offered', 'sip.notOffered');
    call.session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
    line.emit({ type: 'interaction-removed', interactionId, reason: 'declined' });
    line.forget(call);
  },
  async outdial({ number }: RequestPayloads['outdial']) {
    const busy = [...line.calls.values()].filter((c) => c.phase !== 'wrap-up').length;
    if (busy >= line.tenant.concurrentCallLimit) refuse('concurrent-limit', 'sip.concurrentLimit');
    const mic = await openMicrophone(line.getUserMedia);
    const session = line.ua().call(toUri(line, number), { mediaStream: mic, pcConfig: { iceServers: line.iceServers } });
    const call: SipCall = { id: line.nextId(), kind: 'outdial', session, phase: 'offered', participants: [], controllerId: line.agent.id, held: false, microphone: mic };
    line.calls.set(call.id, call);
    line.emit({ type: 'interaction-offered', interactionId: call.id, interaction: { channel: 'voice', kind: 'outdial', customer: { number }, variables: [] } });
    watchSession(line, call, session);
    session.on('confirmed', () => {
      if (!line.calls.has(call.id) || call.phase !== 'offered') return;
      call.phase = 'connected';
      const now = line.clock.now();
      call.participants = [
        { id: `customer-${call.id}`, name: number, role: 'customer', joinedAt: now - 1 },
        { id: line.agent.id, name: line.agent.name, role: 'primary', joinedAt: now, bnr: false },
      ];
      line.audio.play(session.connection);
      line.emit({ type: 'interaction-accepted', interactionId: call.id, participants: call.participants, controllerId: line.agent.id, recording: { state: 'off' }, bnr: false });
    });
  },
  async hold({ interactionId, leg }: RequestPayloads['hold']) {
    const call = liveCall(line, interactionId);
    legSession(call, leg);
    const otherHeld = leg === 'customer' ? call.consult?.held : call.held;
    if (otherHeld) refuse('both-on-hold', 'sip.bothOnHold');
    await holdLeg(line, call, leg, true);
    line.emit({ type: 'hold-changed', interactionId, leg, onHold: true });
  },
  async resume({ interactionId, leg }: RequestPayloads['resume']) {
    const call = liveCall(line, interactionId);
    legSession(call, leg);
    // HOLD-3: talking to one party of a consult holds the other.
    const other: LegName = leg === 'customer' ? 'consult' : 'customer';
    if (call.consult) await holdLeg(line, call, other, true);
    await holdLeg(line, call, leg, false);
    line.audio.play(legSession(call, leg).connection);
    line.emit({ type: 'hold-changed', interactionId, leg, onHold: false });
  },
  async consult({ interactionId, destination }: RequestPayloads['consult']) {
    const call = liveCall(line, interactionId);
    if (call.phase === 'post-call') refuse('post-call', 'sip.notActive');
    if (call.consult) refuse('consult-active', 'sip.consultActive');
    const uri = targetUri(line, destination);
    await microphone(line, call);
    // HOLD-3: the customer is held while the agent consults.
    await holdLeg(line, call, 'customer', true);
    startConsult(line, call, destination, uri);
  },
  async endConsult({ interactionId }: RequestPayloads['endConsult']) {
    const call = liveCall(line, interactionId);
    if (!call.consult) refuse('no-consult', 'sip.noConsult');
    const { session, participant } = call.consult;
    call.consult = undefined;
    if (participant) call.participants = call.participants.filter((p) => p.id !== participant.id);
    if (!session.isEnded()) session.terminate();
    line.emit({ type: 'consult-ended', interactionId });
  },
  async exitConsult({ interactionId }: RequestPayloads['exitConsult']) {
    const call = liveCall(line, interactionId);
    if (call.kind !== 'consult-request') refuse('not-consulted', 'sip.notConsulted');
    call.session.terminate();
    endForMe(line, call, leadsToWrapUp('exit-consult'));
  },
  async transfer({ interactionId, destination, mode }: RequestPayloads['transfer']) {
    const call = liveCall(line, interactionId);
    if (mode === 'blind') {
      await refer(line, call, targetUri(line, destination));
    } else {
      if (!call.consult || call.consult.state !== 'answered') refuse('no-consult', 'sip.noConsult');
      // Attended transfer: the customer calls the consulted party with Replaces, taking the consult's place.
      const saved = call.consult;
      // The consult's own BYE (sent by the party that took its place) is not a hang-up.
      call.consult = undefined;
      try {
        await refer(line, call, saved.session.remote_identity.uri.toString(), saved.session);
      } catch (error) {
        call.consult = saved;
        throw error;
      }
    }
    if (!call.session.isEnded()) call.session.terminate();
    endForMe(line, call, leadsToWrapUp(mode === 'blind' ? 'blind-transfer' : 'transfer'));
  },
  async end({ interactionId }: RequestPayloads['end']) {
    const call = liveCall(line, interactionId);
    if (call.held) refuse('on-hold', 'sip.onHold');
    if (!call.session.isEnded()) call.session.terminate();
    endForMe(line, call, leadsToWrapUp('end'));
  },
  async submitWrapUp({ interactionId, reasonId }: RequestPayloads['submitWrapUp']) {
    const call = callOf(line, interactionId);
    if (call.phase !== 'wrap-up') refuse('not-in-wrap-up', 'sip.notInWrapUp');
    if (!line.tenant.wrapUpReasons.some((r) => r.id === reasonId)) refuse('unknown-reason', 'sip.unknownReason');
    line.emit({ type: 'interaction-removed', interactionId, reason: 'wrapped-up' });
    line.forget(call);
  },
  async sendDtmf({ interactionId, digits }: RequestPayloads['sendDtmf']) {
    const call = liveCall(line, interactionId);
    if (!DTMF.test(digits)) refuse('invalid-dtmf', 'sip.dtmfInvalid');
    const onConsult = call.consult?.state === 'answered' && !call.consult.held;
    const session = onConsult ? call.consult!.session : call.session;
    // RFC 4733 in the media when the call negotiated telephone-event; SIP INFO otherwise.
    const sender = session.connection?.getSenders().find((s) => s.track?.kind === 'audio');
    const rfc4733 = line.dtmf === 'rfc4733' && !!sender?.dtmf && /telephone-event/i.test(session.connection?.remoteDescription?.sdp ?? '');
    session.sendDTMF(digits, { transportType: rfc4733 ? 'RFC2833' : 'INFO', duration: 120, interToneGap: 80 } as never);
  },
});
