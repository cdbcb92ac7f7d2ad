import { expect } from '@open-wc/testing';
import {
  acceptAllLabel,
  acceptAllTargets,
  canCancelCallback,
  canDeclineVoice,
  canOutdial,
  canOutdialTo,
  outdialNumberError,
  requestGuard,
  canReceiveOffers,
  canSignOut,
  maskNumber,
  popoverPage,
  popoverRequests,
  popoverVariables,
  requestActions,
  requestLabel,
  ronaChoices,
} from '../../../src/core/rules/index.js';
import { defaultTenant } from '../../../src/core/state.js';
import { interaction, stateWith, T0, variable } from './fixtures.js';

const offered = (id: string, channel: 'voice' | 'chat' | 'email' | 'social', at: number) =>
  interaction({ id, channel, phase: 'offered', offeredAt: T0 + at, acceptedAt: undefined, participants: [] });

describe('rules: agent', () => {
  it('[AGENT-1] offers arrive only while Available', () => {
    const state = stateWith();
    expect(canReceiveOffers(state.agent).allowed).to.equal(true);
    expect(canReceiveOffers({ ...state.agent, availability: 'idle' }).allowed).to.equal(false);
  });

  it('[AGENT-2] sign-out is refused while a connecting or contact-request popover shows, with a reason', () => {
    expect(canSignOut(stateWith([interaction({ phase: 'connecting' })]))).to.deep.include({ allowed: false });
    expect(canSignOut(stateWith([interaction({ phase: 'offered' })])).reason).to.match(/can’t sign out/);
    expect(canSignOut(stateWith([interaction()])).allowed).to.equal(true);
  });

  it('[AGENT-3] desktop mode answers in the page; phone mode says to answer on the phone, without Answer or Decline', () => {
    const state = stateWith([offered('c1', 'voice', 0)]);
    expect(canDeclineVoice(state.agent)).to.equal(true);
    expect(requestActions(state, state.interactions.c1)).to.deep.include({ accept: true, decline: true, answerOnPhone: false });
    const phone = { ...state, agent: { ...state.agent, telephonyMode: 'phone' as const } };
    expect(canDeclineVoice(phone.agent)).to.equal(false);
    expect(requestActions(phone, phone.interactions.c1)).to.deep.include({ accept: false, decline: false, answerOnPhone: true });
  });

  it('[AGENT-4] new outdials are refused once the contact center\'s calls reach the tenant limit (not this agent\'s own), with the reason code', () => {
    const tenant = { ...defaultTenant, concurrentCallLimit: 50, concurrentCallLimitReasonCode: 'LIMIT_42' };
    // The agent's own calls are not the contact center's: one call of mine against a limit of 50 is nothing.
    expect(canOutdial({ ...tenant, activeCalls: 49 }).allowed).to.equal(true);
    expect(canOutdial({ ...tenant, activeCalls: 50 })).to.deep.equal({
      allowed: false,
      key: 'rules.agent.concurrentLimit',
      reason: 'The contact center has reached its limit of concurrent calls (LIMIT_42).',
    });
    expect(canOutdial(tenant, 51).reason).to.contain('LIMIT_42');
    expect(canOutdial(tenant).allowed, 'no count reported: the platform decides').to.equal(true);
    const state = stateWith([interaction()], { tenant: { ...tenant, activeCalls: 50 } });
    expect(requestGuard(state, 'outdial', { number: '+44 20 7946 0958' }, T0).reason).to.contain('LIMIT_42');
  });

  it('[AGENT-5] an outdial needs a number made like a phone number and an ANI the tenant has', () => {
    const tenant = { ...defaultTenant, outdialAnis: [{ id: 'ani-main', name: 'Main line', number: '+1 800 555 0100' }] };
    expect(canOutdialTo(tenant, { number: '+44 20 7946 0958', aniId: 'ani-main' }).allowed).to.equal(true);
    expect(canOutdialTo(tenant, { number: '12345' }).reason).to.match(/7 to 15 digits/);
    expect(canOutdialTo(tenant, { number: '0800 CALL ME' }).reason).to.match(/digits, an optional leading \+/);
    expect(canOutdialTo(tenant, { number: '+44 20 7946 0958', aniId: 'ani-other' }).reason).to.match(/not one of the tenant’s outdial ANIs/);
    expect(outdialNumberError('+1 (415) 555-0134'), 'parentheses are not among the separators the guide lists').to.match(/digits/);
  });
});

