import { expect } from '@open-wc/testing';
import type { RequestError } from '../../src/core/requests.js';
import { canCancelCallback, canHold, interactionStatus } from '../../src/core/rules/index.js';
import { popoverRequests } from '../../src/core/rules/popover.js';
import { simDesk } from './sim-desk.js';

describe('simulator: routing', () => {
  it('[POP-1] shows a connecting request, then the contact request', () => {
    const desk = simDesk();
    const id = desk.sim.offerCall();
    expect(desk.call(id).phase).to.equal('connecting');
    desk.clock.advance(1000);
    expect(desk.call(id).phase).to.equal('offered');
    expect(desk.errors).to.deep.equal([]);
  });

  it('[AGENT-1] offers wait in the queue while the agent is Idle and arrive once Available', async () => {
    const desk = simDesk({ agent: { availability: 'idle', idleCodeId: 'lunch' } });
    const id = desk.sim.offerChat();
    expect(desk.call(id)).to.equal(undefined);
    expect(desk.sim.queued()).to.deep.equal([id]);
    await desk.run('setAgentState', { availability: 'available' });
    expect(desk.call(id).phase).to.equal('connecting');
  });

  it('[POP-11] an unanswered offer goes back to the queue, the agent is set Idle, and the RONA popover shows', () => {
    const desk = simDesk({ tenant: { ringTimeoutMs: 15_000 } });
    const id = desk.sim.offerCall();
    desk.clock.advance(1000 + 14_999);
    expect(desk.call(id).phase).to.equal('offered');
    desk.clock.advance(1);
    expect(desk.call(id)).to.equal(undefined);
    expect(desk.state().agent.availability).to.equal('idle');
    expect(desk.state().agent.idleCodeId).to.equal('rona');
    expect(desk.state().rona?.interactionId).to.equal(id);
  });

  it('[POP-2] [POP-3] [POP-4] seven mixed requests stack in channel order and the digital ones are accepted at once', async () => {
    const desk = simDesk();
    const ids = [desk.sim.offerCall(), desk.sim.offerChat(), desk.sim.offerEmail(), desk.sim.offerSocial(), desk.sim.offerChat(), desk.sim.offerEmail(), desk.sim.offerCall()];
    desk.clock.advance(1000);
    expect(popoverRequests(desk.state()).map((i) => i.channel)).to.deep.equal(['email', 'email', 'social', 'chat', 'chat', 'voice', 'voice']);
    const digital = ids.filter((id) => desk.call(id).channel !== 'voice');
    const outcome = await desk.run('acceptAll', { interactionIds: digital });
    expect(outcome.ok).to.equal(true);
    expect(digital.map((id) => desk.call(id).phase)).to.deep.equal(Array(5).fill('connected'));
    expect(popoverRequests(desk.state()).map((i) => i.channel)).to.deep.equal(['voice', 'voice']);
  });

  it('[AGENT-2] refuses sign-out while a request is showing', async () => {
    const desk = simDesk();
    desk.sim.offerCall();
    const outcome = await desk.run('signOut', {});
    expect(outcome.ok).to.equal(false);
    expect(desk.state().agent.signedIn).to.equal(true);
  });

  it('[AGENT-4] refuses an outdial at the tenant concurrent-call limit, with the reason code', async () => {
    const desk = simDesk({ tenant: { concurrentCallLimit: 1 } });
    await desk.acceptedCall();
    const outcome = await desk.run('outdial', { number: '+1 415 555 0111' });
    expect(outcome.ok).to.equal(false);
    expect(outcome.ok ? '' : outcome.reason).to.contain('TENANT_CONCURRENT_CALL_LIMIT');
  });

  it('[AGENT-4] the limit counts the contact center\'s calls (other agents\' too); the desk and the simulator ask the same rule and agree', async () => {
    const desk = simDesk({ tenant: { concurrentCallLimit: 50 } });
    desk.sim.otherAgentsOnCalls(48);
    expect(desk.state().tenant.activeCalls, 'the platform reports the count').to.equal(48);
    expect((await desk.run('outdial', { number: '+44 20 7946 0958' })).ok).to.equal(true);
    expect(desk.state().tenant.activeCalls).to.equal(49);
    desk.sim.otherAgentsOnCalls(49);
    // The desk refuses before asking; with the count kept from it, the simulator refuses the same way.
    const atDesk = await desk.run('outdial', { number: '+1 415 555 0111' });
    expect(atDesk.ok ? '' : [atDesk.code, atDesk.reason]).to.deep.equal(['refused', 'The contact center has reached its limit of concurrent calls (TENANT_CONCURRENT_CALL_LIMIT).']);
    const atServer = await desk.sim.adapter.outdial({ number: '+1 415 555 0111' }).then(() => undefined, (e: RequestError) => [e.code, e.message]);
    expect(atServer).to.deep.equal(['concurrent-limit', 'The contact center has reached its limit of concurrent calls (TENANT_CONCURRENT_CALL_LIMIT).']);
  });

  it('[AGENT-5] the simulator refuses what the desk refuses: a number that is not one, an ANI the tenant does not have', async () => {
    const desk = simDesk();
    const refusal = (payload: { number: string; aniId?: string }) => desk.sim.adapter.outdial(payload).then(() => 'placed', (e: RequestError) => e.code);
    expect(await refusal({ number: '12345' })).to.equal('invalid-outdial');
    expect(await refusal({ number: '+44 20 7946 0958', aniId: 'ani-nope' })).to.equal('invalid-outdial');
    expect(await refusal({ number: '+44 20 7946 0958', aniId: 'ani-billing' })).to.equal('placed');
  });

  it('[POP-7] masks every customer number when sensitive-data protection is on', async () => {
    const desk = simDesk({ tenant: { sensitiveDataProtection: true } });
    const id = await desk.acceptedCall();
    expect(desk.call(id).customer.number).to.match(/^[^0-9]*(?:[^0-9]*•)+.*0134$/);
    expect(JSON.stringify(desk.state())).not.to.contain('415 555 0134');
  });

  it('[CB-1] [POP-12] [TASK-3] a web callback is offered as Callback, and one the customer does not answer goes back to the queue', async () => {
    const desk = simDesk();
    const id = desk.sim.offerCallback('web', { variables: [{ name: 'callbackReason', label: 'Reason', type: 'string', value: 'Card declined', editable: false, secure: false, showOnPopover: false, order: 0, version: 1 }] });
    desk.clock.advance(1000);
    expect([desk.call(id).kind, desk.call(id).callbackKind]).to.deep.equal(['callback', 'web']);
    await desk.run('accept', { interactionId: id });
    desk.sim.customerDoesNotAnswer(id);
    expect(desk.call(id)).to.equal(undefined);
    expect(desk.state().notices.map((n) => n.kind)).to.deep.equal(['returned-to-queue']);
  });

  it('[CB-2] an accepted callback is dialling the customer until they answer: no call controls, Cancel allowed; once answered it is connected', async () => {
    const desk = simDesk();
    const id = desk.sim.offerCallback('web');
    desk.clock.advance(1000);
    await desk.run('accept', { interactionId: id });
    expect([desk.call(id).phase, interactionStatus(desk.call(id))]).to.deep.equal(['dialling', 'dialling']);
    expect(canCancelCallback(desk.state(), id).allowed).to.equal(true);
    expect(canHold(desk.state(), id, 'customer').allowed, 'no call controls before the customer answers').to.equal(false);
    const hold = await desk.run('hold', { interactionId: id, leg: 'customer' });
    expect(hold.ok).to.equal(false);
    desk.clock.advance(3000);
    expect([desk.call(id).phase, interactionStatus(desk.call(id))]).to.deep.equal(['connected', 'connected']);
    expect(canCancelCallback(desk.state(), id).reason).to.equal('The customer has answered: the callback can no longer be cancelled.');
    const late = await desk.run('cancelCallback', { interactionId: id });
    expect(late.ok).to.equal(false);
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CB-2] [END-4] Cancel while the customer is being dialled leads to wrap-up; the simulator agrees with the desk', async () => {
    const desk = simDesk();
    const id = desk.sim.offerCallback('web');
    desk.clock.advance(1000);
    await desk.run('accept', { interactionId: id });
    const outcome = await desk.run('cancelCallback', { interactionId: id });
    expect(outcome.ok).to.equal(true);
    expect(desk.call(id).phase).to.equal('wrap-up');
    desk.clock.advance(5000);
    expect(desk.call(id).phase, 'the customer answering later changes nothing').to.equal('wrap-up');
    expect(desk.errors).to.deep.equal([]);
  });

  it('[POP-9] [END-4] cancelling a web callback leads to wrap-up', async () => {
    const desk = simDesk();
    const id = desk.sim.offerCallback('web');
    desk.clock.advance(1000);
    const outcome = await desk.run('cancelCallback', { interactionId: id });
    expect(outcome.ok).to.equal(true);
    expect(desk.call(id).phase).to.equal('wrap-up');
  });
});
