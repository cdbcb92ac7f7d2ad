import { expect } from '@open-wc/testing';
import { deepQuery, packetsReceived, phone, sipDesk, sleep, waitFor } from './sip-desk.js';

/** Packets received over `ms` on a connection. */
async function received(pc: RTCPeerConnection | undefined, ms = 1200) {
  const before = await packetsReceived(pc);
  await sleep(ms);
  return (await packetsReceived(pc)) - before;
}

async function audioToPhone(ms = 1200) {
  const before = await phone.audioBytes();
  await sleep(ms);
  return (await phone.audioBytes()) - before;
}

describe('SIP adapter on a real SIP stack: a call from the customer\'s phone', () => {
  it('[HOLD-1] registers, rings, is answered with Accept, audio flows both ways, Hold stops it, Resume restarts it, DTMF reaches the phone, the customer hangs up', async () => {
    const desk = await sipDesk('agent1');
    const from = await phone.mark();
    await phone.command(`dial ${desk.uri}`);
    const id = await desk.waitForOffer();
    expect(desk.state().interactions[id].customer.number).to.equal('15550100');
    await desk.click('accept-button');
    await desk.waitForPhase(id, 'connected');
    desk.store.select(id);
    await phone.wait('CALL_ESTABLISHED', from);

    const pc = desk.connection(id);
    await waitFor(async () => (await packetsReceived(pc)) > 20, 'audio from the phone');
    expect(await received(pc), 'packets from the phone in 1.2 s').to.be.above(30);
    expect(await audioToPhone(), 'audio bytes the phone decoded in 1.2 s').to.be.above(4000);

    await desk.click('hold');
    await waitFor(() => desk.state().interactions[id].customerLeg.onHold, 'held');
    await sleep(500);
    expect(await received(pc), 'packets while on hold').to.be.below(3);

    await desk.click('resume');
    await waitFor(() => !desk.state().interactions[id].customerLeg.onHold, 'resumed');
    await sleep(300);
    expect(await received(pc), 'packets after resume').to.be.above(30);

    const dtmfFrom = await phone.mark();
    // The pane's keypad: the key sends an RFC 4733 tone that the phone decodes.
    deepQuery<HTMLElement>(desk.container, '[part~=keypad-toggle]')!.click();
    await desk.click('dtmf-7');
    const tone = await phone.wait('CALL_DTMF_START', dtmfFrom);
    expect(tone.param).to.equal('7');
    await desk.click('dtmf-hash');
    // Found by its key, not by its place: the phone may report the 7 more than once before the #.
    const heardHash = async () => (await phone.events(dtmfFrom)).some((e) => e.type === 'CALL_DTMF_START' && e.param === '#');
    await waitFor(heardHash, 'the # tone at the phone', 5000);

    await phone.command('hangup');
    await desk.waitForPhase(id, 'wrap-up');
    expect(desk.errors).to.deep.equal([]);
  });
});
