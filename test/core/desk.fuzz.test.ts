import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AdapterEvent } from '../../src/core/adapter-events.js';
import { bindAdapter } from '../../src/core/bind-adapter.js';
import { createVirtualClock } from '../../src/core/clock.js';
import type { RequestName, RequestPayloads } from '../../src/core/requests.js';
import { createStore } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import type { DeskState } from '../../src/core/state.js';
import { createSimulator } from '../../src/simulator/index.js';
import { sampleCustomers } from '../../src/simulator/fixtures.js';

/** One step of a random session: an agent request, something the world does, time, or noise. */
type Step =
  | { kind: 'request'; name: RequestName; pick: number; arg: number }
  | { kind: 'world'; action: 'call' | 'chat' | 'email' | 'callback' | 'consultMe' | 'hangUp' | 'barge' | 'colleagueSaves'; pick: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'noise'; replay: boolean; pick: number; junk: unknown };

const requestNames: RequestName[] = ['accept', 'acceptAll', 'decline', 'setAgentState', 'hold', 'resume', 'consult', 'endConsult', 'exitConsult', 'conference', 'exitConference', 'transfer', 'dropParticipant', 'pauseRecording', 'resumeRecording', 'setBnr', 'saveVariables', 'revealVariable', 'end', 'submitWrapUp', 'cancelCallback'];
const destinations = [
  { type: 'agent', id: 'agent-sam' }, { type: 'agent', id: 'agent-noor' }, { type: 'agent', id: 'agent-lea' }, { type: 'agent', id: 'agent-ana' },
  { type: 'queue', id: 'q-billing' }, { type: 'dial-number', id: 'dn-legal' }, { type: 'entry-point', id: 'ep-capacity' }, { type: 'organization', id: 'org-partner' },
] as const;

/** The main path of a call is likelier, so sessions reach consults and conferences. */
const requestName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<RequestName>('accept', 'consult', 'conference') },
  { weight: 2, arbitrary: fc.constantFrom<RequestName>('hold', 'resume', 'dropParticipant', 'saveVariables') },
  { weight: 2, arbitrary: fc.constantFrom(...requestNames) },
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('request' as const), name: requestName, pick: fc.nat(20), arg: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('world' as const), action: fc.constant('call' as const), pick: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('world' as const), action: fc.constantFrom('call', 'chat', 'email', 'callback', 'consultMe', 'hangUp', 'barge', 'colleagueSaves' as const), pick: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(500, 500, 1000, 1000, 3000, 20_000, 61_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('noise' as const), replay: fc.boolean(), pick: fc.nat(1000), junk: fc.anything() }) },
);

const ids = (s: DeskState) => Object.keys(s.interactions);
const choose = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function payloadFor(state: DeskState, name: RequestName, pick: number, arg: number): RequestPayloads[RequestName] | undefined {
  const interactionId = choose(ids(state), pick);
  if (name === 'setAgentState') return { availability: arg % 3 ? 'available' : 'idle', idleCodeId: arg % 3 ? undefined : 'lunch' };
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
      return { interactionId, name: choose(i.variables, arg)?.name ?? 'none' };
    case 'submitWrapUp':
      return { interactionId, reasonId: arg % 5 ? 'resolved' : 'nonsense' };
    default:
      return { interactionId } as RequestPayloads[RequestName];
  }
}

describe('the desk under random sessions on the simulator', () => {
  it('[HOLD-3] [CONF-2] [CAD-2] [POP-7] keeps every invariant, agrees with the simulator, and a failed request changes nothing', async () => {
    let steps = 0;
    let deep = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 30, maxLength: 80 }), async (session) => {
        const clock = createVirtualClock();
        const store = createStore({ clock });
        const sim = createSimulator({ clock, tenant: { sensitiveDataProtection: true }, timings: { connectingMs: 500, consultRingMs: 500, consultAnswerMs: 1000, customerAnswerMs: 1000 } });
        const errors: StoreError[] = [];
        store.events.on('error', (e) => errors.push(e));
        const sent: AdapterEvent[] = [];
        sim.adapter.subscribe((e) => sent.push(e));
        const { run } = bindAdapter(store, sim.adapter);
        sim.start();
        for (const s of session) {
          steps++;
          const before = store.getState();
          const errorsBefore = errors.length;
          if (s.kind === 'request') {
            const payload = payloadFor(before, s.name, s.pick, s.arg);
            if (!payload) continue;
            const outcome = await run(s.name, payload as never);
            if (!outcome.ok) {
              const after = store.getState();
              expect(after.interactions, `failed ${s.name} changed the desk`).to.equal(before.interactions);
              expect(after.agent).to.equal(before.agent);
            }
          } else if (s.kind === 'world') {
            const live = ids(before).filter((id) => ['connected', 'post-call'].includes(before.interactions[id].phase));
            const id = choose(live, s.pick);
            if (s.action === 'call') sim.offerCall();
            else if (s.action === 'chat') sim.offerChat();
            else if (s.action === 'email') sim.offerEmail();
            else if (s.action === 'callback') sim.offerCallback('web');
            else if (s.action === 'consultMe') sim.colleagueConsultsMe();
            else if (id && s.action === 'hangUp') sim.customerHangsUp(id);
            else if (id && s.action === 'barge') sim.supervisorBargesIn(id);
            else if (s.action === 'colleagueSaves') {
              const withCase = live.filter((lid) => before.interactions[lid].variables.some((v) => v.name === 'caseNumber'));
              const target = choose(withCase, s.pick);
              if (target) sim.colleagueSavesVariable(target, 'caseNumber', `theirs ${s.pick}`);
            }
          } else if (s.kind === 'advance') {
            clock.advance(s.ms);
          } else {
            const input = s.replay ? choose(sent, s.pick) : s.junk;
            const result = store.dispatch(input);
            if (!result.ok) expect(store.getState()).to.equal(before);
            expect(errors.length - errorsBefore).to.equal(result.ok ? 0 : 1);
          }
          // The simulator and the store never disagree: only injected noise may be refused.
          if (s.kind !== 'noise') expect(errors.slice(errorsBefore).map((e) => e.message)).to.deep.equal([]);
          const state = store.getState();
          for (const i of Object.values(state.interactions)) {
            if (i.consult || i.inConference) deep++;
            expect(i.customerLeg.onHold && i.consult?.leg.onHold, 'both legs on hold').not.to.equal(true);
            expect(i.participants.filter((p) => p.role !== 'supervisor').length).to.be.at.most(state.tenant.conferenceLimit);
            for (const v of i.variables) if (v.secure) expect(v.value).to.equal('');
          }
          const text = JSON.stringify(state) + JSON.stringify(errors);
          for (const { number } of sampleCustomers) expect(text, 'unmasked customer number').not.to.contain(number);
        }
      }),
      { numRuns: 150, seed: 20261125 },
    );
    expect(steps).to.be.greaterThan(6000);
    // The sessions reach consults and conferences, not only offers.
    expect(deep).to.be.greaterThan(400);
  });
});