describe('rules: popovers', () => {
  it('[POP-1] connecting and offered requests show as popovers; accepted ones do not', () => {
    const state = stateWith([interaction({ id: 'a', phase: 'connecting' }), interaction({ id: 'b', phase: 'offered' }), interaction({ id: 'c' })]);
    expect(popoverRequests(state).map((i) => i.id)).to.deep.equal(['a', 'b']);
  });

  it('[POP-2] more than five requests page five at a time as "1-5 of N"', () => {
    expect(popoverPage([1, 2, 3, 4, 5], 0).label).to.equal(undefined);
    const six = popoverPage([1, 2, 3, 4, 5, 6], 0);
    expect([six.label, six.items.length, six.hasNext]).to.deep.equal(['1-5 of 6', 5, true]);
    const twelve = popoverPage(Array.from({ length: 12 }, (_, i) => i), 2);
    expect([twelve.label, twelve.items, twelve.hasNext, twelve.hasPrevious]).to.deep.equal(['11-12 of 12', [10, 11], false, true]);
    expect(popoverPage([1, 2, 3, 4, 5, 6], 9).page).to.equal(1);
  });

  it('[POP-3] orders emails, social, chats, calls, earliest first within a channel', () => {
    const state = stateWith([offered('v1', 'voice', 1), offered('c2', 'chat', 5), offered('e1', 'email', 9), offered('s1', 'social', 3), offered('c1', 'chat', 2), offered('e0', 'email', 4)]);
    expect(popoverRequests(state).map((i) => i.id)).to.deep.equal(['e0', 'e1', 's1', 'c1', 'c2', 'v1']);
  });

  it('[POP-4] "Accept N requests" takes every offered digital request, never a call', () => {
    const state = stateWith([offered('v1', 'voice', 1), offered('c1', 'chat', 2), offered('e1', 'email', 3), interaction({ id: 'x', channel: 'chat', phase: 'connecting' })]);
    const targets = acceptAllTargets(state);
    expect(targets.map((i) => i.id)).to.deep.equal(['e1', 'c1']);
    expect(acceptAllLabel(targets.length)).to.equal('Accept 2 requests');
    expect(requestActions(state, state.interactions.c1)).to.deep.include({ accept: true, decline: false });
  });

  it('[POP-5] shows the configured voice variables in the configured order, at most six, never a secure one', () => {
    const names = ['a', 'b', 'secret', 'c', 'd', 'e', 'f', 'g'];
    const variables = names.map((name, order) => variable({ name, order, secure: name === 'secret' }));
    const call = interaction({ variables });
    const tenant = { ...defaultTenant, popoverVariables: { ...defaultTenant.popoverVariables, voice: ['g', 'secret', 'a', 'b', 'c', 'd', 'e', 'f'] } };
    expect(popoverVariables(call, tenant).map((v) => v.name)).to.deep.equal(['g', 'a', 'b', 'c', 'd', 'e']);
  });

  it('[POP-6] a consult request shows the initiating agent Name, DN and Team, plus at most six: nine at most', () => {
    const variables = Array.from({ length: 9 }, (_, n) => variable({ name: `v${n}`, order: n }));
    const consult = interaction({ kind: 'consult-request', variables, consultRequester: { name: 'Sam', dialNumber: '5551', team: 'Billing' } });
    const tenant = { ...defaultTenant, popoverVariables: { ...defaultTenant.popoverVariables, voice: variables.map((v) => v.name) } };
    const shown = popoverVariables(consult, tenant);
    expect(shown).to.have.length(9);
    expect(shown.slice(0, 3).map((v) => [v.label, v.value])).to.deep.equal([['Agent Name', 'Sam'], ['Agent DN', '5551'], ['Agent Team', 'Billing']]);
  });

  it('[POP-7] only the last four digits of a number stay visible', () => {
    expect(maskNumber('+1 415 555 0134')).to.equal('+• ••• ••• 0134');
    expect(maskNumber('0134')).to.equal('0134');
    expect(maskNumber('5550134').replace(/\D/g, '')).to.equal('0134');
  });

  it('[POP-8] [CB-1] each kind of request has its own label and icon; every callback kind is labelled Callback', () => {
    expect(requestLabel(interaction())).to.deep.equal({ label: 'Incoming call', icon: 'call' });
    expect(requestLabel(interaction({ kind: 'outdial' })).icon).to.equal('outdial');
    expect(requestLabel(interaction({ kind: 'preview-campaign' })).label).to.equal('Outbound preview campaign');
    expect(requestLabel(interaction({ kind: 'consult-request' })).label).to.equal('Consult request');
    for (const callbackKind of ['courtesy', 'web', 'scheduled', 'personal'] as const) {
      expect(requestLabel(interaction({ kind: 'callback', callbackKind }))).to.deep.equal({ label: 'Callback', icon: 'callback' });
    }
  });

  it('[POP-9] a web callback shows Cancel instead of Ringing only where the tenant enables it', () => {
    const callback = interaction({ kind: 'callback', callbackKind: 'web', phase: 'offered' });
    const state = stateWith([callback]);
    expect(canCancelCallback(state, 'c1').allowed).to.equal(false);
    const enabled = { ...state, tenant: { ...state.tenant, endCallForWebCallbacks: true } };
    expect(canCancelCallback(enabled, 'c1').allowed).to.equal(true);
    expect(requestActions(enabled, callback)).to.deep.include({ cancel: true, decline: false });
    const scheduled = stateWith([{ ...callback, callbackKind: 'scheduled' }], { tenant: enabled.tenant });
    expect(canCancelCallback(scheduled, 'c1').allowed).to.equal(false);
  });

  it('[POP-10] the callback reason stays off the popover unless configured', () => {
    const reason = variable({ name: 'callbackReason', value: 'Refund', showOnPopover: true });
    const callback = interaction({ kind: 'callback', callbackKind: 'web', variables: [reason] });
    expect(popoverVariables(callback, defaultTenant)).to.deep.equal([]);
    const configured = { ...defaultTenant, popoverVariables: { ...defaultTenant.popoverVariables, voice: ['callbackReason'] } };
    expect(popoverVariables(callback, configured).map((v) => v.value)).to.deep.equal(['Refund']);
  });

  it('[POP-11] the RONA popover offers Available or Idle', () => {
    expect(ronaChoices(stateWith())).to.deep.equal([]);
    expect(ronaChoices(stateWith([], { rona: { interactionId: 'c1', customerLabel: 'Ada', at: T0 } }))).to.deep.equal(['available', 'idle']);
  });
});
