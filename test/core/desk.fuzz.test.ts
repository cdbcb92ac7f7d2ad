import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AdapterEvent } from '../../src/core/adapter-events.js';
import type { TelephonyAdapter } from '../../src/core/adapter.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { REQUEST_NAMES, RequestError, type RequestName, type RequestPayloads, type RequestRecord } from '../../src/core/requests.js';
import { createStore, type DeskStore } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import type { DeskState } from '../../src/core/state.js';
import { connectAdapter } from '../../src/connect-adapter.js';
import { DeskRequestEvent } from '../../src/events/request-events.js';
import { createSimulator } from '../../src/simulator/index.js';
import { sampleCallVariables, sampleCustomers } from '../../src/simulator/fixtures.js';
import { expectAbsent, expectInvariants, expectUnchanged } from '../helpers/desk-invariants.js';

/** How an agent's request reaches the platform: straight through the store, or as a DOM event a host may veto. */
type Via = 'store' | 'dom' | 'vetoed';

type WorldAction =
  | 'call' | 'chat' | 'email' | 'callback' | 'consultMe' | 'hangUp' | 'barge' | 'colleagueSaves'
  | 'colleagueConferences' | 'participantLeaves' | 'colleagueEndsConsult' | 'consultAnswersNow' | 'customerDoesNotAnswer' | 'failNextReveal';

/** One step of a random session: an agent request, something the world does, time, noise, or a platform outage. */
type Step =
  | { kind: 'request'; name: RequestName; pick: number; arg: number; via: Via }
  | { kind: 'world'; action: WorldAction; pick: number; who: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'outage' }
  | { kind: 'noise'; replay: boolean; pick: number; junk: unknown };

const requestNames: RequestName[] = ['accept', 'acceptAll', 'decline', 'setAgentState', 'hold', 'resume', 'consult', 'endConsult', 'exitConsult', 'conference', 'exitConference', 'transfer', 'dropParticipant', 'pauseRecording', 'resumeRecording', 'setBnr', 'setBnrDefault', 'saveVariables', 'revealVariable', 'end', 'submitWrapUp', 'cancelCallback', 'outdial', 'listCallbacks', 'refreshDirectory'];
const destinations = [
  { type: 'agent', id: 'agent-sam' }, { type: 'agent', id: 'agent-noor' }, { type: 'agent', id: 'agent-lea' }, { type: 'agent', id: 'agent-ana' },
  { type: 'queue', id: 'q-billing' }, { type: 'dial-number', id: 'dn-legal' }, { type: 'entry-point', id: 'ep-capacity' }, { type: 'organization', id: 'org-partner' },
] as const;

/** The main path of a call is likelier, so sessions reach consults and conferences. */
const requestName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<RequestName>('accept', 'consult', 'conference') },
  { weight: 2, arbitrary: fc.constantFrom<RequestName>('hold', 'resume', 'dropParticipant', 'saveVariables', 'exitConference', 'revealVariable') },
  { weight: 2, arbitrary: fc.constantFrom(...requestNames) },
);
const via = fc.constantFrom<Via>('store', 'store', 'store', 'dom', 'dom', 'vetoed');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('request' as const), name: requestName, pick: fc.nat(20), arg: fc.nat(20), via }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('world' as const), action: fc.constantFrom<WorldAction>('call', 'call', 'consultMe', 'colleagueConferences', 'participantLeaves'), pick: fc.nat(20), who: fc.nat(20) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('world' as const),
      action: fc.constantFrom<WorldAction>('call', 'chat', 'email', 'callback', 'consultMe', 'hangUp', 'barge', 'colleagueSaves', 'colleagueConferences', 'participantLeaves', 'colleagueEndsConsult', 'consultAnswersNow', 'customerDoesNotAnswer', 'failNextReveal'),
      pick: fc.nat(20),
      who: fc.nat(20),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(500, 500, 1000, 1000, 3000, 20_000, 61_000) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'outage' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('noise' as const), replay: fc.boolean(), pick: fc.nat(1000), junk: fc.anything() }) },
);

