import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AdapterEventInput } from '../../src/core/adapter-events.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { createStore } from '../../src/core/store.js';
import { defaultTenant } from '../../src/core/state.js';
import type { StoreError } from '../../src/core/store-events.js';
import { callInit, eventFactory, variable } from '../helpers/adapter-events.js';

/** A few ids so random events often hit the same interaction and participants. */
const interactionId = fc.constantFrom('i1', 'i2', 'i3');
const participantId = fc.constantFrom('agent-self', 'customer', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9');
const role = fc.constantFrom('customer', 'primary', 'consulted', 'conferenced', 'dial-number', 'supervisor' as const);
const participant = fc.record({ id: participantId, name: fc.string(), role, joinedAt: fc.nat(1000) });
const destination = fc.record({ type: fc.constantFrom('agent', 'queue', 'entry-point', 'dial-number', 'organization' as const), id: fc.constantFrom('a2', 'q1', 'ep1') });
const secureVariable = fc.nat(99).map((n) => variable({ name: `secure${n % 3}`, secure: true, value: `SECRET-${n}`, version: n }));
const plainVariable = fc.nat(99).map((n) => variable({ name: `plain${n % 3}`, value: `value ${n}`, version: n }));
const init = fc.constantFrom('voice', 'chat', 'email', 'social' as const).map((channel) => callInit({ channel }));

const validEvent: fc.Arbitrary<AdapterEventInput> = fc.oneof(
  fc.record({ type: fc.constant('interaction-connecting' as const), interactionId, interaction: init }),
  fc.record({ type: fc.constant('interaction-offered' as const), interactionId, interaction: fc.option(init, { nil: undefined }) }),
  fc.record({
    type: fc.constant('interaction-accepted' as const),
    interactionId,
    participants: fc.array(participant, { maxLength: 10 }),
    controllerId: participantId,
    recording: fc.constant({ state: 'recording' as const }),
    bnr: fc.boolean(),
  }),
  fc.record({ type: fc.constant('rona' as const), interactionId }),
  fc.record({ type: fc.constant('interaction-removed' as const), interactionId, reason: fc.constantFrom('declined', 'ended', 'returned-to-queue' as const) }),
  fc.record({ type: fc.constant('hold-changed' as const), interactionId, leg: fc.constantFrom('customer', 'consult' as const), onHold: fc.boolean() }),
  fc.record({ type: fc.constant('consult-updated' as const), interactionId, destination, state: fc.constantFrom('requested', 'ringing', 'answered' as const), participant: fc.option(participant, { nil: undefined }) }),
  fc.record({ type: fc.constant('consult-ended' as const), interactionId }),
  fc.record({ type: fc.constant('conference-started' as const), interactionId }),
  fc.record({ type: fc.constant('participant-joined' as const), interactionId, participant }),
  fc.record({ type: fc.constant('participant-left' as const), interactionId, participantId, dropped: fc.boolean() }),
  fc.record({ type: fc.constant('control-changed' as const), interactionId, controllerId: participantId }),
  fc.record({ type: fc.constant('customer-left' as const), interactionId }),
  fc.record({ type: fc.constant('variables-updated' as const), interactionId, variables: fc.array(fc.oneof(secureVariable, plainVariable), { maxLength: 4 }) }),
  fc.record({ type: fc.constant('interaction-ended' as const), interactionId, wrapUpRequired: fc.boolean() }),
);

type Step =
  | { kind: 'valid'; event: AdapterEventInput }
  | { kind: 'junk'; value: unknown }
  | { kind: 'replay'; index: number; freshId: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: validEvent.map((event) => ({ kind: 'valid' as const, event })) },
  { weight: 1, arbitrary: fc.anything().map((value) => ({ kind: 'junk' as const, value })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), index: fc.nat(), freshId: fc.boolean() }) },
);

describe('store under random adapter events', () => {
  it('[HOLD-3] [CONF-2] [CAD-2] [POP-7] never throws, reports every refusal, and never breaks a rule', () => {
    let events = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 60 }), (steps) => {
        const clock = createVirtualClock();
        const store = createStore({ clock, state: { tenant: { ...defaultTenant, sensitiveDataProtection: true } } });
        const errors: StoreError[] = [];
        store.events.on('error', (e) => errors.push(e));
        const factory = eventFactory(clock.now());
        const sent: Record<string, unknown>[] = [];
        for (const s of steps) {
          let input: unknown;
          if (s.kind === 'valid') input = factory.make(s.event);
          else if (s.kind === 'junk') input = s.value;
          else if (sent.length) {
            const old = sent[s.index % sent.length];
            input = s.freshId ? { ...old, eventId: `replay-${events}` } : old;
          } else continue;
          if (input && typeof input === 'object') sent.push(input as Record<string, unknown>);
          const before = store.getState();
          const errorsBefore = errors.length;
          const result = store.dispatch(input);
          events++;
          if (result.ok) {
            expect(errors.length).to.equal(errorsBefore);
          } else {
            expect(errors.length).to.equal(errorsBefore + 1);
            expect(store.getState()).to.equal(before);
          }
          const state = store.getState();
          for (const i of Object.values(state.interactions)) {
            expect(i.customerLeg.onHold && i.consult?.leg.onHold, 'both legs on hold').not.to.equal(true);
            const talking = i.participants.filter((p) => p.role !== 'supervisor');
            expect(talking.length, 'participants').to.be.at.most(state.tenant.conferenceLimit);
          }
          const text = JSON.stringify(state) + JSON.stringify(errors);
          expect(text, 'secure value outside its variable').not.to.contain('SECRET');
          expect(text, 'unmasked number').not.to.contain('415 555');
        }
      }),
      { numRuns: 150, seed: 20261124 },
    );
    // Thousands of events in all, valid, malformed, duplicated and out of order.
    expect(events).to.be.greaterThan(3000);
  });
});
