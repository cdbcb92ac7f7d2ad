import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AdapterEventInput } from '../../src/core/adapter-events.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { createStore } from '../../src/core/store.js';
import { defaultTenant } from '../../src/core/state.js';
import type { StoreError } from '../../src/core/store-events.js';
import { isAgentRole } from '../../src/core/rules/index.js';
import { interactionById } from '../../src/core/selectors.js';
import { REQUEST_NAMES, RequestError, type RequestName, type RequestPayloads } from '../../src/core/requests.js';
import { callInit, eventFactory, variable } from '../helpers/adapter-events.js';
import { expectAbsent, expectInvariants, expectUnchanged } from '../helpers/desk-invariants.js';

/** A few ids so random events often hit the same interaction and participants; some named like Object.prototype's members. */
const interactionId = fc.constantFrom('i1', 'i2', 'i3', 'i1', 'i2', 'i3', 'constructor', '__proto__', 'toString');
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
  // Session events: replayed later, they are older than the session's seq.
  fc.record({ type: fc.constant('tenant-updated' as const), tenant: fc.nat(600).map((s) => ({ ...defaultTenant, sensitiveDataProtection: true, ringTimeoutMs: s * 1000 })) }),
  fc.record({ type: fc.constant('agent-updated' as const), agent: fc.constantFrom({ availability: 'available' as const }, { availability: 'idle' as const }) }),
);

/** How an adapter may hand over a valid event: as is, through a proxy, with a getter that throws, or mutated after dispatch. */
type Handover = 'plain' | 'proxy' | 'throwing-getter' | 'mutated-after';

/** Every path to a field of an object inside `value` (not the top level's own bookkeeping). */
function fieldPaths(value: unknown, path: string[] = []): string[][] {
  if (!value || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => [[...path, key], ...fieldPaths((value as Record<string, unknown>)[key], [...path, key])]);
}

/** A proxy over `value` and everything in it that counts the reads of each field. */
function counted(value: object, reads: Map<string, number>, path = 'event'): object {
  return new Proxy(value, {
    get(target, key, receiver) {
      const at = `${path}.${String(key)}`;
      reads.set(at, (reads.get(at) ?? 0) + 1);
      const inner = Reflect.get(target, key, receiver);
      return inner && typeof inner === 'object' ? counted(inner, reads, at) : inner;
    },
  });
}

/** What an adapter that keeps its objects might do to them after dispatch. */
function mutateAll(value: unknown): void {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) value.push({ id: 'ghost', name: 'MUTATED 415 555 0000', role: 'primary', joinedAt: 0 });
  for (const key of Object.keys(value)) {
    const record = value as Record<string, unknown>;
    const inner = record[key];
    if (typeof inner === 'string' && key !== 'type') record[key] = `MUTATED 415 555 0000 ${inner}`;
    else if (typeof inner === 'boolean') record[key] = !inner;
    else mutateAll(inner);
  }
}

/** The way into a conference, in order, so random sessions often start from one and go on at random. */
const intoConference: fc.Arbitrary<AdapterEventInput[]> = fc
  .record({
    interactionId,
    participants: fc.uniqueArray(participant, { selector: (p) => p.id, maxLength: 7 }),
    // Mostly an agent of the call in control, as a platform would say; now and then anyone.
    controllerId: fc.option(participantId, { nil: undefined, freq: 3 }),
    consulted: participant,
    destination,
  })
  .map(({ interactionId: id, participants, controllerId = participants.find((p) => isAgentRole(p.role))?.id ?? 'agent-self', consulted, destination: to }) => [
    { type: 'interaction-offered', interactionId: id, interaction: callInit() },
    { type: 'interaction-accepted', interactionId: id, participants, controllerId, recording: { state: 'recording' }, bnr: true },
    { type: 'consult-updated', interactionId: id, destination: to, state: 'answered', participant: { ...consulted, role: 'consulted' } },
    { type: 'conference-started', interactionId: id },
  ]);

/** How the platform answers a request the rules let through. */
type Answer = 'done' | 'refused' | 'conflict' | 'crashed';

type Step =
  | { kind: 'valid'; event: AdapterEventInput; handover?: Handover; pick?: number }
  | { kind: 'junk'; value: unknown }
  | { kind: 'replay'; index: number; freshId: boolean }
  | { kind: 'request'; name: RequestName; interactionId: string; participantId: string; arg: number; answer: Answer };

const step: fc.Arbitrary<Step[]> = fc.oneof(
  { weight: 8, arbitrary: validEvent.map((event) => [{ kind: 'valid' as const, event }]) },
  {
    weight: 2,
    arbitrary: fc
      .record({ event: validEvent, handover: fc.constantFrom<Handover>('proxy', 'throwing-getter', 'mutated-after'), pick: fc.nat() })
      .map(({ event, handover, pick }) => [{ kind: 'valid' as const, event, handover, pick }]),
  },
  { weight: 1, arbitrary: intoConference.map((events) => events.map((event) => ({ kind: 'valid' as const, event }))) },
  { weight: 1, arbitrary: fc.anything().map((value) => [{ kind: 'junk' as const, value }]) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), index: fc.nat(), freshId: fc.boolean() }).map((r) => [r]) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('request' as const),
      name: fc.constantFrom(...REQUEST_NAMES),
      interactionId,
      participantId,
      arg: fc.nat(20),
      answer: fc.constantFrom<Answer>('done', 'done', 'refused', 'conflict', 'crashed'),
    }).map((r) => [r]),
  },
);

