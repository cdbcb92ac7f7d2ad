import { expect } from '@open-wc/testing';
import { canConference, canTransfer } from '../../src/core/rules/call-controls.js';
import { simDesk } from './sim-desk.js';

const colleagueDestination = { type: 'agent' as const, id: 'agent-sam' };

describe('simulator: a call', () => {
  it('[CALL-1] [HOLD-1] [HOLD-2] [END-1] holds, refuses End on hold, resumes and ends into wrap-up', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    expect(desk.call(id).acceptedAt).to.equal(desk.clock.now());
    await desk.run('hold', { interactionId: id, leg: 'customer' });
    expect(desk.call(id).customerLeg.onHold).to.equal(true);
    const refused = await desk.run('end', { interactionId: id });
    expect(refused.ok).to.equal(false);
    expect(desk.call(id).phase).to.equal('connected');
    await desk.run('resume', { interactionId: id, leg: 'customer' });
    await desk.run('end', { interactionId: id });
    expect(desk.call(id).phase).to.equal('wrap-up');
  });

  it('[END-2] [END-3] wrap-up needs a reason; submitting it clears the interaction', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await desk.run('end', { interactionId: id });
    expect((await desk.run('submitWrapUp', { interactionId: id, reasonId: '' })).ok).to.equal(false);
    expect((await desk.run('submitWrapUp', { interactionId: id, reasonId: 'resolved' })).ok).to.equal(true);
    expect(desk.call(id)).to.equal(undefined);
  });

  it('[CONS-1] [CONS-3] [CONS-4] [CONS-5] [HOLD-3] consults a colleague: requested, ringing enables transfer and conference, answered shows two legs', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await desk.run('consult', { interactionId: id, destination: colleagueDestination });
    expect(desk.call(id).consult?.state).to.equal('requested');
    expect(desk.call(id).customerLeg.onHold).to.equal(true);
    expect(canConference(desk.state(), id).allowed).to.equal(false);
    desk.clock.advance(1000);
    expect(desk.call(id).consult?.state).to.equal('ringing');
    expect(canConference(desk.state(), id).allowed).to.equal(true);
    expect(canTransfer(desk.state(), id, 'consult').allowed).to.equal(true);
    desk.clock.advance(2000);
    expect(desk.call(id).consult?.state).to.equal('answered');
    expect(desk.call(id).participants.map((p) => p.name)).to.include('Sam Okafor');
    await desk.run('resume', { interactionId: id, leg: 'customer' });
    expect([desk.call(id).customerLeg.onHold, desk.call(id).consult?.leg.onHold]).to.deep.equal([false, true]);
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CONS-5] a consult answered at once (consultAnswersNow) stays answered when its ring time passes', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await desk.run('consult', { interactionId: id, destination: colleagueDestination });
    desk.sim.consultAnswersNow(id);
    expect(desk.call(id).consult?.state).to.equal('answered');
    desk.clock.advance(5000);
    expect(desk.call(id).consult?.state).to.equal('answered');
    expect(desk.errors.map((e) => e.message)).to.deep.equal([]);
    expect((await desk.run('conference', { interactionId: id })).ok).to.equal(true);
    expect(desk.call(id).participants.map((p) => p.name)).to.include('Sam Okafor');
  });

  it('[CONS-2] a consult to a capacity-based entry point fails with Unsupported destination and leaves the call as it was', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    const before = desk.call(id);
    const outcome = await desk.run('consult', { interactionId: id, destination: { type: 'entry-point', id: 'ep-capacity' } });
    expect(outcome.ok).to.equal(false);
    expect(outcome.ok ? '' : outcome.reason).to.match(/Unsupported destination/);
    expect(desk.call(id)).to.equal(before);
  });

  it('[CONS-7] [CONS-6] the consulted agent wraps up when the primary ends the consult, not when exiting', async () => {
    const desk = simDesk();
    const first = desk.sim.colleagueConsultsMe();
    desk.clock.advance(1000);
    await desk.run('accept', { interactionId: first });
    desk.sim.colleagueEndsConsult(first);
    expect(desk.call(first).phase).to.equal('wrap-up');
    const second = desk.sim.colleagueConsultsMe();
    desk.clock.advance(1000);
    await desk.run('accept', { interactionId: second });
    expect((await desk.run('exitConsult', { interactionId: second })).ok).to.equal(true);
    expect(desk.call(second)).to.equal(undefined);
  });

  it('[CONF-1] [CONF-2] [CONF-3] [CONF-7] conferences up to 8, refuses the 9th, lists a supervisor, and passes control to the longest when the primary exits', async () => {
    const desk = simDesk({ directory: undefined });
    const id = await desk.acceptedCall();
    const others = ['agent-sam', 'agent-noor', 'agent-lea', 'agent-ana'];
    for (const agent of others) {
      desk.clock.advance(100);
      await desk.run('consult', { interactionId: id, destination: { type: 'agent', id: agent } });
      desk.clock.advance(3000);
      await desk.run('conference', { interactionId: id });
    }
    for (const number of ['dn-legal']) {
      await desk.run('consult', { interactionId: id, destination: { type: 'dial-number', id: number } });
      desk.clock.advance(3000);
      await desk.run('conference', { interactionId: id });
    }
    for (const org of ['org-partner', 'q-billing']) {
      await desk.run('consult', { interactionId: id, destination: { type: org.startsWith('q') ? 'queue' : 'organization', id: org } });
      desk.clock.advance(3000);
      await desk.run('conference', { interactionId: id });
    }
    expect(desk.call(id).participants).to.have.length(8);
    expect(desk.call(id).inConference).to.equal(true);
    const ninth = await desk.run('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-kenji' } });
    expect(ninth.ok).to.equal(false);
    // The server refuses it too, for hosts whose requests skip the desk's guard.
    const direct = await desk.sim.adapter.consult({ interactionId: id, destination: { type: 'agent', id: 'agent-kenji' } }).then(() => 'sent', (e: Error) => e.message);
    expect(direct).to.match(/at most 8/);
    desk.sim.supervisorBargesIn(id);
    expect(desk.call(id).participants.some((p) => p.role === 'supervisor')).to.equal(true);
    await desk.run('exitConference', { interactionId: id });
    expect(desk.call(id).phase).to.equal('wrap-up');
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CONF-4] [CONF-5] [CONF-6] drops the customer with a notice, ends the conference at two parties, and refuses adding in Post Call', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await desk.run('consult', { interactionId: id, destination: colleagueDestination });
    desk.clock.advance(3000);
    await desk.run('conference', { interactionId: id });
    const customer = desk.call(id).participants.find((p) => p.role === 'customer')!;
    await desk.run('dropParticipant', { interactionId: id, participantId: customer.id });
    expect(desk.state().notices.map((n) => n.kind)).to.include('customer-dropped');
    expect(desk.call(id).phase).to.equal('post-call');
    expect(desk.call(id).inConference).to.equal(false);
    const added = await desk.run('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-noor' } });
    expect(added.ok).to.equal(false);
  });

  it('[CONF-6] the customer hanging up during a consult leaves the agents in Post Call', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await desk.run('consult', { interactionId: id, destination: colleagueDestination });
    desk.clock.advance(3000);
    desk.sim.customerHangsUp(id);
    expect(desk.call(id).phase).to.equal('post-call');
  });

  it('[XFER-1] [XFER-2] [END-4] a transfer to an agent or a queue goes at once and opens wrap-up; to an organization it is refused', async () => {
    const desk = simDesk();
    const first = await desk.acceptedCall();
    const refused = await desk.sim.adapter.transfer({ interactionId: first, mode: 'blind', destination: { type: 'organization', id: 'org-partner' } }).then(() => 'sent', (e: Error) => e.message);
    expect(refused).to.match(/queue, an agent/);
    await desk.run('transfer', { interactionId: first, mode: 'blind', destination: colleagueDestination });
    expect(desk.call(first).phase).to.equal('wrap-up');
    const second = await desk.acceptedCall();
    expect((await desk.run('transfer', { interactionId: second, mode: 'blind', destination: { type: 'queue', id: 'q-sales' } })).ok).to.equal(true);
    expect(desk.call(second).phase).to.equal('wrap-up');
  });

  it('[REC-1] [REC-2] [REC-3] pauses recording, resumes by itself after the tenant duration, and refuses during a consult', async () => {
    const desk = simDesk({ tenant: { recordingPauseMs: 45_000 } });
    const id = await desk.acceptedCall();
    expect(desk.call(id).recording.state).to.equal('recording');
    await desk.run('pauseRecording', { interactionId: id });
    expect(desk.call(id).recording).to.deep.equal({ state: 'paused', resumesAt: desk.clock.now() + 45_000 });
    desk.clock.advance(45_000);
    expect(desk.call(id).recording.state).to.equal('recording');
    await desk.run('consult', { interactionId: id, destination: colleagueDestination });
    const refused = await desk.run('pauseRecording', { interactionId: id });
    expect(refused.ok).to.equal(false);
    expect(desk.call(id).recording.state).to.equal('recording');
  });

  it('[BNR-1] [BNR-2] [BNR-3] BNR starts from the user setting, toggles per call, and is locked during a consult', async () => {
    const desk = simDesk({ agent: { settings: { backgroundNoiseReduction: false } } });
    const id = await desk.acceptedCall();
    expect(desk.call(id).bnr).to.equal(false);
    await desk.run('setBnr', { interactionId: id, enabled: true });
    expect(desk.call(id).bnr).to.equal(true);
    await desk.run('consult', { interactionId: id, destination: colleagueDestination });
    expect((await desk.run('setBnr', { interactionId: id, enabled: false })).ok).to.equal(false);
    await desk.run('endConsult', { interactionId: id });
    expect((await desk.run('setBnr', { interactionId: id, enabled: false })).ok).to.equal(true);
  });

  it('[CAD-4] [CAD-5] saves with versions; a colleague saving first wins and the later saver is told', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    const caseVar = () => desk.call(id).variables.find((v) => v.name === 'caseNumber')!;
    await desk.run('saveVariables', { interactionId: id, changes: [{ name: 'caseNumber', value: 'CASE-1', baseVersion: caseVar().version }] });
    expect(caseVar().value).to.equal('CASE-1');
    const staleVersion = caseVar().version;
    desk.sim.colleagueSavesVariable(id, 'caseNumber', 'CASE-9');
    const mine = await desk.run('saveVariables', { interactionId: id, changes: [{ name: 'caseNumber', value: 'CASE-2', baseVersion: staleVersion }] });
    expect(mine.ok).to.equal(false);
    expect(caseVar().value).to.equal('CASE-9');
    expect(desk.state().notices.at(-1)!.message).to.contain('Case number').and.contain('CASE-9');
  });

  it('[CAD-2] a secure variable is revealed only on request, and a failed reveal can be retried', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    expect(JSON.stringify(desk.state())).not.to.match(/"accountPin"[^}]*"value":"\d/);
    desk.sim.failNextReveal();
    expect((await desk.run('revealVariable', { interactionId: id, name: 'accountPin' })).ok).to.equal(false);
    expect((await desk.run('revealVariable', { interactionId: id, name: 'accountPin' })).ok).to.equal(true);
    expect(desk.store.revealedValue(id, 'accountPin')).to.match(/^\d{4}$/);
  });

  it('[CONF-3] [CONF-5] when the primary leaves, the agent in the call longest takes control', async () => {
    const desk = simDesk();
    const id = desk.sim.colleagueConsultsMe();
    desk.clock.advance(1000);
    await desk.run('accept', { interactionId: id });
    const me = desk.state().agent.id;
    const primary = desk.call(id).participants.find((p) => p.role === 'primary')!;
    expect(desk.call(id).controllerId).to.equal(primary.id);
    expect((await desk.run('end', { interactionId: id })).ok).to.equal(false);
    desk.sim.colleagueStartsConference(id);
    expect(desk.call(id).inConference).to.equal(true);
    desk.sim.participantLeaves(id, primary.id);
    expect(desk.call(id).controllerId).to.equal(me);
    expect(desk.call(id).inConference).to.equal(false);
    expect((await desk.run('end', { interactionId: id })).ok).to.equal(true);
    expect(desk.call(id).phase).to.equal('wrap-up');
    expect(desk.errors).to.deep.equal([]);
  });
});
