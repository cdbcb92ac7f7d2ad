import { expect } from '@open-wc/testing';
import type { CallbackDraft } from '../../src/core/requests.js';
import { simDesk } from './sim-desk.js';

const MINUTE = 60_000;

function draft(now: number, overrides: Partial<CallbackDraft> = {}): CallbackDraft {
  return {
    customerName: 'Ada Lovelace',
    customerNumber: '+1 415 555 0134',
    startAt: new Date(now + 45 * MINUTE).toISOString(),
    endAt: new Date(now + 75 * MINUTE).toISOString(),
    timeZone: 'America/New_York',
    assignment: { to: 'myself' },
    queueId: 'q-billing',
    reason: 'Follow up on the refund',
    personal: false,
    ...overrides,
  };
}

describe('simulator: scheduled callbacks', () => {
  it('[SCHED-4] [SCHED-11] [CB-1] a scheduled callback comes due as a Callback request with its reason and its link to the chat', async () => {
    const desk = simDesk();
    const outcome = await desk.run('scheduleCallback', { callback: draft(desk.clock.now(), { linkedInteractionId: 'chat-7' }) });
    expect(outcome.ok).to.equal(true);
    expect(desk.state().callbacks).to.have.length(1);
    desk.clock.advance(45 * MINUTE);
    const offered = Object.values(desk.state().interactions);
    expect(offered.map((i) => [i.kind, i.callbackKind, i.customer.name])).to.deep.equal([['callback', 'scheduled', 'Ada Lovelace']]);
    expect(offered[0].variables.find((v) => v.name === 'callbackReason')?.value).to.equal('Follow up on the refund');
    expect(offered[0].linkedInteractionId).to.equal('chat-7');
    // SCHED-9: listed, no longer editable, until its window ends.
    expect(desk.state().callbacks).to.have.length(1);
    expect((await desk.run('deleteCallback', { callbackId: desk.state().callbacks[0].id })).ok).to.equal(false);
    desk.clock.advance(30 * MINUTE);
    expect(desk.state().callbacks).to.have.length(0);
  });

  it('[SCHED-4] [SCHED-7] the server refuses what the shared validation refuses, even when the desk is skipped', async () => {
    const desk = simDesk();
    const now = desk.clock.now();
    const tooSoon = draft(now, { startAt: new Date(now + 29 * MINUTE).toISOString() });
    const inactiveQueue = draft(now, { queueId: 'q-legacy' });
    for (const bad of [tooSoon, inactiveQueue]) {
      const reason = await desk.sim.adapter.scheduleCallback({ callback: bad }).then(() => 'scheduled', (e: Error) => e.message);
      expect(reason).to.match(/not scheduled/);
    }
    expect(desk.sim.callbacks()).to.have.length(0);
  });

  it('[SCHED-9] edit and delete are refused once the start time has passed', async () => {
    const desk = simDesk({ agent: { availability: 'idle' } });
    const scheduled = await desk.run('scheduleCallback', { callback: draft(desk.clock.now()) });
    const id = scheduled.ok ? scheduled.result.id : '';
    desk.clock.advance(30 * MINUTE);
    expect((await desk.run('updateCallback', { callbackId: id, callback: draft(desk.clock.now()) })).ok).to.equal(true);
    desk.clock.advance(46 * MINUTE);
    const late = await desk.sim.adapter.deleteCallback({ callbackId: id }).then(() => 'deleted', (e: Error) => e.message);
    expect(late).to.match(/start time has passed/);
  });

  it('[SCHED-12] without a callback entry point nothing can be scheduled', async () => {
    const desk = simDesk({ tenant: { callbackEntryPointId: undefined } });
    const outcome = await desk.run('scheduleCallback', { callback: draft(desk.clock.now()) });
    expect(outcome.ok).to.equal(false);
    expect(outcome.ok ? '' : outcome.reason).to.match(/no callback entry point/);
  });
});
