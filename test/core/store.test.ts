import { expect } from '@open-wc/testing';
import { createVirtualClock } from '../../src/core/clock.js';
import { RequestError } from '../../src/core/requests.js';
import { participantList } from '../../src/core/rules/index.js';
import { revealState } from '../../src/core/selectors.js';
import { createStore } from '../../src/core/store.js';
import { isInteractionEventType } from '../../src/core/validate-event.js';
import type { StoreError } from '../../src/core/store-events.js';
import { defaultAgent, defaultTenant, emptyDirectory } from '../../src/core/state.js';
import type { ScheduledCallback } from '../../src/core/types.js';
import { callInit, colleague, customer, eventFactory, me, variable } from '../helpers/adapter-events.js';

function setup(options: { protect?: boolean } = {}) {
  const clock = createVirtualClock();
  const store = createStore({
    clock,
    state: { tenant: { ...defaultTenant, sensitiveDataProtection: options.protect ?? false } },
  });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const events = eventFactory(clock.now());
  const send = (input: Parameters<typeof events.make>[0]) => store.dispatch(events.make(input));
  return { clock, store, errors, events, send };
}

function connectedCall(send: ReturnType<typeof setup>['send'], id = 'c1') {
  send({ type: 'interaction-connecting', interactionId: id, interaction: callInit() });
  send({ type: 'interaction-offered', interactionId: id });
  send({
    type: 'interaction-accepted',
    interactionId: id,
    participants: [customer, me],
    controllerId: me.id,
    recording: { state: 'recording' },
    bnr: true,
  });
}

