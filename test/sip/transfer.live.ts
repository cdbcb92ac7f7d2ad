import { expect } from '@open-wc/testing';
import { browserCustomer, packetsReceived, phone, sipDesk, sleep, waitFor } from './sip-desk.js';

const flowing = (pc: () => RTCPeerConnection | undefined, what: string) =>
  waitFor(async () => {
    const before = await packetsReceived(pc());
    await sleep(400);
    return (await packetsReceived(pc())) - before > 10;
  }, what);

describe('SIP adapter on a real SIP stack: transfers and consults between two agent desks', () => {
  it('[XFER-2] blind transfer: Transfer to an agent sends a REFER; the customer\'s phone calls the second agent, who answers and hears it; the first wraps up', async () => {
    const agent1 = await sipDesk('agent1');
    const agent2 = await sipDesk('agent2');
    const from = await phone.mark();
    await phone.command(`dial ${agent1.uri}`);
    const id = await agent1.waitForOffer();
    await agent1.click('accept-button');
    await agent1.waitForPhase(id, 'connected');
    await phone.wait('CALL_ESTABLISHED', from);
    agent1.store.select(id);
    await agent1.click('transfer');
    await agent1.chooseDestination('Agent agent2');
    const id2 = await agent2.waitForOffer();
    expect(agent2.state().interactions[id2].customer.number).to.equal('15550100');
    await agent2.click('accept-button');
    await agent2.waitForPhase(id2, 'connected');
    await agent1.waitForPhase(id, 'wrap-up');
    await flowing(() => agent2.connection(id2), 'audio from the phone at agent2');
    expect([...agent1.errors, ...agent2.errors]).to.deep.equal([]);
    await phone.command('hangup');
    await agent2.waitForPhase(id2, 'wrap-up');
  });

  it('[CONS-1] [CONS-5] [HOLD-3] [CONS-7] consult another agent (customer held), End Consult, Resume; then consult again and Transfer (REFER with Replaces): the customer talks to the second agent', async () => {
    const customer = await browserCustomer();
    const agent1 = await sipDesk('agent1');
    const agent2 = await sipDesk('agent2');
    customer.call(agent1.uri);
    const id = await agent1.waitForOffer();
    await agent1.click('accept-button');
    await agent1.waitForPhase(id, 'connected');
    agent1.store.select(id);

    // Consult: the customer is held (no audio from them), a second call rings agent2 with who asks (POP-6).
    await agent1.click('consult');
    await agent1.chooseDestination('Agent agent2');
    const c1 = await agent2.waitForOffer();
    const request = agent2.state().interactions[c1];
    expect(request.kind).to.equal('consult-request');
    expect(request.consultRequester?.name).to.equal('Agent agent1');
    expect(agent1.state().interactions[id].customerLeg.onHold).to.equal(true);
    await agent2.click('accept-button');
    await waitFor(() => agent1.state().interactions[id].consult?.state === 'answered', 'consult answered');
    await flowing(() => agent1.connection(id, 'consult'), 'audio from agent2 on the consult leg');
    const held = await packetsReceived(agent1.connection(id));
    await sleep(800);
    expect((await packetsReceived(agent1.connection(id))) - held, 'customer packets while held').to.be.below(3);

    // End Consult: agent2's consult ends (CONS-7: they wrap up), agent1 resumes the customer.
    await agent1.click('end-consult');
    await waitFor(() => !agent1.state().interactions[id].consult, 'consult ended');
    await agent2.waitForPhase(c1, 'wrap-up');
    await agent2.wrapUp(c1);
    await agent1.click('resume');
    await waitFor(() => !agent1.state().interactions[id].customerLeg.onHold, 'customer resumed');
    await flowing(() => agent1.connection(id), 'audio from the customer after resume');

    // Consult again, then Transfer: the customer's INVITE with Replaces takes the consult's place at agent2.
    await agent1.click('consult');
    await agent1.chooseDestination('Agent agent2');
    const c2 = await agent2.waitForOffer();
    await agent2.click('accept-button');
    await waitFor(() => agent1.state().interactions[id].consult?.state === 'answered', 'second consult answered');
    await agent1.click('transfer');
    await agent1.waitForPhase(id, 'wrap-up');
    await waitFor(() => agent2.state().interactions[c2]?.controllerId === 'agent-agent2', 'agent2 in control');
    const after = agent2.state().interactions[c2];
    expect(after.participants.map((p) => p.role).sort()).to.deep.equal(['consulted', 'customer']);
    await flowing(() => agent2.connection(c2), 'audio from the customer at agent2');
    expect(customer.live().length).to.equal(1);
    expect([...agent1.errors, ...agent2.errors]).to.deep.equal([]);
  });
});
