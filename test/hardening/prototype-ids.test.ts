import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { TaskList } from '../../src/components/task-list/task-list.js';
import type { InteractionPane } from '../../src/components/interaction-pane/interaction-pane.js';
import { defaultTenant } from '../../src/core/state.js';
import { canHold, participantControls, participantList, requestGuard, wrapUpOpensFor } from '../../src/core/rules/index.js';
import { interactionById, revealState, selectedInteraction } from '../../src/core/selectors.js';
import type { AdapterEventInput } from '../../src/core/adapter-events.js';
import { callInit, storeDesk, customer, me, variable } from '../helpers/adapter-events.js';

/** Names every plain object answers to, though it holds none of them. */
const PROTOTYPE_IDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

const desk = () => storeDesk({ tenant: { ...defaultTenant, ringTimeoutMs: 600_000 } });

/** Every event about an interaction, for an id the desk does not hold. */
const aboutUnknown = (interactionId: string): AdapterEventInput[] => [
  { type: 'interaction-ended', interactionId, wrapUpRequired: true },
  { type: 'interaction-ended', interactionId, wrapUpRequired: false },
  { type: 'interaction-accepted', interactionId, participants: [customer, me], controllerId: me.id, recording: { state: 'off' }, bnr: false },
  { type: 'hold-changed', interactionId, leg: 'customer', onHold: true },
  { type: 'variables-updated', interactionId, variables: [variable({ name: 'x' })] },
  { type: 'rona', interactionId },
  { type: 'interaction-removed', interactionId, reason: 'ended' },
  { type: 'interaction-offered', interactionId },
  { type: 'recording-changed', interactionId, recording: { state: 'paused' } },
];

describe('ids named after Object.prototype members', () => {
  it('[END-2] an event about an unknown "constructor", "toString" or "__proto__" is refused as unknown and changes nothing', () => {
    for (const id of PROTOTYPE_IDS) {
      const { store, errors, send } = desk();
      send({ type: 'interaction-offered', interactionId: 'real', interaction: callInit() });
      const before = store.getState();
      for (const event of aboutUnknown(id)) {
        const result = send(event);
        expect(result.ok, `${event.type} for ${id}`).to.equal(false);
        expect(store.getState(), `${event.type} for ${id}`).to.equal(before);
      }
      expect(errors.map((e) => e.kind), id).to.deep.equal(aboutUnknown(id).map(() => 'unknown-interaction'));
      expect(Object.keys(store.getState().interactions)).to.deep.equal(['real']);
    }
  });

  it('[TASK-1] the task list keeps showing ringing calls after such an event, and renders without throwing', async () => {
    const { store, send } = desk();
    const el = await fixture<TaskList>(html`<task-list .store=${store}></task-list>`);
    send({ type: 'interaction-ended', interactionId: 'constructor', wrapUpRequired: true });
    send({ type: 'interaction-ended', interactionId: '__proto__', wrapUpRequired: true });
    send({ type: 'interaction-offered', interactionId: 'call-1', interaction: callInit() });
    await el.updateComplete;
    const cards = el.shadowRoot!.querySelectorAll('[part~=card]');
    expect(cards.length).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part=empty]')).to.equal(null);
    expect(cards[0].querySelector('[part=customer]')!.textContent).to.contain('Ada Lovelace');
  });

  it('[TASK-5] store.select() of a prototype name selects nothing, and the pane keeps rendering', async () => {
    const { store, send } = desk();
    const pane = await fixture<InteractionPane>(html`<interaction-pane .store=${store}></interaction-pane>`);
    send({ type: 'interaction-offered', interactionId: 'call-1', interaction: callInit() });
    for (const id of PROTOTYPE_IDS) {
      store.select(id);
      expect(store.getState().selectedInteractionId, id).to.equal(undefined);
      expect(selectedInteraction(store.getState()), id).to.equal(undefined);
      await pane.updateComplete;
    }
    store.select('call-1');
    await pane.updateComplete;
    expect(pane.shadowRoot!.textContent).to.contain('Ada Lovelace');
  });

  it('[CALL-1] [CAD-2] rules, selectors and the request guard treat a prototype name as an unknown interaction', async () => {
    const { store } = desk();
    const state = store.getState();
    for (const id of PROTOTYPE_IDS) {
      expect(interactionById(state, id), id).to.equal(undefined);
      expect(canHold(state, id, 'customer').allowed, id).to.equal(false);
      expect(participantList(state, id), id).to.deep.equal([]);
      expect(participantControls(state, id), id).to.deep.equal([]);
      expect(wrapUpOpensFor(state, id), id).to.equal(false);
      expect(revealState(state, id, 'pin'), id).to.equal('hidden');
      expect(store.revealedValue(id, 'pin'), id).to.equal(undefined);
      for (const verdict of [
        requestGuard(state, 'saveVariables', { interactionId: id, changes: [] }, 0),
        requestGuard(state, 'revealVariable', { interactionId: id, name: 'pin' }, 0),
        requestGuard(state, 'consult', { interactionId: id, destination: { type: 'queue', id: 'q' } }, 0),
        requestGuard(state, 'end', { interactionId: id }, 0),
      ]) {
        expect(verdict.allowed, id).to.equal(false);
        expect(verdict.reason, id).to.be.a('string');
      }
      const outcome = await store.request('hold', { interactionId: id, leg: 'customer' }, async () => undefined);
      expect(outcome.ok, id).to.equal(false);
    }
  });

  it('[CALL-1] an interaction the platform really calls "constructor" or "__proto__" lives a whole call like any other', () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      const { store, errors, send } = desk();
      send({ type: 'interaction-offered', interactionId: id, interaction: callInit() });
      send({ type: 'interaction-accepted', interactionId: id, participants: [customer, me], controllerId: me.id, recording: { state: 'off' }, bnr: false });
      send({ type: 'hold-changed', interactionId: id, leg: 'customer', onHold: true });
      expect(errors, id).to.deep.equal([]);
      const held = store.getState();
      expect(Object.keys(held.interactions), id).to.deep.equal([id]);
      expect(Object.getPrototypeOf(held.interactions), id).to.equal(Object.prototype);
      expect(interactionById(held, id)?.customerLeg.onHold, id).to.equal(true);
      store.select(id);
      expect(store.getState().selectedInteractionId, id).to.equal(id);
      send({ type: 'interaction-ended', interactionId: id, wrapUpRequired: false });
      expect(errors, id).to.deep.equal([]);
      expect(Object.keys(store.getState().interactions), id).to.deep.equal([]);
    }
  });
});
