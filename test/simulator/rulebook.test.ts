import { expect } from '@open-wc/testing';
import type { RequestName, RequestPayloads } from '../../src/core/requests.js';
import { canEnd, requestGuard } from '../../src/core/rules/index.js';
import { simDesk } from './sim-desk.js';

type Desk = ReturnType<typeof simDesk>;

/** Asks the simulator's server side directly, as a host whose requests skip the desk's guard would. */
const direct = (promise: Promise<unknown>) => promise.then(() => 'done', (e: Error) => e.message);

async function consultAnswered(desk: Desk, id: string) {
  await desk.run('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } });
  desk.sim.consultAnswersNow(id);
}

async function consultedCall(desk: Desk) {
  const id = desk.sim.colleagueConsultsMe();
  desk.clock.advance(1000);
  await desk.run('accept', { interactionId: id });
  return id;
}

describe('simulator: the server asks core', () => {
  it('[END-1] the server refuses End during a consult, with core’s reason', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await consultAnswered(desk, id);
    await desk.run('resume', { interactionId: id, leg: 'customer' });
    expect(desk.call(id).customerLeg.onHold).to.equal(false);
    expect(await direct(desk.sim.adapter.end({ interactionId: id }))).to.equal(canEnd(desk.state(), id).reason).and.to.match(/End the consult first/);
    expect(desk.call(id).phase).to.equal('connected');
  });

  it('[CONF-6] [HOLD-1] [XFER-1] in Post Call the server refuses Hold, Transfer and a new consult', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await consultAnswered(desk, id);
    desk.sim.customerHangsUp(id);
    expect(desk.call(id).phase).to.equal('post-call');
    expect(await direct(desk.sim.adapter.hold({ interactionId: id, leg: 'customer' }))).to.match(/customer has left/);
    expect(await direct(desk.sim.adapter.transfer({ interactionId: id, mode: 'consult', destination: { type: 'agent', id: 'agent-sam' } }))).to.match(/customer has left/);
    expect(await direct(desk.sim.adapter.consult({ interactionId: id, destination: { type: 'agent', id: 'agent-noor' } }))).to.not.equal('done');
    expect(desk.call(id).phase).to.equal('post-call');
    expect(desk.errors).to.deep.equal([]);
  });

  it('[XFER-1] [XFER-2] the server refuses a blind transfer during a consult', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await desk.run('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } });
    expect(await direct(desk.sim.adapter.transfer({ interactionId: id, mode: 'blind', destination: { type: 'queue', id: 'q-sales' } }))).to.match(/consult is already under way/);
    expect(desk.call(id).consult?.state).to.equal('requested');
  });

  for (const destination of [{ type: 'entry-point' as const, id: 'ep-capacity' }, { type: 'dial-number' as const, id: 'dn-capacity' }]) {
    it(`[XFER-1] [CONS-2] a blind transfer to a capacity-based ${destination.type} goes at once into wrap-up; a consult there is unsupported`, async () => {
      const desk = simDesk();
      const id = await desk.acceptedCall();
      const consult = await desk.run('consult', { interactionId: id, destination });
      expect(consult.ok ? '' : consult.reason).to.match(/Unsupported destination/);
      expect(await direct(desk.sim.adapter.consult({ interactionId: id, destination }))).to.match(/Unsupported destination/);
      const transfer = await desk.run('transfer', { interactionId: id, mode: 'blind', destination });
      expect(transfer.ok).to.equal(true);
      expect(desk.call(id).phase).to.equal('wrap-up');
    });
  }

  it('[REC-3] [BNR-3] [BNR-4] the consulted agent can neither pause recording nor toggle BNR during the consult, on the desk or at the server; BNR is theirs in a conference', async () => {
    const desk = simDesk();
    const id = await consultedCall(desk);
    const pause = await desk.run('pauseRecording', { interactionId: id });
    expect(pause.ok ? '' : pause.reason).to.match(/during a consult/);
    expect(await direct(desk.sim.adapter.pauseRecording({ interactionId: id }))).to.match(/during a consult/);
    expect(await direct(desk.sim.adapter.setBnr({ interactionId: id, enabled: false }))).to.match(/during a consult/);
    expect(desk.call(id).recording.state).to.equal('recording');
    expect(desk.call(id).bnr).to.equal(true);
    desk.sim.colleagueStartsConference(id);
    expect(await direct(desk.sim.adapter.pauseRecording({ interactionId: id }))).to.match(/during a conference/);
    expect((await desk.run('setBnr', { interactionId: id, enabled: false })).ok).to.equal(true);
    expect(desk.call(id).bnr).to.equal(false);
    expect(desk.errors).to.deep.equal([]);
  });

  it('[HOLD-3] while the consult rings the customer can be resumed and held again; the answer puts the customer on hold', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await desk.run('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } });
    desk.clock.advance(1000);
    expect(desk.call(id).consult?.state).to.equal('ringing');
    expect((await desk.run('resume', { interactionId: id, leg: 'customer' })).ok).to.equal(true);
    expect([desk.call(id).customerLeg.onHold, desk.call(id).consult?.leg.onHold]).to.deep.equal([false, false]);
    expect((await desk.run('hold', { interactionId: id, leg: 'customer' })).ok).to.equal(true);
    expect((await desk.run('resume', { interactionId: id, leg: 'customer' })).ok).to.equal(true);
    desk.clock.advance(2000);
    expect(desk.call(id).consult?.state).to.equal('answered');
    expect([desk.call(id).customerLeg.onHold, desk.call(id).consult?.leg.onHold]).to.deep.equal([true, false]);
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CONF-6] [CONS-7] End Consult after the customer hung up ends the call for the primary, into wrap-up', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    await consultAnswered(desk, id);
    desk.sim.customerHangsUp(id);
    expect((await desk.run('endConsult', { interactionId: id })).ok).to.equal(true);
    expect(desk.call(id).phase).to.equal('wrap-up');
    expect(desk.call(id).wrapUpRequired).to.equal(true);
    expect((await desk.run('hold', { interactionId: id, leg: 'consult' })).ok).to.equal(false);
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CONF-6] the customer hanging up a two-party call ends it for the agent, into wrap-up', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    desk.sim.customerHangsUp(id);
    expect(desk.call(id).phase).to.equal('wrap-up');
    expect(desk.errors).to.deep.equal([]);
  });

  it('[AGENT-1] a request still connecting when the agent goes Idle is not offered; it comes back once they are Available', async () => {
    const desk = simDesk();
    const id = desk.sim.offerCall();
    expect(desk.call(id).phase).to.equal('connecting');
    await desk.run('setAgentState', { availability: 'idle', idleCodeId: 'lunch' });
    desk.clock.advance(1000);
    expect(desk.call(id)).to.equal(undefined);
    expect(desk.sim.queued()).to.deep.equal([id]);
    await desk.run('setAgentState', { availability: 'available' });
    desk.clock.advance(1000);
    expect(desk.call(id).phase).to.equal('offered');
    expect(desk.errors).to.deep.equal([]);
  });

  it('[CONS-1] [XFER-1] the server refuses the agent themself and an agent who is not available as a destination', async () => {
    const desk = simDesk();
    const id = await desk.acceptedCall();
    expect(await direct(desk.sim.adapter.consult({ interactionId: id, destination: { type: 'agent', id: 'agent-riley' } }))).to.match(/yourself/);
    expect(await direct(desk.sim.adapter.consult({ interactionId: id, destination: { type: 'agent', id: 'agent-kenji' } }))).to.match(/not available/);
    expect(await direct(desk.sim.adapter.transfer({ interactionId: id, mode: 'blind', destination: { type: 'queue', id: 'q-legacy' } }))).to.match(/not in the directory/);
    expect(desk.call(id).phase).to.equal('connected');
  });
});

