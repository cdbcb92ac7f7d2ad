import { expect } from '@open-wc/testing';
import { LIMITS, overLimit } from '../../src/core/limits.js';
import { defaultTenant } from '../../src/core/state.js';
import { callInit, storeDesk, customer, me, variable } from '../helpers/adapter-events.js';

function desk() {
  const { store, errors, events, send } = storeDesk();
  send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit() });
  send({ type: 'interaction-accepted', interactionId: 'c1', participants: [customer, me], controllerId: me.id, recording: { state: 'recording' }, bnr: true });
  return { store, errors, events, send };
}

describe('what a snapshot may hold is capped, and absurd numbers are refused', () => {
  it('[CAD-1] variables of one interaction stop at 500, however many events add new names', () => {
    const { store, errors, send } = desk();
    const batch = (from: number) => Array.from({ length: 250 }, (_, i) => variable({ name: `v${from + i}`, order: from + i }));
    expect(send({ type: 'variables-updated', interactionId: 'c1', variables: batch(0) }).ok).to.equal(true);
    expect(send({ type: 'variables-updated', interactionId: 'c1', variables: batch(250) }).ok).to.equal(true);
    const full = store.getState();
    expect(full.interactions.c1.variables).to.have.length(500);
    expect(send({ type: 'variables-updated', interactionId: 'c1', variables: batch(500) }).ok).to.equal(false);
    expect(store.getState()).to.equal(full);
    expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([
      ['over-limit', 'Event "variables-updated" for interaction "c1" was refused: the interaction would hold more than 500 variables.'],
    ]);
    // New versions of the variables it holds still apply.
    expect(send({ type: 'variables-updated', interactionId: 'c1', variables: [variable({ name: 'v3', value: 'new', version: 2 })] }).ok).to.equal(true);
  });

  it('[CONF-2] supervisors barging into one call stop at 64 participants in all', () => {
    const { store, errors, send } = desk();
    for (let n = 0; n < 62; n++) {
      expect(send({ type: 'participant-joined', interactionId: 'c1', participant: { id: `sup-${n}`, name: 'Supervisor', role: 'supervisor', joinedAt: n } }).ok, `supervisor ${n}`).to.equal(true);
    }
    const full = store.getState();
    expect(full.interactions.c1.participants).to.have.length(64);
    expect(send({ type: 'participant-joined', interactionId: 'c1', participant: { id: 'sup-x', name: 'Supervisor', role: 'supervisor', joinedAt: 99 } }).ok).to.equal(false);
    expect(store.getState()).to.equal(full);
    expect(errors.map((e) => e.kind)).to.deep.equal(['over-limit']);
  });

  it('the desk holds at most 10,000 interactions at once', () => {
    const shape = { variables: [], participants: [] };
    expect(overLimit(undefined, shape, LIMITS.interactions - 1)).to.equal(undefined);
    expect(overLimit(undefined, shape, LIMITS.interactions)).to.equal('the desk already holds 10000 interactions');
    // Changing one it holds is no new one.
    expect(overLimit(shape, { ...shape }, LIMITS.interactions)).to.equal(undefined);
  });

  it('[REC-2] [POP-11] refuses times of ±1e300, seqs beyond exact numbers and week-long timeouts, with the field and the range', () => {
    const { store, errors, events } = desk();
    const before = store.getState();
    const cases: [unknown, string][] = [
      [{ ...events.make({ type: 'customer-left', interactionId: 'c1' }), at: 1e300 }, 'event.at must be a time in epoch ms from 1970 to 2200'],
      [{ ...events.make({ type: 'customer-left', interactionId: 'c1' }), at: -1e300 }, 'event.at must be a time in epoch ms from 1970 to 2200'],
      [{ ...events.make({ type: 'customer-left', interactionId: 'c1' }), seq: 1e300 }, 'event.seq must be a whole number from 0'],
      [{ ...events.make({ type: 'customer-left', interactionId: 'c1' }), seq: 2.5 }, 'event.seq must be a whole number from 0'],
      [events.make({ type: 'recording-changed', interactionId: 'c1', recording: { state: 'paused', resumesAt: 1e300 } }), 'event.recording.resumesAt must be a time in epoch ms from 1970 to 2200'],
      [events.make({ type: 'participant-joined', interactionId: 'c1', participant: { ...me, id: 'p2', joinedAt: -1e300 } }), 'event.participant.joinedAt must be a time in epoch ms from 1970 to 2200'],
      [events.make({ type: 'tenant-updated', tenant: { ...defaultTenant, ringTimeoutMs: 1e300 } }), 'event.tenant.ringTimeoutMs must be a duration in ms from 0 to a week'],
      [events.make({ type: 'tenant-updated', tenant: { ...defaultTenant, conferenceLimit: -1 } }), 'event.tenant.conferenceLimit must be a whole number from 0'],
      [events.make({ type: 'variables-updated', interactionId: 'c1', variables: [variable({ name: 'v', version: 1e300 })] }), 'event.variables[0].version must be a whole number from 0'],
      [events.make({ type: 'variables-updated', interactionId: 'c1', variables: [variable({ name: 'v', value: 'x'.repeat(100_001) })] }), 'event.variables[0].value has more than 100000 characters'],
    ];
    for (const [input] of cases) expect(store.dispatch(input).ok).to.equal(false);
    expect(errors.map((e) => e.message)).to.deep.equal(cases.map(([, detail]) => `Malformed adapter event: ${detail}.`));
    expect(store.getState()).to.equal(before);
  });
});
