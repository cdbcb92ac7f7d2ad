import { expect } from '@open-wc/testing';
import {
  bnrControl,
  callOnHold,
  canHold,
  canPauseRecording,
  canResume,
  canResumeRecording,
  canSetAgentState,
  canTransfer,
  destinationChoices,
  holdAfterResume,
  holdOnConsultUpdate,
  interactionStatus,
  participantControls,
  phaseAfterLeaving,
  requestGuard,
} from '../../../src/core/rules/index.js';
import type { Directory } from '../../../src/core/types.js';
import { consulting, interaction, ME, participant, stateWith, T0 } from './fixtures.js';

const directory: Directory = {
  agents: [
    { id: ME, name: 'Me', teamId: 't', teamName: 'T', dialNumber: '100', available: true },
    { id: 'agent-sam', name: 'Sam', teamId: 't', teamName: 'T', dialNumber: '101', available: true },
    { id: 'agent-kenji', name: 'Kenji', teamId: 't', teamName: 'T', dialNumber: '102', available: false },
    { id: 'agent-noor', name: 'Noor', teamId: 't', teamName: 'T', dialNumber: '103', available: true },
  ],
  queues: [
    { id: 'q-open', name: 'Open', active: true, channel: 'telephony', agentIds: [] },
    { id: 'q-closed', name: 'Closed', active: false, channel: 'telephony', agentIds: [] },
    { id: 'q-chat', name: 'Chat', active: true, channel: 'chat', agentIds: [] },
  ],
  entryPoints: [
    { id: 'ep-main', name: 'Main', active: true, capacityBased: false, outdial: false },
    { id: 'ep-capacity', name: 'Capacity', active: true, capacityBased: true, outdial: false },
    { id: 'ep-outdial', name: 'Outdial', active: true, capacityBased: false, outdial: true },
  ],
  dialNumbers: [{ id: 'dn-capacity', name: 'Overflow', number: '+1 415 555 0198', capacityBased: true }],
  organizations: [{ id: 'org', name: 'Partner' }],
};

/** My desk as the consulted agent: the colleague who consulted me controls the call. */
const asConsulted = (extra = {}) =>
  interaction({
    kind: 'consult-request',
    controllerId: 'agent-sam',
    participants: [participant('customer', 'customer'), participant('agent-sam', 'primary'), participant(ME, 'consulted')],
    ...extra,
  });

const ids = (list: { id: string }[]) => list.map((d) => d.id);

