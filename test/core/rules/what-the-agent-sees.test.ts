import { expect } from '@open-wc/testing';
import { remindsToDisconnectHandset } from '../../../src/core/rules/handset-reminder.js';
import { noticesElsewhere } from '../../../src/core/rules/notices.js';
import { arrivalsToShow, paneFollow } from '../../../src/core/rules/pane-follow.js';
import { isSafeLinkUrl, popoverLinks, POPOVER_LINK_LIMIT } from '../../../src/core/rules/popover-links.js';
import { recordingIcon } from '../../../src/core/rules/recording-icon.js';
import type { Notice } from '../../../src/core/types.js';
import { interaction, stateWith } from './fixtures.js';

describe('core: where the pane goes (CALL-2, END-4)', () => {
  const ringing = interaction({ id: 'c2', phase: 'offered', acceptedAt: undefined });
  const chat = interaction({ id: 'ch', channel: 'chat', phase: 'offered', acceptedAt: undefined });

  it('[CALL-2] an interaction answered or accepted is an arrival; one that stays as it was is not', () => {
    const before = stateWith([interaction(), ringing, chat]);
    const after = stateWith([interaction(), { ...ringing, phase: 'connected' }, { ...chat, phase: 'connected' }]);
    expect(arrivalsToShow(before, after)).to.deep.equal(['c2', 'ch']);
    expect(arrivalsToShow(after, after)).to.deep.equal([]);
  });

  it('[END-4] [END-2] a wrap-up owed comes first; one the agent does not owe is no arrival', () => {
    const before = stateWith([interaction(), ringing]);
    const after = stateWith([{ ...interaction(), phase: 'wrap-up', wrapUpRequired: true }, { ...ringing, phase: 'connected' }]);
    expect(arrivalsToShow(before, after)).to.deep.equal(['c1', 'c2']);
    const left = stateWith([{ ...interaction(), phase: 'wrap-up', wrapUpRequired: false }]);
    expect(arrivalsToShow(before, left)).to.deep.equal([]);
  });

  it('[CALL-2] the pane goes to the arrival unless busy; then it waits, and goes once the agent is free', () => {
    const state = stateWith([interaction(), { ...ringing, phase: 'connected' }]);
    expect(paneFollow(state, [], ['c2'], 'c1', false)).to.deep.equal({ show: 'c2', waiting: [] });
    const busy = paneFollow(state, [], ['c2'], 'c1', true);
    expect(busy).to.deep.equal({ waiting: ['c2'] });
    expect(paneFollow(state, busy.waiting, [], 'c1', false)).to.deep.equal({ show: 'c2', waiting: [] });
  });

  it('[END-4] a wrap-up owed goes before an answered call and keeps waiting its turn; what left is forgotten', () => {
    const state = stateWith([{ ...interaction(), phase: 'wrap-up', wrapUpRequired: true }, { ...ringing, phase: 'connected' }, { ...interaction({ id: 'c3' }), phase: 'wrap-up', wrapUpRequired: true }]);
    expect(paneFollow(state, ['c2'], ['c1', 'c3', 'gone'], undefined, false)).to.deep.equal({ show: 'c1', waiting: ['c3'] });
  });
});

describe('core: the recording icon (REC-4)', () => {
  it('[REC-4] [REC-1] recording or paused on a live call; none once the customer has gone, in wrap-up, or when not recorded', () => {
    expect(recordingIcon(interaction())).to.equal('recording');
    expect(recordingIcon(interaction({ recording: { state: 'paused', resumesAt: 1 } }))).to.equal('paused');
    expect(recordingIcon(interaction({ recording: { state: 'off' } }))).to.equal(undefined);
    expect(recordingIcon(interaction({ phase: 'post-call' }))).to.equal(undefined);
    expect(recordingIcon(interaction({ phase: 'wrap-up' }))).to.equal(undefined);
    expect(recordingIcon(interaction({ channel: 'chat' }))).to.equal(undefined);
  });
});

describe('core: the handset reminder (END-5)', () => {
  it('[END-5] [AGENT-3] only for a call in phone mode', () => {
    const agent = stateWith().agent;
    expect(remindsToDisconnectHandset({ ...agent, telephonyMode: 'phone' }, interaction())).to.equal(true);
    expect(remindsToDisconnectHandset({ ...agent, telephonyMode: 'desktop' }, interaction())).to.equal(false);
    expect(remindsToDisconnectHandset({ ...agent, telephonyMode: 'phone' }, interaction({ channel: 'email' }))).to.equal(false);
  });
});

describe('core: popover links (POP-13)', () => {
  it('[POP-13] the links of the request\'s channel, in order, never a script URL', () => {
    const tenant = {
      ...stateWith().tenant,
      popoverLinks: {
        voice: [
          { label: 'Account in CRM', url: ' https://crm.example.com/accounts ' },
          { label: 'Script', url: 'javascript:alert(1)' },
          { label: 'Mixed case', url: 'JaVaScRiPt:alert(1)' },
          { label: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
          { label: 'Relative', url: '/somewhere' },
          { label: '', url: 'https://no-label.example.com' },
          { label: 'Mail the team', url: 'mailto:team@example.com' },
        ],
        chat: [{ label: 'Knowledge base', url: 'https://kb.example.com' }],
      },
    };
    expect(popoverLinks(interaction(), tenant)).to.deep.equal([
      { label: 'Account in CRM', url: 'https://crm.example.com/accounts' },
      { label: 'Mail the team', url: 'mailto:team@example.com' },
    ]);
    expect(popoverLinks(interaction({ channel: 'chat' }), tenant).map((l) => l.label)).to.deep.equal(['Knowledge base']);
    expect(popoverLinks(interaction({ channel: 'email' }), tenant)).to.deep.equal([]);
    for (const url of ['vbscript:x', '\tjavascript:x', 'java\nscript:x', 'file:///etc/passwd']) expect(isSafeLinkUrl(url), url).to.equal(false);
    const many = Array.from({ length: 9 }, (_, n) => ({ label: `L${n}`, url: `https://e.example/${n}` }));
    expect(popoverLinks(interaction(), { ...tenant, popoverLinks: { voice: many } })).to.have.length(POPOVER_LINK_LIMIT);
  });
});

describe('core: every notice reaches the agent (POP-12)', () => {
  it('[POP-12] notices of a gone or unselected interaction are told elsewhere than the pane', () => {
    const notice = (id: string, interactionId?: string): Notice => ({ id, kind: 'info', interactionId, message: id, at: 0 });
    const state = stateWith([interaction(), interaction({ id: 'c2' })], {
      selectedInteractionId: 'c1',
      notices: [notice('shown', 'c1'), notice('other', 'c2'), notice('gone', 'cb-9'), notice('general')],
    });
    expect(noticesElsewhere(state).map((n) => n.id)).to.deep.equal(['other', 'gone', 'general']);
  });
});