const ids = (s: DeskState) => Object.keys(s.interactions);
const choose = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Mostly an interaction the request makes sense for, so sessions go deep; now and then any, to be refused. */
function target(state: DeskState, name: RequestName, pick: number, arg: number): string | undefined {
  const phases = name === 'accept' || name === 'decline' || name === 'cancelCallback' ? ['offered'] : name === 'submitWrapUp' ? ['wrap-up'] : ['connected', 'post-call'];
  const fitting = ids(state).filter((id) => phases.includes(state.interactions[id].phase));
  return arg % 4 === 3 ? choose(ids(state), pick) : (choose(fitting, pick) ?? choose(ids(state), pick));
}

function payloadFor(state: DeskState, name: RequestName, pick: number, arg: number): RequestPayloads[RequestName] | undefined {
  const interactionId = target(state, name, pick, arg);
  if (name === 'setAgentState') return { availability: arg % 3 ? 'available' : 'idle', idleCodeId: arg % 3 ? undefined : 'lunch' };
  if (name === 'setBnrDefault') return { enabled: arg % 2 === 0 };
  if (name === 'outdial') return { number: `+1 415 555 01${10 + arg}` };
  if (name === 'listCallbacks' || name === 'refreshDirectory') return {};
  if (!interactionId) return undefined;
  const i = state.interactions[interactionId];
  switch (name) {
    case 'acceptAll':
      return { interactionIds: ids(state).filter((id) => state.interactions[id].phase === 'offered' && state.interactions[id].channel !== 'voice') };
    case 'hold':
    case 'resume':
      return { interactionId, leg: arg % 2 ? 'customer' : 'consult' };
    case 'consult':
      return { interactionId, destination: destinations[arg % destinations.length] };
    case 'transfer':
      return { interactionId, destination: destinations[arg % destinations.length], mode: arg % 2 ? 'blind' : 'consult' };
    case 'dropParticipant':
      return { interactionId, participantId: choose(i.participants, arg)?.id ?? 'nobody' };
    case 'setBnr':
      return { interactionId, enabled: arg % 2 === 0 };
    case 'saveVariables': {
      const v = choose(i.variables.filter((x) => x.editable), arg);
      return { interactionId, changes: v ? [{ name: v.name, value: `value ${arg}`, baseVersion: v.version - (arg % 4 === 0 ? 1 : 0) }] : [] };
    }
    case 'revealVariable':
      return { interactionId, name: choose(arg % 3 ? i.variables.filter((v) => v.secure) : i.variables, arg)?.name ?? 'none' };
    case 'submitWrapUp':
      return { interactionId, reasonId: arg % 5 ? 'resolved' : 'nonsense' };
    default:
      return { interactionId } as RequestPayloads[RequestName];
  }
}

/** The simulator's adapter, except that during an outage the platform refuses the next request before doing anything. */
function withOutages(adapter: TelephonyAdapter) {
  let down = false;
  const wrapped: Record<string, unknown> = { subscribe: adapter.subscribe };
  for (const name of REQUEST_NAMES) {
    const method = adapter[name] as (payload: unknown) => Promise<unknown>;
    wrapped[name] = (payload: unknown) => {
      if (!down) return method(payload);
      down = false;
      return Promise.reject(new RequestError('platform-unavailable', 'The platform is unavailable.'));
    };
  }
  return { adapter: wrapped as unknown as TelephonyAdapter, failNext: () => (down = true) };
}

/** Sends a request as an element does: a cancelable DOM event that connectAdapter routes, or that a host vetoes. */
async function viaDom(store: DeskStore, root: HTMLElement, name: RequestName, payload: RequestPayloads[RequestName], veto: boolean): Promise<RequestRecord | undefined> {
  const event = new DeskRequestEvent(name, payload as never);
  if (veto) root.addEventListener(event.type, (e) => e.preventDefault(), { once: true });
  let latest: RequestRecord | undefined;
  let settle: (record: RequestRecord) => void = () => {};
  const settled = new Promise<RequestRecord>((resolve) => (settle = resolve));
  const onRecord = (record: RequestRecord) => {
    latest = record;
    if (record.status !== 'pending') settle(record);
  };
  store.events.on('request', onRecord);
  try {
    root.dispatchEvent(event);
    // connectAdapter decides in a microtask queued during the dispatch; this one runs after it.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    if (!latest) return undefined;
    let timer: number | undefined;
    const stuck = new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, 2000)));
    const record = await Promise.race([settled, stuck]);
    window.clearTimeout(timer);
    return record;
  } finally {
    store.events.off('request', onRecord);
  }
}

