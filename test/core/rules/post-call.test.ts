import { expect } from '@open-wc/testing';
import { createVirtualClock } from '../../../src/core/clock.js';
import { participantControls, wrapUpOpensFor } from '../../../src/core/rules/index.js';
import { createStore } from '../../../src/core/store.js';
import type { StoreError } from '../../../src/core/store-events.js';
import { callInit, colleague, customer, eventFactory, me } from '../../helpers/adapter-events.js';

/** A store fed by a platform's events, the way an adapter would. */
function platform() {
  const clock = createVirtualClock();
  const store = createStore({ clock });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const events = eventFactory(clock.now());
  const send = (input: Parameters<typeof events.make>[0]) => store.dispatch(events.make(input));
  send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit() });
  send({ type: 'interaction-accepted', interactionId: 'c1', participants: [customer, me], controllerId: me.id, recording: { state: 'recording' }, bnr: true });
  return { store, errors, send, call: () => store.getState().interactions.c1 };
}

describe('store: the call ends when one party is left', () => {
  it('[CONF-6] the customer leaving a two-party call ends it for the agent: wrap-up, no live controls', () => {
    const desk = platform();
    desk.send({ type: 'customer-left', interactionId: 'c1' });
    expect(desk.call().phase).to.equal('wrap-up');
    expect(wrapUpOpensFor(desk.store.getState(), 'c1')).to.equal(true);
    expect(participantControls(desk.store.getState(), 'c1')).to.deep.equal([]);
    // The platform's own end confirms it, and is no error.
    desk.send({ type: 'interaction-ended', interactionId: 'c1', wrapUpRequired: true });
    expect(desk.call().phase).to.equal('wrap-up');
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CONF-6] [CONS-7] End Consult after the customer hung up leaves the primary alone: the call ends for them, into wrap-up', () => {
    const desk = platform();
    desk.send({ type: 'consult-updated', interactionId: 'c1', destination: { type: 'agent', id: 'a2' }, state: 'requested' });
    desk.send({ type: 'consult-updated', interactionId: 'c1', destination: { type: 'agent', id: 'a2' }, state: 'answered', participant: colleague('a2', 10) });
    desk.send({ type: 'customer-left', interactionId: 'c1' });
    expect(desk.call().phase).to.equal('post-call');
    desk.send({ type: 'consult-ended', interactionId: 'c1' });
    expect(desk.call().phase).to.equal('wrap-up');
    expect(participantControls(desk.store.getState(), 'c1')).to.deep.equal([]);
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CONF-6] [CONF-5] a colleague leaving Post Call ends it for the one left; a supervisor does not count as a party', () => {
    const desk = platform();
    desk.send({ type: 'participant-joined', interactionId: 'c1', participant: colleague('a2', 10, 'conferenced') });
    desk.send({ type: 'participant-joined', interactionId: 'c1', participant: { id: 'sup', name: 'Sup', role: 'supervisor', joinedAt: 20 } });
    desk.send({ type: 'participant-left', interactionId: 'c1', participantId: 'customer' });
    expect(desk.call().phase).to.equal('post-call');
    desk.send({ type: 'participant-left', interactionId: 'c1', participantId: 'a2' });
    expect(desk.call().phase).to.equal('wrap-up');
    expect(desk.errors).to.deep.equal([]);
  });
});