describe('rules: one rulebook', () => {
  it('[REC-3] [BNR-3] the consulted agent can neither pause recording nor change BNR during the consult', () => {
    const state = stateWith([asConsulted()]);
    expect(canPauseRecording(state, 'c1').reason).to.match(/during a consult/);
    expect(bnrControl(state, 'c1')).to.deep.include({ visible: true, allowed: false });
    expect(bnrControl(state, 'c1').reason).to.match(/during a consult/);
    const paused = stateWith([asConsulted({ recording: { state: 'paused' } })]);
    expect(canResumeRecording(paused, 'c1').reason).to.match(/during a consult/);
    // A consult transfer leaves the call to me: a call of my own again.
    const mine = stateWith([asConsulted({ controllerId: ME, participants: [participant('customer', 'customer'), participant(ME, 'consulted')] })]);
    expect(canPauseRecording(mine, 'c1').allowed).to.equal(true);
    expect(bnrControl(mine, 'c1').allowed).to.equal(true);
  });

  it('[REC-3] [BNR-4] in a conference recording stays locked for every agent, and each agent keeps their own BNR', () => {
    const conferenced = asConsulted({
      inConference: true,
      participants: [participant('customer', 'customer'), participant('agent-sam', 'primary'), participant(ME, 'conferenced')],
    });
    const state = stateWith([conferenced]);
    expect(canPauseRecording(state, 'c1').reason).to.match(/during a conference/);
    expect(bnrControl(state, 'c1').allowed).to.equal(true);
    const primary = stateWith([interaction({ inConference: true, participants: [participant('customer', 'customer'), participant(ME, 'primary'), participant('agent-sam', 'conferenced')] })]);
    expect(canPauseRecording(primary, 'c1').reason).to.match(/during a conference/);
  });

  it('[REC-1] a refusal says what is wrong: pausing a paused recording, resuming a running one', () => {
    expect(canPauseRecording(stateWith([interaction({ recording: { state: 'paused' } })]), 'c1').reason).to.equal('Recording is already paused.');
    expect(canResumeRecording(stateWith([interaction({ recording: { state: 'recording' } })]), 'c1').reason).to.equal('Recording is not paused.');
  });

  it('[HOLD-3] while the consult is requested or ringing the customer can be resumed and held again; the answer puts the customer on hold', () => {
    for (const step of ['requested', 'ringing'] as const) {
      const held = stateWith([consulting(step)]);
      expect(participantControls(held, 'c1'), step).to.include('hold');
      expect(canResume(held, 'c1', 'customer').allowed, step).to.equal(true);
      // Nobody is on the consult leg yet: resuming the customer holds nobody else.
      expect(holdAfterResume(consulting(step), 'customer'), step).to.deep.equal({ customer: false, consult: false });
      const talking = stateWith([consulting(step, { customerLeg: { onHold: false } })]);
      expect(canHold(talking, 'c1', 'customer').allowed, step).to.equal(true);
      expect(canHold(talking, 'c1', 'consult').allowed, step).to.equal(false);
    }
    expect(holdOnConsultUpdate(consulting('ringing', { customerLeg: { onHold: false } }), 'answered')).to.deep.equal({ customer: true, consult: false });
    // Answered: each leg has its own hold control, not the bar's.
    expect(participantControls(stateWith([consulting('answered')]), 'c1')).not.to.include('hold');
    expect(holdAfterResume(consulting('answered'), 'customer')).to.deep.equal({ customer: false, consult: true });
  });

  it('[HOLD-1] "Call on Hold" holds in a conference too', () => {
    const held = interaction({ inConference: true, customerLeg: { onHold: true }, participants: [participant('customer', 'customer'), participant(ME, 'primary'), participant('a', 'conferenced')] });
    expect(interactionStatus(held)).to.equal('conference');
    expect(callOnHold(held)).to.equal(true);
    expect(callOnHold(interaction({ customerLeg: { onHold: true } }))).to.equal(true);
    expect(callOnHold(interaction())).to.equal(false);
    // During a consult the legs say who waits.
    expect(callOnHold(consulting('answered'))).to.equal(false);
  });

  it('[XFER-1] [CONS-2] a blind transfer may go to a capacity-based entry point or dial number; only a consult there is unsupported', () => {
    const state = stateWith([interaction()], { directory });
    for (const destination of [{ type: 'entry-point' as const, id: 'ep-capacity' }, { type: 'dial-number' as const, id: 'dn-capacity' }]) {
      expect(requestGuard(state, 'transfer', { interactionId: 'c1', mode: 'blind', destination }, T0).allowed, destination.id).to.equal(true);
      expect(requestGuard(state, 'consult', { interactionId: 'c1', destination }, T0).reason, destination.id).to.match(/Unsupported destination/);
    }
  });

  it('[CONS-1] [XFER-1] the destination lists offer neither the agent themself nor an agent who is not available, and the guard refuses them', () => {
    const state = stateWith([interaction()], { directory });
    for (const purpose of ['consult', 'transfer'] as const) {
      expect(ids(destinationChoices(state, 'c1', purpose, 'agent', '')), purpose).to.deep.equal(['agent-sam', 'agent-noor']);
      expect(ids(destinationChoices(state, 'c1', purpose, 'queue', '')), purpose).to.deep.equal(['q-open']);
      expect(ids(destinationChoices(state, 'c1', purpose, 'entry-point', '')), purpose).to.deep.equal(['ep-main', 'ep-capacity']);
    }
    expect(ids(destinationChoices(state, 'c1', 'consult', 'agent', 'no'))).to.deep.equal(['agent-noor']);
    expect(destinationChoices(state, 'c1', 'transfer', 'organization', '')).to.deep.equal([]);
    const refusal = (name: 'consult' | 'transfer', destination: { type: 'agent' | 'queue' | 'entry-point' | 'dial-number'; id: string }) =>
      requestGuard(state, name, name === 'consult' ? { interactionId: 'c1', destination } : { interactionId: 'c1', destination, mode: 'blind' }, T0).reason;
    for (const name of ['consult', 'transfer'] as const) {
      expect(refusal(name, { type: 'agent', id: ME }), name).to.match(/yourself/);
      expect(refusal(name, { type: 'agent', id: 'agent-kenji' }), name).to.match(/Kenji is not available/);
      expect(refusal(name, { type: 'queue', id: 'q-closed' }), name).to.match(/not in the directory/);
      expect(refusal(name, { type: 'queue', id: 'q-chat' }), name).to.match(/not in the directory/);
      expect(refusal(name, { type: 'entry-point', id: 'ep-outdial' }), name).to.match(/not in the directory/);
      expect(refusal(name, { type: 'dial-number', id: 'call me' }), name).to.match(/phone number/);
      expect(refusal(name, { type: 'dial-number', id: '+44 20 7946 0958' }), name).to.equal(undefined);
    }
    // The pane's transfer button asks the same rule with the destination chosen.
    expect(canTransfer(state, 'c1', 'blind', { type: 'agent', id: 'agent-kenji' }).allowed).to.equal(false);
  });

  it('[CONF-6] [CONF-5] who remains decides: Post Call without the customer, the end with one party left', () => {
    const customer = participant('customer', 'customer');
    const me = participant(ME, 'primary');
    const colleague = participant('agent-sam', 'consulted');
    expect(phaseAfterLeaving('connected', [me])).to.equal('ended');
    expect(phaseAfterLeaving('connected', [me, participant('sup', 'supervisor')])).to.equal('ended');
    expect(phaseAfterLeaving('connected', [me, colleague])).to.equal('post-call');
    expect(phaseAfterLeaving('post-call', [me])).to.equal('ended');
    expect(phaseAfterLeaving('connected', [customer, me])).to.equal('connected');
  });

  it('[AGENT-1] only a signed-in agent changes state, to Available or one of the tenant’s idle codes', () => {
    const state = stateWith([]);
    expect(canSetAgentState({ ...state, agent: { ...state.agent, signedIn: false } }, 'available').reason).to.match(/signed out/);
    expect(requestGuard({ ...state, agent: { ...state.agent, signedIn: false } }, 'setAgentState', { availability: 'available' }, T0).allowed).to.equal(false);
    expect(canSetAgentState(state, 'idle', 'nope').reason).to.match(/not configured/);
    expect(canSetAgentState(state, 'available').allowed).to.equal(true);
  });
});
