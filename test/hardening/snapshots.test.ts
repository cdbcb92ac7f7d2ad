import { expect } from '@open-wc/testing';
import { defaultTenant } from '../../src/core/state.js';
import type { TenantConfig } from '../../src/core/types.js';
import { callInit, storeDesk, customer, me, variable } from '../helpers/adapter-events.js';

const desk = () => storeDesk();

function connected(send: ReturnType<typeof desk>['send'], id = 'c1') {
  send({ type: 'interaction-offered', interactionId: id, interaction: callInit({ variables: [variable({ name: 'notes', value: 'first' })] }) });
  send({ type: 'interaction-accepted', interactionId: id, participants: [customer, me], controllerId: me.id, recording: { state: 'recording' }, bnr: true });
}

/** Runs `mutate` the way a host's code would (modules are strict: a frozen object throws). */
const refused = (mutate: () => void) => expect(mutate, mutate.toString()).to.throw(TypeError);

describe('snapshots are deeply immutable, and the store keeps copies of what adapters hand it', () => {
  it('[POP-7] [CAD-2] a host can change no part of a snapshot: records, interactions, lists, tenant, agent', () => {
    const { store, send } = desk();
    connected(send);
    send({ type: 'tenant-updated', tenant: { ...defaultTenant, sensitiveDataProtection: true } });
    const state = store.getState();
    const json = JSON.stringify(state);
    const i = state.interactions.c1 as unknown as Record<string, unknown> & { participants: unknown[]; variables: { value: string }[]; customer: { number: string } };
    refused(() => delete (state.interactions as Record<string, unknown>).c1);
    refused(() => ((state.interactions as Record<string, unknown>).c2 = i));
    refused(() => (i.phase = 'ended'));
    refused(() => i.participants.push(customer));
    refused(() => (i.variables[0].value = 'changed'));
    refused(() => (i.customer.number = '+1 415 555 0000'));
    refused(() => ((state.tenant as { sensitiveDataProtection: boolean }).sensitiveDataProtection = false));
    refused(() => ((state.tenant.popoverVariables.voice as string[]).length = 0));
    refused(() => ((state.agent.settings as { backgroundNoiseReduction: boolean }).backgroundNoiseReduction = false));
    refused(() => ((state.directory.agents as unknown[]).push({})));
    refused(() => ((state.notices as unknown[]).push({})));
    expect(JSON.stringify(store.getState())).to.equal(json);
  });

  it('[POP-7] an adapter that mutates its tenant object after dispatch does not switch protection off', () => {
    const { store, send } = desk();
    const tenant: TenantConfig = { ...defaultTenant, sensitiveDataProtection: true, popoverVariables: { ...defaultTenant.popoverVariables, voice: ['notes'] } };
    send({ type: 'tenant-updated', tenant });
    // The adapter's own object stays its own: still writable, and no longer what the store holds.
    tenant.sensitiveDataProtection = false;
    (tenant.popoverVariables.voice as string[]).push('pin');
    expect(store.getState().tenant.sensitiveDataProtection).to.equal(true);
    expect(store.getState().tenant.popoverVariables.voice).to.deep.equal(['notes']);
    send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit() });
    expect(store.getState().interactions.c1.customer.number).not.to.contain('555 0134');
  });

  it('[CONF-8] [REC-1] [POP-6] participants, recording and the consult requester mutated by the adapter after dispatch stay as validated', () => {
    const { store, send } = desk();
    const participants = [{ ...customer }, { ...me }];
    const recording = { state: 'recording' as 'recording' | 'off' };
    const consultRequester = { name: 'Bo', dialNumber: '1001', team: 'Billing' };
    send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit({ kind: 'consult-request', consultRequester }) });
    send({ type: 'interaction-accepted', interactionId: 'c1', participants, controllerId: me.id, recording, bnr: false });
    participants.push({ id: 'ghost', name: 'Ghost', role: 'primary', joinedAt: 0 });
    participants[1].role = 'supervisor';
    participants[1].name = '<img src=x onerror=alert(1)>';
    recording.state = 'off';
    consultRequester.name = 'Mallory';
    const i = store.getState().interactions.c1;
    expect(i.participants.map((p) => [p.id, p.role, p.name])).to.deep.equal([['customer', 'customer', 'Ada Lovelace'], ['agent-self', 'primary', 'Me']]);
    expect(i.recording.state).to.equal('recording');
    expect(i.consultRequester!.name).to.equal('Bo');
  });

  it('[POP-7] a getter is read once: the event applied is the event validated', () => {
    const { store, errors, send } = desk();
    let reads = 0;
    const tenant = { ...defaultTenant };
    Object.defineProperty(tenant, 'sensitiveDataProtection', { enumerable: true, get: () => reads++ === 0 });
    send({ type: 'tenant-updated', tenant });
    expect(errors).to.deep.equal([]);
    expect(reads).to.equal(1);
    expect(store.getState().tenant.sensitiveDataProtection).to.equal(true);
    // A number that is a string when checked, and an object when applied, gets no second look.
    let numberReads = 0;
    const customerWithGetter = { name: 'Ada' } as { name: string; number: string };
    Object.defineProperty(customerWithGetter, 'number', { enumerable: true, get: () => (numberReads++ === 0 ? '+1 415 555 0134' : { toString: () => 'boom' }) });
    send({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit({ customer: customerWithGetter }) });
    expect(numberReads).to.equal(1);
    expect(store.getState().interactions.c1.customer.number).to.match(/0134$/);
    expect(Object.getOwnPropertyDescriptor(store.getState().interactions.c1.customer, 'number')!.get).to.equal(undefined);
  });

  it('reads a proxied event field by field, once each, and keeps none of the proxy', () => {
    const { store, errors, events } = desk();
    const reads = new Map<PropertyKey, number>();
    const count = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(t, key, receiver) {
          reads.set(key, (reads.get(key) ?? 0) + 1);
          const value = Reflect.get(t, key, receiver);
          return value && typeof value === 'object' ? count(value) : value;
        },
      });
    const event = events.make({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit() });
    expect(store.dispatch(count(event)).ok).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect([...reads].filter(([, n]) => n > 1), 'fields read more than once').to.deep.equal([]);
    const i = store.getState().interactions.c1;
    expect(i.customer.name).to.equal('Ada Lovelace');
    expect(Object.isFrozen(i.customer)).to.equal(true);
  });

  it('reports a getter or a proxy that throws as a malformed event at its path, and changes nothing', () => {
    const { store, errors, events } = desk();
    const before = store.getState();
    const throwing = { ...events.make({ type: 'interaction-offered', interactionId: 'c1', interaction: callInit() }) } as Record<string, unknown>;
    const interaction = { ...callInit() };
    Object.defineProperty(interaction, 'channel', { enumerable: true, get: () => { throw new Error('x'.repeat(10_000)); } });
    throwing.interaction = interaction;
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const inputs: unknown[] = [
      throwing,
      revocable.proxy,
      { ...events.make({ type: 'tenant-updated', tenant: defaultTenant }), tenant: new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('trap'); } }) },
      new Proxy({}, { ownKeys() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } }),
    ];
    for (const input of inputs) expect(() => store.dispatch(input)).not.to.throw();
    expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([
      ['malformed', 'Malformed adapter event: event.interaction.channel could not be read.'],
      ['malformed', 'Malformed adapter event: event could not be read.'],
      ['malformed', 'Malformed adapter event: event.tenant.popoverVariables could not be read.'],
      ['malformed', 'Malformed adapter event: event.type could not be read.'],
    ]);
    expect(store.getState()).to.equal(before);
  });

  it('keeps only the fields the schema knows, and never reads a field an event only inherits', () => {
    const { store, errors, send, events } = desk();
    connected(send);
    send({
      type: 'interaction-offered',
      interactionId: 'c2',
      interaction: { ...callInit(), customer: { name: 'Bo', number: '+1 415 555 0100', evil: '<script>' } as never, extra: { deep: true } } as never,
    });
    const c2 = store.getState().interactions.c2 as unknown as Record<string, unknown>;
    expect(Object.keys(c2.customer as object)).to.deep.equal(['name', 'number']);
    expect(JSON.stringify(store.getState())).not.to.contain('evil');
    // A field the event only inherits is no field of the event.
    const inherited = Object.create({ wrapUpRequired: true }) as Record<string, unknown>;
    Object.assign(inherited, events.make({ type: 'customer-left', interactionId: 'c1' }), { type: 'interaction-ended' });
    store.dispatch(inherited);
    expect(errors.map((e) => e.message)).to.deep.equal(['Malformed adapter event: event.wrapUpRequired must be true or false.']);
  });
});
