import type { RequestName, RequestPayloads } from '../../src/core/requests.js';
import type { simDesk } from '../simulator/sim-desk.js';

type Desk = ReturnType<typeof simDesk>;
const MINUTE = 60_000;
const agent = { type: 'agent' as const, id: 'agent-sam' };

/** A valid callback draft an hour ahead. */
const callback = (desk: Desk) => ({
  customerName: 'Ada Lovelace',
  customerNumber: '+1 415 555 0134',
  startAt: new Date(desk.clock.now() + 60 * MINUTE).toISOString(),
  endAt: new Date(desk.clock.now() + 90 * MINUTE).toISOString(),
  timeZone: 'UTC',
  assignment: { to: 'myself' as const },
  queueId: 'q-billing',
  personal: false,
});

async function consulting(desk: Desk, answered = true) {
  const id = await desk.acceptedCall();
  await desk.run('consult', { interactionId: id, destination: agent });
  desk.clock.advance(answered ? 3000 : 1000);
  return id;
}

/** For each request, a desk where the rules allow it, and its payload. */
export const scenarios: { [K in RequestName]: (desk: Desk) => Promise<RequestPayloads[K]> } = {
  accept: async (d) => ({ interactionId: (d.sim.offerCall(), d.clock.advance(1000), Object.keys(d.state().interactions)[0]) }),
  acceptAll: async (d) => {
    const ids = [d.sim.offerChat(), d.sim.offerEmail()];
    d.clock.advance(1000);
    return { interactionIds: ids };
  },
  decline: async (d) => ({ interactionId: (d.sim.offerCall(), d.clock.advance(1000), Object.keys(d.state().interactions)[0]) }),
  setAgentState: async () => ({ availability: 'idle', idleCodeId: 'lunch' }),
  signOut: async () => ({}),
  outdial: async () => ({ number: '+1 415 555 0111' }),
  hold: async (d) => ({ interactionId: await d.acceptedCall(), leg: 'customer' }),
  resume: async (d) => {
    const id = await d.acceptedCall();
    await d.run('hold', { interactionId: id, leg: 'customer' });
    return { interactionId: id, leg: 'customer' };
  },
  consult: async (d) => ({ interactionId: await d.acceptedCall(), destination: agent }),
  endConsult: async (d) => ({ interactionId: await consulting(d) }),
  exitConsult: async (d) => {
    const id = d.sim.colleagueConsultsMe();
    d.clock.advance(1000);
    await d.run('accept', { interactionId: id });
    return { interactionId: id };
  },
  conference: async (d) => ({ interactionId: await consulting(d) }),
  exitConference: async (d) => {
    const id = await consulting(d);
    await d.run('conference', { interactionId: id });
    return { interactionId: id };
  },
  sendDtmf: async (d) => ({ interactionId: await d.acceptedCall(), digits: '12#' }),
  transfer: async (d) => ({ interactionId: await d.acceptedCall(), destination: agent, mode: 'blind' }),
  dropParticipant: async (d) => {
    const id = await consulting(d);
    await d.run('conference', { interactionId: id });
    return { interactionId: id, participantId: 'agent-sam' };
  },
  pauseRecording: async (d) => ({ interactionId: await d.acceptedCall() }),
  resumeRecording: async (d) => {
    const id = await d.acceptedCall();
    await d.run('pauseRecording', { interactionId: id });
    return { interactionId: id };
  },
  setBnr: async (d) => ({ interactionId: await d.acceptedCall(), enabled: false }),
  setBnrDefault: async () => ({ enabled: false }),
  saveVariables: async (d) => {
    const id = await d.acceptedCall();
    const version = d.call(id).variables.find((v) => v.name === 'caseNumber')!.version;
    return { interactionId: id, changes: [{ name: 'caseNumber', value: 'CASE-1', baseVersion: version }] };
  },
  revealVariable: async (d) => ({ interactionId: await d.acceptedCall(), name: 'accountPin' }),
  end: async (d) => ({ interactionId: await d.acceptedCall() }),
  submitWrapUp: async (d) => {
    const id = await d.acceptedCall();
    await d.run('end', { interactionId: id });
    return { interactionId: id, reasonId: 'resolved' };
  },
  cancelCallback: async (d) => {
    const id = d.sim.offerCallback('web');
    d.clock.advance(1000);
    return { interactionId: id };
  },
  scheduleCallback: async (d) => ({ callback: callback(d) }),
  updateCallback: async (d) => {
    const saved = await d.run('scheduleCallback', { callback: callback(d) });
    return { callbackId: saved.ok ? saved.result.id : '', callback: { ...callback(d), reason: 'changed' } };
  },
  deleteCallback: async (d) => {
    const saved = await d.run('scheduleCallback', { callback: callback(d) });
    return { callbackId: saved.ok ? saved.result.id : '' };
  },
  listCallbacks: async () => ({}),
  refreshDirectory: async () => ({}),
};
