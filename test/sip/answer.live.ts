import { expect } from '@open-wc/testing';
import { deepQuery, packetsReceived, phone, sipDesk, sleep, waitFor } from './sip-desk.js';

const closedWith = async (from: number) => {
  const closed = await phone.wait('CALL_CLOSED', from);
  return String(closed.param ?? '');
};

describe('SIP adapter on a real SIP stack: offers the agent answers, refuses or misses', () => {
  it('Decline answers the INVITE with 486 Busy Here and the offer leaves the desk', async () => {
    const desk = await sipDesk('agent1');
    const from = await phone.mark();
    await phone.command(`dial ${desk.uri}`);
    const id = await desk.waitForOffer();
    await desk.click('decline-button');
    expect(await closedWith(from)).to.match(/486/);
    await desk.waitGone(id);
    expect(desk.errors).to.deep.equal([]);
  });

  it('End hangs up (BYE) from the agent\'s side, then wrap-up with a reason from the host\'s configuration', async () => {
    const desk = await sipDesk('agent1', { tenant: { ringTimeoutMs: 60_000, wrapUpReasons: [{ id: 'sorted', label: 'Sorted out' }] } });
    const from = await phone.mark();
    await phone.command(`dial ${desk.uri}`);
    const id = await desk.waitForOffer();
    await desk.click('accept-button');
    await desk.waitForPhase(id, 'connected');
    desk.store.select(id);
    await phone.wait('CALL_ESTABLISHED', from);
    await desk.click('end');
    await closedWith(from);
    await desk.wrapUp(id);
    expect(desk.errors).to.deep.equal([]);
  });

  it('[AGENT-1] an Idle agent is not offered the call: the INVITE is refused with 480', async () => {
    const desk = await sipDesk('agent1');
    await desk.store.request('setAgentState', { availability: 'idle', idleCodeId: 'break' }, desk.line.adapter.setAgentState);
    const from = await phone.mark();
    await phone.command(`dial ${desk.uri}`);
    expect(await closedWith(from)).to.match(/480/);
    expect(desk.ids()).to.deep.equal([]);
  });

  it('[POP-11] RONA: unanswered within the tenant\'s ring time, the offer is refused, the agent goes Idle and the RONA popover shows', async () => {
    const desk = await sipDesk('agent1', { tenant: { ringTimeoutMs: 1500, wrapUpReasons: [{ id: 'resolved', label: 'Resolved' }] } });
    const from = await phone.mark();
    await phone.command(`dial ${desk.uri}`);
    const id = await desk.waitForOffer();
    expect(await closedWith(from)).to.match(/480/);
    await desk.waitGone(id);
    expect(desk.state().agent.availability).to.equal('idle');
    expect(desk.state().agent.idleCodeId).to.equal('rona');
    await waitFor(() => !!deepQuery(desk.container, '[part~=rona-card]'), 'the RONA popover');
    expect(desk.errors).to.deep.equal([]);
  });

  it('a refused microphone is a clear error on the desk and the call keeps ringing', async () => {
    const refuse = () => Promise.reject(Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }));
    const desk = await sipDesk('agent1', { getUserMedia: refuse });
    const from = await phone.mark();
    await phone.command(`dial ${desk.uri}`);
    const id = await desk.waitForOffer();
    await desk.click('accept-button');
    await waitFor(() => /microphone/i.test(deepQuery(desk.container, '[part~=request-card] [part~=error]')?.textContent ?? ''), 'the microphone error on the card');
    expect(desk.state().interactions[id].phase).to.equal('offered');
    await desk.click('decline-button');
    await closedWith(from);
  });

  it('outdial: the desk calls the customer\'s phone, which answers; audio reaches the agent', async () => {
    const desk = await sipDesk('agent1');
    const from = await phone.mark();
    await desk.store.request('outdial', { number: '15550100' }, desk.line.adapter.outdial);
    const id = desk.ids()[0];
    expect(desk.state().interactions[id].kind).to.equal('outdial');
    await desk.waitForPhase(id, 'connected');
    await phone.wait('CALL_ESTABLISHED', from);
    await waitFor(async () => (await packetsReceived(desk.connection(id))) > 20, 'audio from the phone');
    desk.store.select(id);
    await desk.click('end');
    await closedWith(from);
    await sleep(100);
    expect(desk.errors).to.deep.equal([]);
  });
});
