import { expect } from '@open-wc/testing';
import type { CallbackDraft } from '../../../src/core/requests.js';
import { assignableAgents, callbacksToManage, canEditCallback, isValidTimeZone, keepsNumber, maskNumber, queuesForAssignment, requestGuard, sameCustomerNumber, validateCallback, type CallbackContext } from '../../../src/core/rules/index.js';
import { defaultAgent, defaultTenant, emptyDirectory } from '../../../src/core/state.js';
import type { Directory, ScheduledCallback } from '../../../src/core/types.js';
import { stateWith, T0 } from './fixtures.js';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

const directory: Directory = {
  ...emptyDirectory,
  agents: [
    { id: 'me', name: 'Me', teamId: 't', teamName: 'T', dialNumber: '1', available: true },
    { id: 'buddy', name: 'Buddy', teamId: 't', teamName: 'T', dialNumber: '2', available: true },
    { id: 'other', name: 'Other', teamId: 'u', teamName: 'U', dialNumber: '3', available: true },
  ],
  queues: [
    { id: 'q-all', name: 'All', active: true, channel: 'telephony', agentIds: [] },
    { id: 'q-other', name: 'Other only', active: true, channel: 'telephony', agentIds: ['other'] },
    { id: 'q-closed', name: 'Closed', active: false, channel: 'telephony', agentIds: [] },
    { id: 'q-chat', name: 'Chat', active: true, channel: 'chat', agentIds: [] },
  ],
};
const ctx: CallbackContext = {
  now: T0,
  agent: { ...defaultAgent, id: 'me', buddyTeamIds: ['buddy'] },
  tenant: { ...defaultTenant, callbackEntryPointId: 'ep' },
  directory,
};
const draft = (overrides: Partial<CallbackDraft> = {}): CallbackDraft => ({
  customerName: 'Ada Lovelace',
  customerNumber: '+1 415-555.0134',
  startAt: iso(T0 + 60 * MINUTE),
  endAt: iso(T0 + 90 * MINUTE),
  timeZone: 'America/New_York',
  assignment: { to: 'myself' },
  queueId: 'q-all',
  personal: false,
  ...overrides,
});
const errors = (overrides: Partial<CallbackDraft>, context = ctx) => validateCallback(draft(overrides), context).errors;