/** One payload that fits every request: each guard reads only its own fields. */
function payload({ interactionId, participantId, arg }: Extract<Step, { kind: 'request' }>) {
  return {
    interactionId,
    interactionIds: [interactionId],
    participantId,
    leg: arg % 2 ? 'customer' : 'consult',
    destination: { type: 'agent', id: `a${arg % 3}` },
    mode: arg % 2 ? 'blind' : 'consult',
    enabled: arg % 2 === 0,
    availability: arg % 3 ? 'available' : 'idle',
    name: arg % 2 ? `secure${arg % 3}` : `plain${arg % 3}`,
    changes: [{ name: `plain${arg % 3}`, value: `mine ${arg}`, baseVersion: arg }],
    reasonId: 'resolved',
    number: '+1 415 555 0199',
    callbackId: 'cb1',
  } as unknown as RequestPayloads[RequestName];
}

/** What the platform holds for a secure variable; a reveal gives it, and only that. */
const secretOf = (interactionId: string, name: string) => `SECRET-HELD-${interactionId}-${name}`;

describe('store under random adapter events and requests', () => {
  it('[HOLD-3] [CONF-2] [CONF-3] [CONF-4] [CAD-2] [POP-7] never throws, reports every refusal, never breaks a rule, and a failed request changes nothing', async function () {
    this.timeout(60_000);
    const totals = { hostile: 0, replaysRefused: 0, runs: 0, events: 0, requests: 0, guardRefusals: 0, platformRefusals: 0, conference: 0, controlPassed: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 30 }).map((groups) => groups.flat()), async (steps) => {
        totals.runs++;
        const clock = createVirtualClock();
        const store = createStore({ clock, state: { tenant: { ...defaultTenant, sensitiveDataProtection: true } } });
        const errors: StoreError[] = [];
        store.events.on('error', (e) => errors.push(e));
        // Everything the store tells anyone, but the snapshots (checked on their own).
        const told: string[] = [];
        store.events.on('*', (type, payload) => {
          if (type !== 'change') told.push(JSON.stringify(payload));
        });
        const factory = eventFactory(clock.now());
        const sent: Record<string, unknown>[] = [];
        const applied = new Set<Record<string, unknown>>();
        for (const s of steps) {
          const before = store.getState();
          const errorsBefore = errors.length;
          if (s.kind === 'request') {
            totals.requests++;
            const outcome = await store.request(s.name, payload(s), async (p) => {
              if (s.answer === 'crashed') throw new TypeError('the platform crashed');
              if (s.answer === 'refused') throw new RequestError('platform-refused', 'The platform refused.');
              if (s.answer === 'conflict') {
                // CAD-5: the values that won, a secure one's among them when the desk has one.
                const variables = interactionById(before, s.interactionId)?.variables ?? [];
                const won = variables.map((v) => ({ name: v.name, value: v.secure ? `SECRET-WON-${v.name}` : `theirs ${v.name}`, version: v.version + 1 }));
                throw new RequestError('conflict', 'Someone saved first.', won);
              }
              return (s.name === 'revealVariable' ? { value: secretOf(s.interactionId, (p as { name: string }).name) } : undefined) as never;
            });
            expect(errors.length, 'a request is not an adapter event').to.equal(errorsBefore);
            if (!outcome.ok) {
              if (outcome.code === 'refused') totals.guardRefusals++;
              else totals.platformRefusals++;
              expectUnchanged(before, store.getState(), outcome.record);
            }
          } else {
            let input: unknown;
            /** What the adapter meant to send, kept for replays; the dispatched object may be a proxy or get mutated. */
            let meant: Record<string, unknown> | undefined;
            let replayOfApplied = false;
            const reads = new Map<string, number>();
            if (s.kind === 'valid') {
              // A copy of its own: fast-check shares generated values between runs, and these get tampered with.
              const made = structuredClone(factory.make(s.event)) as unknown as Record<string, unknown>;
              meant = structuredClone(made);
              input = made;
              if (s.handover === 'proxy') input = counted(made, reads);
              if (s.handover === 'throwing-getter') {
                const paths = fieldPaths(made).filter((path) => path.length > 1 || !['type'].includes(path[0]));
                const path = paths[s.pick! % paths.length];
                const holder = path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, made);
                Object.defineProperty(holder, path.at(-1)!, { enumerable: true, get: () => { throw new Error('adapter bug 415 555 0000'); } });
                meant = undefined;
                totals.hostile++;
              }
            } else if (s.kind === 'junk') input = s.value;
            else if (sent.length) {
              const old = sent[s.index % sent.length];
              replayOfApplied = applied.has(old);
              input = s.freshId ? { ...old, eventId: `replay-${totals.events}` } : old;
            } else continue;
            if (s.kind === 'junk' && input && typeof input === 'object') meant = input as Record<string, unknown>;
            const result = store.dispatch(input);
            totals.events++;
            if (meant) {
              sent.push(meant);
              if (result.ok) applied.add(meant);
            }
            if (result.ok) {
              expect(errors.length).to.equal(errorsBefore);
            } else {
              expect(errors.length).to.equal(errorsBefore + 1);
              expect(store.getState()).to.equal(before);
            }
            // Replays: an event that applied once never applies again, with its id or a new one.
            if (replayOfApplied) {
              totals.replaysRefused++;
              expect(result.ok, 'a replay of an applied event').to.equal(false);
            }
            if (s.kind === 'valid' && s.handover === 'throwing-getter') {
              expect(result.ok ? '' : result.error.message, 'a throwing getter').to.match(/could not be read/);
            }
            if (s.kind === 'valid' && s.handover === 'proxy') {
              expect([...reads].filter(([, n]) => n > 1), 'fields read twice').to.deep.equal([]);
              totals.hostile++;
            }
            if (s.kind === 'valid' && s.handover === 'mutated-after') {
              const json = JSON.stringify(store.getState());
              mutateAll(input);
              expect(JSON.stringify(store.getState()), 'mutated after dispatch').to.equal(json);
              totals.hostile++;
            }
          }
          expectInvariants(store, secretOf);
          const state = store.getState();
          for (const i of Object.values(state.interactions)) {
            if (i.inConference) totals.conference++;
            const was = interactionById(before, i.id);
            if (i.inConference && was?.inConference && was.controllerId !== i.controllerId) totals.controlPassed++;
          }
          const text = JSON.stringify(state) + told.join('');
          told.length = 0;
          expectAbsent(text, 'SECRET', 'a secure value outside its variable');
          expectAbsent(text, '415 555', 'an unmasked number');
        }
      }),
      { numRuns: 1500, seed: 20261124, includeErrorInReport: true },
    );
    const seen = JSON.stringify(totals);
    // Thousands of sessions, of valid, malformed, duplicated and out-of-order events and of requests.
    expect(totals.runs, seen).to.be.at.least(1500);
    expect(totals.events, seen).to.be.greaterThan(20_000);
    expect(totals.guardRefusals, seen).to.be.greaterThan(3000);
    expect(totals.platformRefusals, seen).to.be.greaterThan(600);
    // Proxies, throwing getters, objects mutated after dispatch; replays of applied events, all refused.
    expect(totals.hostile, seen).to.be.greaterThan(2000);
    expect(totals.replaysRefused, seen).to.be.greaterThan(300);
    // Conferences are reached, and control changes hands inside them.
    expect(totals.conference, seen).to.be.greaterThan(2000);
    expect(totals.controlPassed, seen).to.be.greaterThan(5);
  });
  it('[POP-1] [POP-7] refuses the replay of every applied event after the id and finished-call windows have passed', function () {
    this.timeout(120_000);
    let replays = 0;
    fc.assert(
      fc.property(fc.array(validEvent, { minLength: 10, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 5, maxLength: 20 }), (events, picks) => {
        const clock = createVirtualClock();
        const store = createStore({ clock, state: { tenant: { ...defaultTenant, sensitiveDataProtection: true } } });
        const factory = eventFactory(clock.now());
        const applied: Record<string, unknown>[] = [];
        for (const input of events) {
          const event = factory.make(input) as unknown as Record<string, unknown>;
          if (store.dispatch(event).ok) applied.push(event);
          factory.tick(1000);
        }
        // Beyond every window: 1,100 calls come and go, and 4,100 more session events.
        for (let n = 0; n < 1100; n++) {
          store.dispatch(factory.make({ type: 'interaction-offered', interactionId: `flood-${n}`, interaction: callInit() }));
          factory.tick(10);
          store.dispatch(factory.make({ type: 'interaction-removed', interactionId: `flood-${n}`, reason: 'ended' }));
        }
        for (let n = 0; n < 4100; n++) store.dispatch(factory.make({ type: 'agent-updated', agent: { availability: n % 2 ? 'idle' : 'available' } }));
        const before = store.getState();
        for (const [pick, freshId] of applied.length ? picks : []) {
          const old = applied[pick % applied.length];
          replays++;
          expect(store.dispatch(freshId ? { ...old, eventId: `again-${replays}` } : old).ok, JSON.stringify(old).slice(0, 120)).to.equal(false);
        }
        expect(store.getState()).to.equal(before);
      }),
      { numRuns: 12, seed: 20261202 },
    );
    expect(replays).to.be.greaterThan(50);
  });
});