describe('store', () => {
  it('hands out frozen snapshots and notifies subscribers with the previous one', () => {
    const { store, send } = setup();
    const seen: [number, number][] = [];
    const off = store.subscribe((state, previous) =>
      seen.push([Object.keys(state.interactions).length, Object.keys(previous.interactions).length]),
    );
    send({ type: 'interaction-connecting', interactionId: 'c1', interaction: callInit() });
    off();
    send({ type: 'interaction-offered', interactionId: 'c1' });
    expect(seen).to.deep.equal([[1, 0]]);
    expect(Object.isFrozen(store.getState())).to.equal(true);
    expect(store.getState().interactions.c1.phase).to.equal('offered');
  });

  it('keeps unchanged parts of the snapshot identical so elements can skip work', () => {
    const { store, send } = setup();
    connectedCall(send, 'c1');
    connectedCall(send, 'c2');
    const before = store.getState();
    send({ type: 'hold-changed', interactionId: 'c2', leg: 'customer', onHold: true });
    const after = store.getState();
    expect(after.interactions.c1).to.equal(before.interactions.c1);
    expect(after.agent).to.equal(before.agent);
    expect(after.interactions.c2).not.to.equal(before.interactions.c2);
  });

  describe('refused adapter events leave the state exactly as it was', () => {
    const cases: [string, (s: ReturnType<typeof setup>) => unknown, StoreError['kind']][] = [
      ['not an object', () => 'hello', 'malformed'],
      ['a missing field', (s) => s.events.make({ type: 'hold-changed', interactionId: 'c1', leg: 'customer' } as never), 'malformed'],
      ['a wrong type', (s) => ({ ...s.events.make({ type: 'bnr-changed', interactionId: 'c1', enabled: true }), enabled: 'yes' }), 'malformed'],
      ['an unknown type', (s) => ({ ...s.events.make({ type: 'customer-left', interactionId: 'c1' }), type: 'teleported' }), 'unknown-event'],
      ['an unknown interaction', (s) => s.events.make({ type: 'customer-left', interactionId: 'nope' }), 'unknown-interaction'],
      ['an impossible transition', (s) => s.events.make({ type: 'interaction-accepted', interactionId: 'c1', participants: [], controllerId: 'x', recording: { state: 'off' }, bnr: false }), 'invalid-transition'],
    ];
    for (const [name, make, kind] of cases) {
      it(`reports ${name} as ${kind}`, () => {
        const s = setup();
        connectedCall(s.send);
        const before = s.store.getState();
        const result = s.store.dispatch(make(s));
        expect(result.ok).to.equal(false);
        expect(s.errors.map((e) => e.kind)).to.deep.equal([kind]);
        expect(s.store.getState()).to.equal(before);
      });
    }

    it('reports a duplicate event id and an out-of-order seq', () => {
      const s = setup();
      connectedCall(s.send);
      const hold = s.events.make({ type: 'hold-changed', interactionId: 'c1', leg: 'customer', onHold: true });
      expect(s.store.dispatch(hold).ok).to.equal(true);
      const before = s.store.getState();
      s.store.dispatch(hold);
      s.store.dispatch({ ...hold, eventId: 'fresh', onHold: false });
      expect(s.errors.map((e) => e.kind)).to.deep.equal(['duplicate', 'out-of-order']);
      expect(s.store.getState()).to.equal(before);
    });

    it('calls a late event for a finished interaction out of order, not unknown', () => {
      const s = setup();
      connectedCall(s.send);
      const late = s.events.make({ type: 'bnr-changed', interactionId: 'c1', enabled: false });
      s.send({ type: 'interaction-removed', interactionId: 'c1', reason: 'ended' });
      s.store.dispatch(late);
      expect(s.errors.map((e) => e.kind)).to.deep.equal(['out-of-order']);
    });

    it('never puts the payload of a refused event in the error', () => {
      const s = setup();
      const leaked = s.events.make({ type: 'interaction-offered', interactionId: 'c9', interaction: callInit({ customer: { number: '+1 415 555 9876', name: 12 as never } }) });
      s.store.dispatch(leaked);
      expect(s.errors).to.have.length(1);
      expect(JSON.stringify(s.errors)).not.to.contain('555 9876');
    });

    it('refuses an agent update naming a field every object inherits, as any field the agent does not have', () => {
      // The known-field test once looked up the prototype chain: the first four passed, the rest
      // were refused with a meaningless detail or a TypeError.
      const s = setup();
      const before = s.store.getState();
      const names = ['hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', '__lookupGetter__', 'toString', 'constructor', '__proto__'];
      for (const name of names) {
        // JSON.parse, so that even __proto__ is the object's own field, as it is in an adapter's JSON.
        s.store.dispatch({ ...s.events.make({ type: 'agent-updated', agent: {} }), agent: JSON.parse(`{"${name}": "x"}`) });
      }
      expect(s.errors.map((e) => e.message)).to.deep.equal(
        names.map((name) => `Malformed adapter event: event.agent.${name} is not a known field.`),
      );
      expect(s.store.getState()).to.equal(before);
    });

    it('knows which event types carry interactionId and seq, and no name every object inherits', () => {
      expect(['rona', 'hold-changed', 'interaction-ended'].map(isInteractionEventType)).to.deep.equal([true, true, true]);
      expect(['session-started', 'agent-updated', 'callbacks-updated', 'toString', 'constructor', 'teleported'].map(isInteractionEventType)).to.deep.equal([false, false, false, false, false, false]);
    });

    describe('a malformed event is reported with the exact path and what was expected there', () => {
      const callback = (overrides: Partial<ScheduledCallback> = {}): ScheduledCallback => ({
        id: 'cb1',
        customerName: 'Ada Lovelace',
        customerNumber: '+1 415 555 0134',
        startAt: '2026-11-25T15:00:00Z',
        endAt: '2026-11-25T16:00:00Z',
        timeZone: 'Europe/London',
        assignment: { to: 'any' },
        queueId: 'q1',
        personal: false,
        createdBy: me.id,
        ...overrides,
      });
      const accepted = (s: ReturnType<typeof setup>, extra: Record<string, unknown> = {}) => ({
        ...s.events.make({ type: 'interaction-accepted', interactionId: 'c2', participants: [customer, me], controllerId: me.id, recording: { state: 'off' }, bnr: false }),
        ...extra,
      });
      const cases: [string, (s: ReturnType<typeof setup>) => unknown, string][] = [
        ['not an object', () => 'hello', 'event must be an object'],
        ['no type', () => ({ eventId: 'e1', at: 0 }), 'event.type must be a string'],
        ['a common field', (s) => ({ ...s.events.make({ type: 'customer-left', interactionId: 'c1' }), seq: Number.NaN }), 'event.seq must be a whole number from 0'],
        ['an id over 200 characters', (s) => s.events.make({ type: 'customer-left', interactionId: 'c'.repeat(201) }), 'event.interactionId must be an id of 1 to 200 characters'],
        ['an empty id', (s) => s.events.make({ type: 'control-changed', interactionId: 'c1', controllerId: '' }), 'event.controllerId must be an id of 1 to 200 characters'],
        [
          'a field of an item in an array',
          (s) => accepted(s, { participants: [customer, me, { ...colleague('x', 1), role: 'boss' }] }),
          'event.participants[2].role must be one of customer, primary, consulted, conferenced, dial-number, supervisor',
        ],
        ['a hole in an array', (s) => accepted(s, { participants: [customer, , me] }), 'event.participants[1] must be an object'],
        ['too many participants', (s) => accepted(s, { participants: Array.from({ length: 65 }, (_, i) => colleague(`p${i}`, i)) }), 'event.participants has more than 64 items'],
        [
          'too many variables',
          (s) => s.events.make({ type: 'variables-updated', interactionId: 'c1', variables: Array.from({ length: 501 }, (_, i) => variable({ name: `v${i}` })) }),
          'event.variables has more than 500 items',
        ],
        [
          'too many items in a directory list',
          (s) => s.events.make({ type: 'directory-updated', directory: { ...emptyDirectory, organizations: Array.from({ length: 10_001 }, (_, i) => ({ id: `o${i}`, name: 'Org' })) } }),
          'event.directory.organizations has more than 10000 items',
        ],
        ['an optional field of the wrong type', (s) => s.events.make({ type: 'interaction-connecting', interactionId: 'c2', interaction: callInit({ dnis: 5 as never }) }), 'event.interaction.dnis must be a string'],
        [
          'a field of an optional object',
          (s) => s.events.make({ type: 'interaction-offered', interactionId: 'c2', interaction: callInit({ consultRequester: { name: 'Bo', dialNumber: '1001', team: 7 as never } }) }),
          'event.interaction.consultRequester.team must be a string',
        ],
        ['a callback assigned to nobody known', (s) => s.events.make({ type: 'callbacks-updated', callbacks: [callback(), callback({ assignment: { to: 'team' } as never })] }), 'event.callbacks[1].assignment.to must be one of any, myself, agent'],
        ['a callback assigned to an agent without an id', (s) => s.events.make({ type: 'callbacks-updated', callbacks: [callback({ assignment: { to: 'agent' } as never })] }), 'event.callbacks[0].assignment.agentId must be an id of 1 to 200 characters'],
        ['an agent update of the id', (s) => s.events.make({ type: 'agent-updated', agent: { id: 'someone-else' } as never }), 'event.agent.id is not a known field'],
        ['an agent update that unsets a required field', (s) => s.events.make({ type: 'agent-updated', agent: { name: undefined } }), 'event.agent.name must be a string'],
        ['an agent update with a bad idle code', (s) => s.events.make({ type: 'agent-updated', agent: { idleCodes: [{ id: 'lunch', label: 'Lunch' }, { id: '', label: 'Break' }] } }), 'event.agent.idleCodes[1].id must be an id of 1 to 200 characters'],
        ['a session with a bad tenant setting', (s) => s.events.make({ type: 'session-started', agent: defaultAgent, tenant: { ...defaultTenant, popoverVariables: { ...defaultTenant.popoverVariables, chat: [3] as never } }, directory: emptyDirectory }), 'event.tenant.popoverVariables.chat[0] must be a string'],
      ];
      for (const [name, make, detail] of cases) {
        it(name, () => {
          const s = setup();
          connectedCall(s.send);
          const before = s.store.getState();
          expect(s.store.dispatch(make(s)).ok).to.equal(false);
          expect(s.errors.map((e) => [e.kind, e.message])).to.deep.equal([['malformed', `Malformed adapter event: ${detail}.`]]);
          expect(s.store.getState()).to.equal(before);
        });
      }

      it('takes the events at the limits, and the fields that may be missing left out', () => {
        const s = setup();
        connectedCall(s.send);
        s.send({ type: 'interaction-connecting', interactionId: 'c'.repeat(200), interaction: { channel: 'chat', kind: 'inbound', customer: { number: '+1 415 555 0134' } } });
        s.send({ type: 'variables-updated', interactionId: 'c1', variables: Array.from({ length: 500 }, (_, i) => variable({ name: `v${i}` })) });
        s.send({ type: 'callbacks-updated', callbacks: [callback(), callback({ id: 'cb2', assignment: { to: 'myself' } }), callback({ id: 'cb3', assignment: { to: 'agent', agentId: 'agent-2' }, reason: 'Billing' })] });
        s.send({ type: 'directory-updated', directory: { ...emptyDirectory, organizations: Array.from({ length: 10_000 }, (_, i) => ({ id: `o${i}`, name: 'Org' })) } });
        s.send({ type: 'agent-updated', agent: {} });
        s.send({ type: 'agent-updated', agent: { teamName: 'Billing', idleCodeId: undefined } });
        expect(s.errors).to.deep.equal([]);
        expect(s.store.getState().interactions.c1.variables).to.have.length(500);
        expect(s.store.getState().callbacks.map((c) => c.assignment.to)).to.deep.equal(['any', 'myself', 'agent']);
        expect(s.store.getState().directory.organizations).to.have.length(10_000);
        expect(s.store.getState().agent.teamName).to.equal('Billing');
      });
    });
  });

  it('survives a host listener that throws, and says so', () => {
    const { store, errors, send } = setup();
    store.events.on('change', () => {
      throw new Error('host bug');
    });
    const result = send({ type: 'interaction-connecting', interactionId: 'c1', interaction: callInit() });
    expect(result.ok).to.equal(true);
    expect(store.getState().interactions.c1).to.exist;
    expect(errors.map((e) => e.kind)).to.deep.equal(['listener-failed']);
  });

  it('[POP-7] masks the caller number at the door when sensitive-data protection is on', () => {
    const { store, send } = setup({ protect: true });
    connectedCall(send);
    const state = store.getState();
    expect(state.interactions.c1.customer.number.endsWith('0134')).to.equal(true);
    expect(JSON.stringify(state)).not.to.match(/415|555 0134/);
  });

  describe('requests', () => {
    it('[AGENT-2] refuses sign-out while a contact request shows, without asking the adapter', async () => {
      const { store, send } = setup();
      send({ type: 'interaction-connecting', interactionId: 'c1', interaction: callInit() });
      let asked = false;
      const outcome = await store.request('signOut', {}, async () => {
        asked = true;
      });
      expect(asked).to.equal(false);
      expect(outcome.ok).to.equal(false);
      expect(outcome.record.status).to.equal('failed');
      expect(outcome.ok ? '' : outcome.reason).to.match(/sign out/i);
    });

    it('records pending, then done', async () => {
      const { store, send } = setup();
      connectedCall(send);
      let release!: () => void;
      const outcome = store.request('hold', { interactionId: 'c1', leg: 'customer' }, () => new Promise<void>((r) => (release = r)));
      const pending = Object.values(store.getState().requests);
      expect(pending.map((r) => [r.name, r.status, r.interactionId])).to.deep.equal([['hold', 'pending', 'c1']]);
      release();
      expect((await outcome).ok).to.equal(true);
      expect(Object.values(store.getState().requests)[0].status).to.equal('done');
    });

    it('records a failure with its reason and changes nothing else', async () => {
      const { store, send } = setup();
      connectedCall(send);
      const before = store.getState();
      const outcome = await store.request('hold', { interactionId: 'c1', leg: 'customer' }, () =>
        Promise.reject(new RequestError('refused', 'Hold refused by the platform.')),
      );
      const after = store.getState();
      expect(outcome.ok).to.equal(false);
      expect(outcome.record).to.include({ status: 'failed', reason: 'Hold refused by the platform.', code: 'refused' });
      expect({ ...after, requests: {} }).to.deep.equal({ ...before, requests: {} });
      expect(after.interactions).to.equal(before.interactions);
    });

    it('[CAD-2] keeps a revealed secure value out of every snapshot', async () => {
      const { store, send } = setup();
      connectedCall(send);
      send({ type: 'variables-updated', interactionId: 'c1', variables: [variable({ name: 'card', secure: true, editable: false, value: 'SECRET-4242' })] });
      const v = store.getState().interactions.c1.variables[0];
      expect(v.value).to.equal('');
      expect(revealState(store.getState(), 'c1', 'card')).to.equal('hidden');
      const failed = await store.request('revealVariable', { interactionId: 'c1', name: 'card' }, () => Promise.reject(new Error('timeout')));
      expect(failed.ok).to.equal(false);
      expect(revealState(store.getState(), 'c1', 'card')).to.equal('failed');
      await store.request('revealVariable', { interactionId: 'c1', name: 'card' }, async () => ({ value: 'SECRET-4242' }));
      expect(revealState(store.getState(), 'c1', 'card')).to.equal('revealed');
      expect(store.revealedValue('c1', 'card')).to.equal('SECRET-4242');
      expect(JSON.stringify(store.getState())).not.to.contain('SECRET');
    });

    it('[CAD-5] tells the later saver which variable was overwritten and with what', async () => {
      const { store, send } = setup();
      connectedCall(send);
      send({ type: 'variables-updated', interactionId: 'c1', variables: [variable({ name: 'case', label: 'Case number', value: '1' })] });
      await store.request('saveVariables', { interactionId: 'c1', changes: [{ name: 'case', value: '2', baseVersion: 1 }] }, () =>
        Promise.reject(new RequestError('conflict', 'Someone saved first.', [{ name: 'case', value: '7', version: 2 }])),
      );
      const [notice] = store.getState().notices;
      expect(notice.kind).to.equal('variable-conflict');
      expect(notice.message).to.contain('Case number').and.to.contain('7');
    });
  });

  describe('call state the store keeps consistent', () => {
    it('[HOLD-3] a consult puts the customer on hold; resuming the customer holds the consult leg', () => {
      const { store, send } = setup();
      connectedCall(send);
      send({ type: 'consult-updated', interactionId: 'c1', destination: { type: 'agent', id: 'a2' }, state: 'requested' });
      expect(store.getState().interactions.c1.customerLeg.onHold).to.equal(true);
      send({ type: 'consult-updated', interactionId: 'c1', destination: { type: 'agent', id: 'a2' }, state: 'answered', participant: colleague('a2', 10) });
      send({ type: 'hold-changed', interactionId: 'c1', leg: 'customer', onHold: false });
      const call = store.getState().interactions.c1;
      expect([call.customerLeg.onHold, call.consult?.leg.onHold]).to.deep.equal([false, true]);
    });

    it('[HOLD-3] refuses an event that would put both legs on hold', () => {
      const { store, errors, send } = setup();
      connectedCall(send);
      send({ type: 'consult-updated', interactionId: 'c1', destination: { type: 'agent', id: 'a2' }, state: 'ringing' });
      const before = store.getState();
      send({ type: 'hold-changed', interactionId: 'c1', leg: 'consult', onHold: true });
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid-transition']);
      expect(store.getState()).to.equal(before);
    });

    it('[CONF-2] [CONF-7] refuses a ninth party but lists a barging supervisor', () => {
      const { store, errors, send } = setup();
      connectedCall(send);
      for (let n = 3; n <= 8; n++) send({ type: 'participant-joined', interactionId: 'c1', participant: colleague(`a${n}`, n, 'conferenced') });
      expect(store.getState().interactions.c1.participants).to.have.length(8);
      send({ type: 'participant-joined', interactionId: 'c1', participant: colleague('a9', 9, 'conferenced') });
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid-transition']);
      send({ type: 'participant-joined', interactionId: 'c1', participant: { id: 'sup', name: 'Sam Supervisor', role: 'supervisor', joinedAt: 20 } });
      expect(store.getState().interactions.c1.participants.map((p) => p.role)).to.include('supervisor');
    });

    it('[CONF-5] [CONF-6] two parties left ends the conference; the customer leaving means Post Call, where nobody joins', () => {
      const { store, errors, send } = setup();
      connectedCall(send);
      send({ type: 'consult-updated', interactionId: 'c1', destination: { type: 'agent', id: 'a2' }, state: 'answered', participant: colleague('a2', 10) });
      send({ type: 'conference-started', interactionId: 'c1' });
      expect(store.getState().interactions.c1.inConference).to.equal(true);
      send({ type: 'customer-left', interactionId: 'c1' });
      const call = store.getState().interactions.c1;
      expect(call.phase).to.equal('post-call');
      expect(call.inConference).to.equal(false);
      send({ type: 'participant-joined', interactionId: 'c1', participant: colleague('a3', 30) });
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid-transition']);
    });

    /** A consult request I accepted, in a conference the colleague who consulted me controls. */
    function conferenceOfFour(send: ReturnType<typeof setup>['send']) {
      send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit({ kind: 'consult-request' }) });
      send({
        type: 'interaction-accepted',
        interactionId: 'c1',
        participants: [customer, colleague('a1', 0, 'primary'), colleague('a3', 5, 'conferenced'), { ...me, role: 'consulted', joinedAt: 20 }],
        controllerId: 'a1',
        recording: { state: 'recording' },
        bnr: true,
      });
      send({ type: 'conference-started', interactionId: 'c1' });
    }
    const controlling = (store: ReturnType<typeof setup>['store']) =>
      participantList(store.getState(), 'c1').filter((row) => row.controlling).map((row) => row.participant.id);

    it('[CONF-3] when the agent in control leaves a conference that goes on, the agent in the call longest takes control at once', () => {
      const { store, errors, send } = setup();
      conferenceOfFour(send);
      expect(controlling(store)).to.deep.equal(['a1']);
      send({ type: 'participant-left', interactionId: 'c1', participantId: 'a1' });
      expect(store.getState().interactions.c1.inConference).to.equal(true);
      expect(controlling(store)).to.deep.equal(['a3']);
      // The platform's word still decides.
      send({ type: 'control-changed', interactionId: 'c1', controllerId: me.id });
      expect(controlling(store)).to.deep.equal([me.id]);
      expect(errors).to.deep.equal([]);
    });

    it('[CONF-3] [CONF-4] refuses an event that would leave a conference without one agent in the call in control', () => {
      const { store, errors, send } = setup();
      conferenceOfFour(send);
      send({ type: 'participant-joined', interactionId: 'c1', participant: { id: 'sup', name: 'Sam Supervisor', role: 'supervisor', joinedAt: 30 } });
      const before = store.getState();
      for (const controllerId of ['customer', 'sup', 'nobody']) send({ type: 'control-changed', interactionId: 'c1', controllerId });
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid-transition', 'invalid-transition', 'invalid-transition']);
      expect(store.getState()).to.equal(before);
      expect(controlling(store)).to.deep.equal(['a1']);
    });

    it('[CONF-3] refuses a conference whose controller is not an agent in the call', () => {
      const { store, errors, send } = setup();
      send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit() });
      send({ type: 'interaction-accepted', interactionId: 'c1', participants: [customer], controllerId: 'customer', recording: { state: 'recording' }, bnr: true });
      send({ type: 'consult-updated', interactionId: 'c1', destination: { type: 'agent', id: 'a2' }, state: 'answered', participant: colleague('a2', 10) });
      send({ type: 'conference-started', interactionId: 'c1' });
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid-transition']);
      expect(store.getState().interactions.c1.inConference).to.equal(false);
    });

    it('[CONF-4] notifies after the customer is dropped', () => {
      const { store, send } = setup();
      connectedCall(send);
      send({ type: 'participant-joined', interactionId: 'c1', participant: colleague('a2', 5, 'conferenced') });
      send({ type: 'participant-left', interactionId: 'c1', participantId: 'customer', dropped: true });
      expect(store.getState().notices.map((n) => n.kind)).to.deep.equal(['customer-dropped']);
    });

    it('[POP-11] a RONA removes the offer and raises the RONA popover until answered', () => {
      const { store, send } = setup();
      send({ type: 'interaction-connecting', interactionId: 'c1', interaction: callInit() });
      send({ type: 'interaction-offered', interactionId: 'c1' });
      send({ type: 'rona', interactionId: 'c1' });
      expect(store.getState().interactions.c1).to.equal(undefined);
      expect(store.getState().rona?.interactionId).to.equal('c1');
      store.dismissRona();
      expect(store.getState().rona).to.equal(null);
    });
  });
});

describe('store: consult updates after a resume', () => {
  it('[HOLD-3] the customer resumed while the consult rang goes back on hold when the consulted party answers; the consult leg is live', () => {
    const clock = createVirtualClock();
    const store = createStore({ clock });
    const events = eventFactory(clock.now());
    const send = (input: Parameters<typeof events.make>[0]) => store.dispatch(events.make(input));
    connectedCall(send);
    const destination = { type: 'agent' as const, id: 'a2' };
    send({ type: 'consult-updated', interactionId: 'c1', destination, state: 'ringing' });
    send({ type: 'hold-changed', interactionId: 'c1', leg: 'customer', onHold: false });
    // Nobody is on the consult leg yet: resuming the customer holds nobody else.
    const ringing = store.getState().interactions.c1;
    expect([ringing.customerLeg.onHold, ringing.consult?.leg.onHold]).to.deep.equal([false, false]);
    send({ type: 'consult-updated', interactionId: 'c1', destination, state: 'answered', participant: colleague('a2', 10) });
    const call = store.getState().interactions.c1;
    expect([call.customerLeg.onHold, call.consult?.leg.onHold]).to.deep.equal([true, false]);
  });
});
