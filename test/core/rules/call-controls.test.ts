import { expect } from '@open-wc/testing';
import {
  canAddParticipant,
  canConference,
  canConsult,
  canDrop,
  canEnd,
  canEndConsult,
  canExitConference,
  canExitConsult,
  canHold,
  canResume,
  canTransfer,
  conferenceContinues,
  consultDestinationSupported,
  consultStatusLabel,
  dropNeedsConfirmation,
  handleTimeStart,
  holdAfterResume,
  isAccepted,
  legs,
  nextController,
  participantControls,
  participantList,
  requestGuard,
} from '../../../src/core/rules/index.js';
import { emptyDirectory } from '../../../src/core/state.js';
import { consulting, interaction, ME, participant, stateWith, T0 } from './fixtures.js';

const conference = (count: number, extra = {}) =>
  interaction({
    inConference: true,
    participants: [participant('customer', 'customer', T0), participant(ME, 'primary', T0 + 1), ...Array.from({ length: count - 2 }, (_, n) => participant(`a${n}`, 'conferenced', T0 + 10 + n))],
    ...extra,
  });

describe('rules: call controls', () => {
  it('[CALL-1] controls exist only once accepted; the handle time runs from acceptance', () => {
    const offered = interaction({ phase: 'offered' });
    expect(isAccepted(offered)).to.equal(false);
    expect(participantControls(stateWith([offered]), 'c1')).to.deep.equal([]);
    const call = interaction();
    expect(isAccepted(call)).to.equal(true);
    expect(handleTimeStart(call)).to.equal(call.acceptedAt);
  });

  it('[HOLD-1] Hold, then Resume', () => {
    const state = stateWith([interaction()]);
    expect(canHold(state, 'c1', 'customer').allowed).to.equal(true);
    expect(canResume(state, 'c1', 'customer').allowed).to.equal(false);
    const held = stateWith([interaction({ customerLeg: { onHold: true } })]);
    expect(canResume(held, 'c1', 'customer').allowed).to.equal(true);
  });

  it('[HOLD-2] [END-1] a call on hold cannot be ended', () => {
    const held = stateWith([interaction({ customerLeg: { onHold: true } })]);
    expect(canEnd(held, 'c1').reason).to.match(/on hold/);
    expect(canEnd(stateWith([interaction()]), 'c1').allowed).to.equal(true);
    expect(canEnd(stateWith([interaction({ controllerId: 'agent-sam' })]), 'c1').reason).to.match(/in control/);
  });

  it('[HOLD-3] while consulting the customer is held; resuming one leg holds the other; never both', () => {
    const call = consulting();
    expect(holdAfterResume(call, 'customer')).to.deep.equal({ customer: false, consult: true });
    expect(holdAfterResume(call, 'consult')).to.deep.equal({ customer: true, consult: false });
    expect(canHold(stateWith([call]), 'c1', 'consult').reason).to.match(/both/);
  });

  it('[CONS-1] a consult needs an active call, none under way, to any of five destination types', () => {
    expect(canConsult(stateWith([interaction()]), 'c1').allowed).to.equal(true);
    expect(canConsult(stateWith([interaction({ phase: 'offered' })]), 'c1').allowed).to.equal(false);
    expect(canConsult(stateWith([consulting()]), 'c1').allowed).to.equal(false);
  });

  it('[CONS-1] [CONF-8] a consulted agent cannot consult out, and nobody consults a party already in the call', () => {
    const asConsulted = interaction({ kind: 'consult-request', controllerId: 'agent-sam', participants: [participant('customer', 'customer'), participant('agent-sam', 'primary'), participant(ME, 'consulted')] });
    expect(canConsult(stateWith([asConsulted]), 'c1').reason).to.match(/in control/);
    const state = stateWith([conference(3)]);
    expect(requestGuard(state, 'consult', { interactionId: 'c1', destination: { type: 'agent', id: 'a0' } }, T0).reason).to.match(/already in the call/);
    const withNewcomer = { ...state, directory: { ...emptyDirectory, agents: [{ id: 'someone-new', name: 'New', teamId: 't', teamName: 'T', dialNumber: '1', available: true }] } };
    expect(requestGuard(withNewcomer, 'consult', { interactionId: 'c1', destination: { type: 'agent', id: 'someone-new' } }, T0).allowed).to.equal(true);
  });

  it('[CONS-2] an entry point or dial number routed to a capacity-based team is an unsupported destination', () => {
    const directory = { ...emptyDirectory, entryPoints: [{ id: 'ep', name: 'EP', active: true, capacityBased: true, outdial: false }], dialNumbers: [{ id: 'dn', name: 'DN', number: '5550', capacityBased: true }] };
    expect(consultDestinationSupported({ type: 'entry-point', id: 'ep' }, directory).reason).to.match(/Unsupported destination/);
    expect(consultDestinationSupported({ type: 'dial-number', id: '5550' }, directory).allowed).to.equal(false);
    expect(consultDestinationSupported({ type: 'agent', id: 'ep' }, directory).allowed).to.equal(true);
  });

  it('[CONS-3] "Consult Requested" shows until the consulted party answers', () => {
    expect(consultStatusLabel(consulting('requested'))).to.equal('Consult Requested');
    expect(consultStatusLabel(consulting('ringing'))).to.equal('Consult Requested');
    expect(consultStatusLabel(consulting('answered'))).to.equal(undefined);
  });

  it('[CONS-4] Transfer and Conference enable once the consult rings', () => {
    expect(canConference(stateWith([consulting('requested')]), 'c1').allowed).to.equal(false);
    expect(canTransfer(stateWith([consulting('requested')]), 'c1', 'consult').allowed).to.equal(false);
    expect(canConference(stateWith([consulting('ringing')]), 'c1').allowed).to.equal(true);
    expect(canTransfer(stateWith([consulting('ringing')]), 'c1', 'consult').allowed).to.equal(true);
  });

  it('[CONS-5] once answered there are two legs', () => {
    expect(legs(consulting('ringing'))).to.deep.equal(['customer']);
    expect(legs(consulting('answered'))).to.deep.equal(['customer', 'consult']);
  });

  it('[CONS-6] only the consulted agent can Exit Consult', () => {
    const asConsulted = interaction({ kind: 'consult-request', controllerId: 'agent-sam', participants: [participant('customer', 'customer'), participant('agent-sam', 'primary'), participant(ME, 'consulted')] });
    expect(canExitConsult(stateWith([asConsulted]), 'c1').allowed).to.equal(true);
    expect(canExitConsult(stateWith([consulting()]), 'c1').allowed).to.equal(false);
    expect(participantControls(stateWith([asConsulted]), 'c1')).to.deep.equal(['exit-consult']);
  });

  it('[CONS-7] the primary agent ends the consult', () => {
    expect(canEndConsult(stateWith([consulting()]), 'c1').allowed).to.equal(true);
    expect(canEndConsult(stateWith([interaction()]), 'c1').allowed).to.equal(false);
  });

  it('[CONF-1] a conference needs a consult', () => {
    expect(canConference(stateWith([interaction()]), 'c1').reason).to.match(/consult first/);
  });

  it('[CONF-2] at most 8 participants, the customer and the agent included', () => {
    expect(canAddParticipant(stateWith([conference(7)]), 'c1').allowed).to.equal(true);
    expect(canAddParticipant(stateWith([conference(8)]), 'c1').reason).to.match(/at most 8/);
    expect(canConsult(stateWith([conference(8)]), 'c1').allowed).to.equal(false);
  });

  it('[CONF-3] Exit Conference replaces Transfer; the longest participant takes control', () => {
    const state = stateWith([conference(4)]);
    expect(participantControls(state, 'c1')).to.include('exit-conference').and.not.include('transfer');
    // Also while consulting one more party from the conference: End Consult and Conference join it.
    const consulting = stateWith([conference(4, { consult: { destination: { type: 'agent', id: 'a9' }, state: 'ringing', startedAt: 0, leg: { onHold: false } } })]);
    expect(participantControls(consulting, 'c1')).to.include.members(['exit-conference', 'end-consult', 'conference']).and.not.include('transfer');
    expect(canTransfer(state, 'c1').allowed).to.equal(false);
    expect(canExitConference(state, 'c1').allowed).to.equal(true);
    expect(nextController(state.interactions.c1.participants, ME)?.id).to.equal('a0');
    expect(nextController([participant('customer', 'customer', 0), participant('late', 'conferenced', 9), participant('early', 'conferenced', 5)], ME)?.id).to.equal('early');
  });

  it('[CONF-4] only the controlling agent drops participants; the customer asks first; not digital', () => {
    const state = stateWith([conference(4)]);
    expect(canDrop(state, 'c1', 'a0').allowed).to.equal(true);
    expect(canDrop(state, 'c1', ME).allowed).to.equal(false);
    const notInControl = stateWith([conference(4, { controllerId: 'a0' })]);
    expect(canDrop(notInControl, 'c1', 'a1').reason).to.match(/in control/);
    expect(canDrop(stateWith([conference(4, { channel: 'chat' })]), 'c1', 'a0').allowed).to.equal(false);
    expect(dropNeedsConfirmation(participant('customer', 'customer'))).to.equal(true);
    expect(dropNeedsConfirmation(participant('a0', 'conferenced'))).to.equal(false);
  });

  it('[CONF-5] two parties left is no conference', () => {
    expect(conferenceContinues([participant('c', 'customer'), participant(ME, 'primary')])).to.equal(false);
    expect(conferenceContinues([participant('c', 'customer'), participant(ME, 'primary'), participant('x', 'supervisor')])).to.equal(false);
    expect(conferenceContinues([participant('c', 'customer'), participant(ME, 'primary'), participant('a', 'conferenced')])).to.equal(true);
  });

  it('[CONF-6] nobody is added in Post Call', () => {
    expect(canAddParticipant(stateWith([interaction({ phase: 'post-call' })]), 'c1').reason).to.match(/after the customer has left/);
  });

  it('[CONF-7] a barging supervisor is listed with a role', () => {
    const rows = participantList(stateWith([conference(3, { participants: [...conference(3).participants, participant('sup', 'supervisor', T0 + 99)] })]), 'c1');
    expect(rows.map((r) => [r.participant.id, r.roleLabel])).to.deep.include(['sup', 'Supervisor']);
  });

  it('[CONF-8] roles decide controls: the controller all, a conferenced agent exit, customers and dial numbers none', () => {
    const state = stateWith([conference(4)]);
    expect(participantControls(state, 'c1')).to.include.members(['hold', 'end', 'exit-conference', 'drop']);
    const conferenced = stateWith([conference(4, { controllerId: 'a0', participants: [participant('customer', 'customer'), participant('a0', 'primary'), participant(ME, 'conferenced'), participant('a1', 'conferenced')] })]);
    expect(participantControls(conferenced, 'c1')).to.deep.equal(['exit-conference']);
    const dialNumber = stateWith([interaction({ participants: [participant('customer', 'customer'), participant(ME, 'dial-number')] })]);
    expect(participantControls(dialNumber, 'c1')).to.deep.equal([]);
    expect(participantList(state, 'c1').find((r) => r.participant.role === 'customer')!.confirmDrop).to.equal(true);
  });

  it('[XFER-1] [XFER-2] a call transfers at once to a queue, agent, entry point or dial number, not an organization', () => {
    const directory = {
      agents: [{ id: 'x', name: 'X', teamId: 't', teamName: 'T', dialNumber: '1', available: true }],
      queues: [{ id: 'x', name: 'X', active: true, channel: 'telephony' as const, agentIds: [] }],
      entryPoints: [{ id: 'x', name: 'X', active: true, capacityBased: false, outdial: false }],
      dialNumbers: [{ id: 'x', name: 'X', number: '5551', capacityBased: false }],
      organizations: [{ id: 'o', name: 'O' }],
    };
    const state = stateWith([interaction()], { directory });
    for (const type of ['agent', 'dial-number', 'queue', 'entry-point'] as const) {
      expect(canTransfer(state, 'c1', 'blind', { type, id: 'x' }).allowed, type).to.equal(true);
    }
    expect(canTransfer(state, 'c1', 'blind', { type: 'organization', id: 'o' }).allowed).to.equal(false);
    expect(canTransfer(stateWith([interaction({ phase: 'offered' })]), 'c1', 'blind').allowed).to.equal(false);
  });
});