/** Where a call can be when a request arrives: each builds a fresh desk and returns the call's id. */
const scenarios: Record<string, (desk: Desk) => Promise<string>> = {
  offered: async (desk) => {
    const id = desk.sim.offerCall();
    desk.clock.advance(1000);
    return id;
  },
  connected: (desk) => desk.acceptedCall(),
  'on hold': async (desk) => {
    const id = await desk.acceptedCall();
    await desk.run('hold', { interactionId: id, leg: 'customer' });
    return id;
  },
  'recording paused': async (desk) => {
    const id = await desk.acceptedCall();
    await desk.run('pauseRecording', { interactionId: id });
    return id;
  },
  'consult requested': async (desk) => {
    const id = await desk.acceptedCall();
    await desk.run('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } });
    return id;
  },
  'consult ringing, customer resumed': async (desk) => {
    const id = await scenarios['consult requested'](desk);
    desk.clock.advance(1000);
    await desk.run('resume', { interactionId: id, leg: 'customer' });
    return id;
  },
  'consult answered': async (desk) => {
    const id = await desk.acceptedCall();
    await consultAnswered(desk, id);
    return id;
  },
  conference: async (desk) => {
    const id = await scenarios['consult answered'](desk);
    await desk.run('conference', { interactionId: id });
    return id;
  },
  'post call': async (desk) => {
    const id = await scenarios['consult answered'](desk);
    desk.sim.customerHangsUp(id);
    return id;
  },
  'consulted agent': consultedCall,
  'consulted agent in a conference': async (desk) => {
    const id = await consultedCall(desk);
    desk.sim.colleagueStartsConference(id);
    return id;
  },
  'wrap-up': async (desk) => {
    const id = await desk.acceptedCall();
    await desk.run('end', { interactionId: id });
    return id;
  },
};

type Ask = [RequestName, (id: string, desk: Desk) => unknown];
const ask = <K extends RequestName>(name: K, payloadOf: (id: string, desk: Desk) => RequestPayloads[K]): Ask => [name, payloadOf];
const agent = (id: string) => ({ type: 'agent' as const, id });
const asks: Ask[] = [
  ask('accept', (id) => ({ interactionId: id })),
  ask('decline', (id) => ({ interactionId: id })),
  ask('hold', (id) => ({ interactionId: id, leg: 'customer' })),
  ask('hold', (id) => ({ interactionId: id, leg: 'consult' })),
  ask('resume', (id) => ({ interactionId: id, leg: 'customer' })),
  ask('resume', (id) => ({ interactionId: id, leg: 'consult' })),
  ask('consult', (id) => ({ interactionId: id, destination: agent('agent-noor') })),
  ask('consult', (id) => ({ interactionId: id, destination: agent('agent-sam') })),
  ask('consult', (id) => ({ interactionId: id, destination: agent('agent-kenji') })),
  ask('consult', (id) => ({ interactionId: id, destination: { type: 'entry-point', id: 'ep-capacity' } })),
  ask('endConsult', (id) => ({ interactionId: id })),
  ask('exitConsult', (id) => ({ interactionId: id })),
  ask('conference', (id) => ({ interactionId: id })),
  ask('exitConference', (id) => ({ interactionId: id })),
  ask('transfer', (id) => ({ interactionId: id, mode: 'blind', destination: agent('agent-noor') })),
  ask('transfer', (id) => ({ interactionId: id, mode: 'blind', destination: { type: 'entry-point', id: 'ep-capacity' } })),
  ask('transfer', (id) => ({ interactionId: id, mode: 'blind', destination: { type: 'organization', id: 'org-partner' } })),
  ask('transfer', (id) => ({ interactionId: id, mode: 'consult', destination: agent('agent-sam') })),
  ask('dropParticipant', (id, desk) => ({ interactionId: id, participantId: desk.call(id).participants.find((p) => p.role === 'customer')?.id ?? 'nobody' })),
  ask('pauseRecording', (id) => ({ interactionId: id })),
  ask('resumeRecording', (id) => ({ interactionId: id })),
  ask('setBnr', (id) => ({ interactionId: id, enabled: false })),
  ask('end', (id) => ({ interactionId: id })),
  ask('submitWrapUp', (id) => ({ interactionId: id, reasonId: 'resolved' })),
];

describe('simulator and desk agree', () => {
  it('[END-1] [HOLD-2] [HOLD-3] [CONS-1] [CONS-2] [CONS-4] [CONS-6] [CONS-7] [CONF-1] [CONF-3] [CONF-4] [CONF-6] [CONF-8] [XFER-1] [REC-1] [REC-3] [BNR-3] [END-3] the server refuses exactly what core refuses on the desk, with the same reason', async () => {
    const disagreements: string[] = [];
    let refused = 0;
    for (const [where, build] of Object.entries(scenarios)) {
      for (const [name, payloadOf] of asks) {
        const desk = simDesk();
        const id = await build(desk);
        const payload = payloadOf(id, desk);
        const verdict = requestGuard(desk.state(), name, payload as never, desk.clock.now());
        const method = desk.sim.adapter[name] as (p: unknown) => Promise<unknown>;
        const server = await direct(method(payload));
        const desks = verdict.allowed ? 'done' : verdict.reason;
        if (server !== desks) disagreements.push(`${where}: ${name} ${JSON.stringify(payload)}: desk says ${desks}, server says ${server}`);
        if (!verdict.allowed) refused++;
        expect(desk.errors, `${where}: ${name}: the store refused the server's events`).to.deep.equal([]);
      }
    }
    expect(disagreements).to.deep.equal([]);
    // Both answers are exercised: most requests are refused somewhere, many go through.
    expect(refused).to.be.greaterThan(100);
  });
});