describe('the desk under random sessions on the simulator', () => {
  it('[HOLD-3] [CONF-2] [CONF-3] [CONF-4] [CAD-2] [POP-7] keeps every invariant, agrees with the simulator, and a failed request changes nothing', async function () {
    this.timeout(60_000);
    const totals = { runs: 0, steps: 0, deep: 0, conference: 0, controlPassed: 0, guardRefusals: 0, adapterRefusals: 0, vetoed: 0, viaDom: 0, revealed: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 30, maxLength: 80 }), async (session) => {
        totals.runs++;
        const clock = createVirtualClock();
        const store = createStore({ clock });
        const sim = createSimulator({ clock, tenant: { sensitiveDataProtection: true }, timings: { connectingMs: 500, consultRingMs: 500, consultAnswerMs: 1000, customerAnswerMs: 1000 } });
        const errors: StoreError[] = [];
        store.events.on('error', (e) => errors.push(e));
        // Everything the store tells anyone, but the snapshots (checked on their own).
        const told: string[] = [];
        store.events.on('*', (type, payload) => {
          if (type !== 'change') told.push(JSON.stringify(payload));
        });
        const sent: AdapterEvent[] = [];
        sim.adapter.subscribe((e) => sent.push(e));
        const platform = withOutages(sim.adapter);
        const root = document.createElement('div');
        const connection = connectAdapter(platform.adapter, { store, root });
        const secrets = new Map<string, string>();
        let offered = 0;
        /** Each new contact carries its own secure value, so a leak or a mix-up is visible. */
        const withSecret = (offer: (variables: ReturnType<typeof sampleCallVariables>) => string) => {
          offered++;
          const secret = `SECRET-${offered}-PIN`;
          const id = offer(sampleCallVariables(offered).map((v) => (v.secure ? { ...v, value: secret } : v)));
          secrets.set(id, secret);
        };
        sim.start();
        for (const s of session) {
          totals.steps++;
          const before = store.getState();
          const errorsBefore = errors.length;
          if (s.kind === 'request') {
            const payload = payloadFor(before, s.name, s.pick, s.arg);
            if (!payload) continue;
            let record: RequestRecord | undefined;
            if (s.via === 'store') {
              const method = platform.adapter[s.name] as (p: unknown) => Promise<never>;
              record = (await store.request(s.name, payload as never, (p) => method(p))).record;
            } else {
              totals.viaDom++;
              record = await viaDom(store, root, s.name, payload, s.via === 'vetoed');
            }
            if (s.via === 'vetoed') {
              totals.vetoed++;
              expect(record, `a vetoed ${s.name} reached the platform`).to.equal(undefined);
              expect(store.getState(), `a vetoed ${s.name} changed the desk`).to.equal(before);
            } else {
              expect(record, `${s.name} was never settled`).not.to.equal(undefined);
              if (record!.status === 'failed') {
                if (record!.code === 'refused') totals.guardRefusals++;
                else totals.adapterRefusals++;
                expectUnchanged(before, store.getState(), record!);
              }
              if (s.name === 'revealVariable' && record!.status === 'done') totals.revealed++;
            }
          } else if (s.kind === 'world') {
            const live = ids(before).filter((id) => ['connected', 'post-call'].includes(before.interactions[id].phase));
            const id = choose(live, s.pick);
            const consults = live.filter((lid) => before.interactions[lid].kind === 'consult-request');
            if (s.action === 'call') withSecret((variables) => sim.offerCall({ variables }));
            else if (s.action === 'chat') withSecret((variables) => sim.offerChat({ variables: variables.filter((v) => v.secure) }));
            else if (s.action === 'email') sim.offerEmail();
            else if (s.action === 'callback') withSecret((variables) => sim.offerCallback('web', { variables }));
            else if (s.action === 'consultMe') withSecret((variables) => sim.colleagueConsultsMe({ variables }));
            else if (s.action === 'failNextReveal') sim.failNextReveal();
            else if (id && s.action === 'hangUp') sim.customerHangsUp(id);
            else if (id && s.action === 'barge') sim.supervisorBargesIn(id);
            else if (id && s.action === 'consultAnswersNow') sim.consultAnswersNow(id);
            else if (id && s.action === 'participantLeaves') {
              // Someone else in the call hangs up: a colleague (the controller, too), the customer, a supervisor.
              const other = choose(before.interactions[id].participants.filter((p) => p.id !== before.agent.id), s.who);
              if (other) sim.participantLeaves(id, other.id);
            } else if (s.action === 'colleagueConferences' || s.action === 'colleagueEndsConsult') {
              const target = choose(consults, s.pick);
              if (target && s.action === 'colleagueConferences') sim.colleagueStartsConference(target);
              else if (target) sim.colleagueEndsConsult(target);
            } else if (s.action === 'customerDoesNotAnswer') {
              const target = choose(ids(before).filter((lid) => before.interactions[lid].kind === 'callback' && before.interactions[lid].phase !== 'wrap-up'), s.pick);
              if (target) sim.customerDoesNotAnswer(target);
            } else if (s.action === 'colleagueSaves') {
              const withCase = live.filter((lid) => before.interactions[lid].variables.some((v) => v.name === 'caseNumber'));
              const target = choose(withCase, s.pick);
              if (target) sim.colleagueSavesVariable(target, 'caseNumber', `theirs ${s.pick}`);
            }
          } else if (s.kind === 'advance') {
            clock.advance(s.ms);
          } else if (s.kind === 'outage') {
            platform.failNext();
          } else {
            const input = s.replay ? choose(sent, s.pick) : s.junk;
            const result = store.dispatch(input);
            if (!result.ok) expect(store.getState()).to.equal(before);
            expect(errors.length - errorsBefore).to.equal(result.ok ? 0 : 1);
          }
          // The simulator and the store never disagree: only injected noise may be refused.
          const refused = errors.slice(errorsBefore).map((e) => e.message);
          if (s.kind !== 'noise') expect(refused, `after ${JSON.stringify(s)} the store refused the simulator: ${refused.join(' | ')}`).to.deep.equal([]);
          expect(store.getState().tenant.conferenceLimit, 'the tenant allows 8 parties').to.equal(8);
          // An outdial the agent places carries the simulator's sample variables (AGENT-5), its secure one included.
          const outdialSecret = (id: string) => sampleCallVariables(Number(id.slice('outdial-'.length))).find((v) => v.secure)?.value;
          expectInvariants(store, (id) => secrets.get(id) ?? (id.startsWith('outdial-') ? outdialSecret(id) : undefined));
          const state = store.getState();
          for (const i of Object.values(state.interactions)) {
            if (i.consult || i.inConference) totals.deep++;
            if (i.inConference) totals.conference++;
            const was = before.interactions[i.id];
            if (was?.controllerId && i.controllerId !== was.controllerId) totals.controlPassed++;
          }
          // POP-7, CAD-2: no full number and no secure value in a snapshot or anything the store told.
          const text = JSON.stringify(state) + told.join('');
          told.length = 0;
          for (const { number } of sampleCustomers) expectAbsent(text, number, 'an unmasked customer number');
          expectAbsent(text, 'SECRET-', 'a secure value outside its variable');
        }
        connection.disconnect();
      }),
      { numRuns: 600, seed: 20261125, includeErrorInReport: true },
    );
    const seen = JSON.stringify(totals);
    expect(totals.runs, seen).to.be.at.least(600);
    expect(totals.steps, seen).to.be.greaterThan(25_000);
    // The sessions reach consults and conferences, not only offers; both kinds of refusal, vetoes and reveals happen.
    expect(totals.deep, seen).to.be.greaterThan(1000);
    expect(totals.conference, seen).to.be.greaterThan(300);
    expect(totals.controlPassed, seen).to.be.greaterThan(10);
    expect(totals.guardRefusals, seen).to.be.greaterThan(2000);
    expect(totals.adapterRefusals, seen).to.be.greaterThan(300);
    expect(totals.vetoed, seen).to.be.greaterThan(800);
    expect(totals.revealed, seen).to.be.greaterThan(60);
  });
});