describe('rules: callbacks', () => {
  it('accepts a complete, valid callback', () => {
    expect(validateCallback(draft(), ctx)).to.deep.equal({ valid: true, errors: {} });
  });

  it('[SCHED-2] phone: required, 7 to 15 digits (separators not counted), country code and separators allowed', () => {
    expect(errors({ customerNumber: '' }).customerNumber).to.match(/Enter/);
    expect(errors({ customerNumber: '12-34-56' }).customerNumber).to.match(/7 to 15 digits.*6/);
    expect(errors({ customerNumber: '+44 20 7946 0958' }).customerNumber).to.equal(undefined);
    expect(errors({ customerNumber: '+1 415-555.0134, 1234' }).customerNumber).to.equal(undefined);
    expect(errors({ customerNumber: '+1 415 555 0134 56789' }).customerNumber).to.match(/it has 16/);
    expect(errors({ customerNumber: '+44 20,7946.09' }).customerNumber).to.equal(undefined);
    expect(errors({ customerNumber: '415-555-ABCD' }).customerNumber).to.match(/digits/);
    expect(errors({ customerNumber: '415 555 0134+' }).customerNumber).to.match(/leading \+/);
  });

  it('[SCHED-3] name: required, 3 to 250 characters of any Unicode', () => {
    expect(errors({ customerName: '😀😀' }).customerName).to.match(/it has 2/);
    expect(errors({ customerName: '😀😀😀' }).customerName).to.equal(undefined);
    expect(errors({ customerName: 'ش'.repeat(250) }).customerName).to.equal(undefined);
    expect(errors({ customerName: 'a'.repeat(251) }).customerName).to.match(/251/);
  });

  it('[SCHED-4] the start is 30 minutes to 31 days after now; the end after the start', () => {
    expect(errors({ startAt: iso(T0 + 29 * MINUTE) }).startAt).to.match(/at least 30 minutes/);
    expect(errors({ startAt: iso(T0 + 30 * MINUTE), endAt: iso(T0 + 40 * MINUTE) }).startAt).to.equal(undefined);
    const day = 24 * 60 * MINUTE;
    expect(errors({ startAt: iso(T0 + 31 * day), endAt: iso(T0 + 31 * day + 30 * MINUTE) }).startAt).to.equal(undefined);
    expect(errors({ startAt: iso(T0 + 31 * day + MINUTE), endAt: iso(T0 + 32 * day) }).startAt).to.match(/within 31 days/);
    expect(errors({ endAt: iso(T0 + 60 * MINUTE) }).endAt).to.match(/after the start/);
    expect(errors({ startAt: 'soon' }).startAt).to.match(/Choose/);
  });

  it('[SCHED-5] the customer time zone must be a valid IANA zone', () => {
    expect(isValidTimeZone('Australia/Lord_Howe')).to.equal(true);
    expect(errors({ timeZone: 'Mars/Olympus' }).timeZone).to.match(/valid time zone/);
    expect(errors({ timeZone: '' }).timeZone).to.match(/valid time zone/);
  });

  it('[SCHED-6] [SCHED-7] the queue list follows the assignment: active telephony queues the agent can use', () => {
    expect(queuesForAssignment({ assignment: { to: 'myself' } }, ctx).map((q) => q.id)).to.deep.equal(['q-all']);
    expect(queuesForAssignment({ assignment: { to: 'agent', agentId: 'other' } }, ctx).map((q) => q.id)).to.deep.equal(['q-all', 'q-other']);
    expect(queuesForAssignment({ assignment: { to: 'any' } }, ctx).map((q) => q.id)).to.deep.equal(['q-all', 'q-other']);
    expect(errors({ queueId: 'q-other' }).queueId).to.match(/can use/);
    expect(errors({ queueId: 'q-closed' }).queueId).to.match(/active/);
    expect(errors({ queueId: '' }).queueId).to.match(/Choose a queue/);
  });

  it('[SCHED-8] the reason is optional, at most 250 characters', () => {
    expect(errors({ reason: undefined }).reason).to.equal(undefined);
    expect(errors({ reason: 'é'.repeat(250) }).reason).to.equal(undefined);
    expect(errors({ reason: 'x'.repeat(251) }).reason).to.match(/251/);
  });

  it('[SCHED-9] no edit or delete once the start time has passed', () => {
    expect(canEditCallback({ startAt: iso(T0 + MINUTE) }, T0).allowed).to.equal(true);
    expect(canEditCallback({ startAt: iso(T0) }, T0).reason).to.match(/start time has passed/);
  });

  it('[SCHED-9] Manage Callbacks lists the customer\'s callbacks and the personal ones assigned to me, earliest first', () => {
    const callback = (id: string, number: string, startAt: number, more: Partial<ScheduledCallback> = {}): ScheduledCallback => ({
      id, customerName: id, customerNumber: number, startAt: iso(startAt), endAt: iso(startAt + 30 * MINUTE), timeZone: 'UTC',
      assignment: { to: 'any' }, queueId: 'q-all', personal: false, createdBy: 'other', ...more,
    });
    const all = [
      callback('later', '+1 415 555 0134', T0 + 90 * MINUTE),
      callback('sooner', '+1 (415) 555-0134', T0 + 60 * MINUTE),
      callback('someone-else', '+44 20 7946 0000', T0 + 30 * MINUTE),
      callback('my-personal', '+44 20 7946 0001', T0 + 40 * MINUTE, { personal: true, assignment: { to: 'agent', agentId: 'me' } }),
      callback('made-for-myself', '+44 20 7946 0002', T0 + 50 * MINUTE, { personal: true, assignment: { to: 'myself' }, createdBy: 'me' }),
      callback('buddys-own', '+44 20 7946 0003', T0 + 20 * MINUTE, { personal: true, assignment: { to: 'myself' }, createdBy: 'buddy' }),
    ];
    expect(callbacksToManage(all, 'me', '+14155550134').map((c) => c.id)).to.deep.equal(['my-personal', 'made-for-myself', 'sooner', 'later']);
    // From the task list's "+", with no customer: the callbacks assigned to me.
    expect(callbacksToManage(all, 'me').map((c) => c.id)).to.deep.equal(['my-personal', 'made-for-myself']);
  });

  it('[SCHED-9] [POP-7] masked numbers are matched by what masking leaves; an edit that leaves the masked number keeps the stored one', () => {
    const masked = (c: ScheduledCallback) => ({ ...c, customerNumber: maskNumber(c.customerNumber) });
    const callback = (id: string, number: string): ScheduledCallback => ({
      id, customerName: id, customerNumber: number, startAt: iso(T0 + 60 * MINUTE), endAt: iso(T0 + 90 * MINUTE), timeZone: 'UTC',
      assignment: { to: 'any' }, queueId: 'q-all', personal: false, createdBy: 'other',
    });
    const all = [callback('alan', '+44 20 7946 0958'), callback('other', '+44 20 7946 0000')].map(masked);
    expect(callbacksToManage(all, 'me', maskNumber('+44 20 7946 0958')).map((c) => c.id)).to.deep.equal(['alan']);
    expect(callbacksToManage(all, 'me', '+442079460958').map((c) => c.id)).to.deep.equal(['alan']);
    expect(sameCustomerNumber('+1 415 555 0958', maskNumber('+44 20 7946 0958')), 'fewer digits').to.equal(false);
    const stored = { customerNumber: '+44 20 7946 0958' };
    expect(keepsNumber({ customerNumber: maskNumber(stored.customerNumber) }, stored), 'the platform side').to.equal(true);
    expect(keepsNumber({ customerNumber: maskNumber(stored.customerNumber) }, { customerNumber: maskNumber(stored.customerNumber) }), 'the desk side').to.equal(true);
    expect(errors({ customerNumber: maskNumber(stored.customerNumber) }, { ...ctx, editing: stored }).customerNumber).to.equal(undefined);
    expect(errors({ customerNumber: maskNumber(stored.customerNumber) }).customerNumber, 'a new callback needs a real number').to.match(/digits/);
  });

  it('[SCHED-10] a personal callback goes to myself or a buddy-team member', () => {
    expect(assignableAgents(true, ctx).map((a) => a.id)).to.deep.equal(['me', 'buddy']);
    expect(errors({ personal: true, assignment: { to: 'agent', agentId: 'buddy' } }).assignment).to.equal(undefined);
    expect(errors({ personal: true, assignment: { to: 'agent', agentId: 'other' }, queueId: 'q-all' }).assignment).to.match(/buddy team/);
    expect(errors({ personal: true, assignment: { to: 'any' } }).assignment).to.match(/buddy team/);
  });

  it('[SCHED-12] without a callback entry point scheduling says why', () => {
    expect(errors({}, { ...ctx, tenant: { ...ctx.tenant, callbackEntryPointId: undefined } }).form).to.match(/no callback entry point/);
  });

  it('the request guard refuses to send what validation refuses', () => {
    const state = { ...stateWith(), agent: ctx.agent, directory, tenant: ctx.tenant };
    expect(requestGuard(state, 'scheduleCallback', { callback: draft() }, T0).allowed).to.equal(true);
    expect(requestGuard(state, 'scheduleCallback', { callback: draft({ customerName: 'Al' }) }, T0).allowed).to.equal(false);
  });
});
