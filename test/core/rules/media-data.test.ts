import { expect } from '@open-wc/testing';
import {
  bnrControl,
  bnrSettingVisible,
  canEnd,
  canPauseRecording,
  canResumeRecording,
  canSaveVariables,
  canSubmitWrapUp,
  conflictMessage,
  editVariable,
  filterWrapUpReasons,
  isEditable,
  isIso8601,
  isoFromField,
  isoValue,
  localOffset,
  leadsToWrapUp,
  maskedValue,
  recordingRemainingMs,
  validateVariableValue,
  wrapUpOpensFor,
  zoneLabel,
} from '../../../src/core/rules/index.js';
import { consulting, interaction, ME, participant, stateWith, T0, variable } from './fixtures.js';

describe('rules: recording', () => {
  it('[REC-1] pause a recording call, resume a paused one', () => {
    expect(canPauseRecording(stateWith([interaction()]), 'c1').allowed).to.equal(true);
    expect(canResumeRecording(stateWith([interaction()]), 'c1').allowed).to.equal(false);
    expect(canResumeRecording(stateWith([interaction({ recording: { state: 'paused', resumesAt: T0 } })]), 'c1').allowed).to.equal(true);
  });

  it('[REC-2] a pause counts down to the tenant duration', () => {
    const paused = interaction({ recording: { state: 'paused', resumesAt: T0 + 60_000 } });
    expect(recordingRemainingMs(paused, T0 + 15_000)).to.equal(45_000);
    expect(recordingRemainingMs(paused, T0 + 90_000)).to.equal(0);
  });

  it('[REC-3] no pause or resume during consult or conference', () => {
    expect(canPauseRecording(stateWith([consulting()]), 'c1').reason).to.match(/consult/);
    expect(canPauseRecording(stateWith([interaction({ inConference: true })]), 'c1').reason).to.match(/conference/);
  });
});

describe('rules: background noise removal', () => {
  it('[BNR-1] the setting and the icon exist in desktop mode only', () => {
    const state = stateWith([interaction()]);
    expect(bnrSettingVisible(state.agent)).to.equal(true);
    expect(bnrControl(state, 'c1').visible).to.equal(true);
    const phone = { ...state, agent: { ...state.agent, telephonyMode: 'phone' as const } };
    expect(bnrSettingVisible(phone.agent)).to.equal(false);
    expect(bnrControl(phone, 'c1')).to.deep.include({ visible: false, allowed: false });
  });

  it('[BNR-2] the per-call icon shows on or off and toggles', () => {
    expect(bnrControl(stateWith([interaction({ bnr: false })]), 'c1')).to.deep.include({ enabled: false, allowed: true });
  });

  it('[BNR-3] locked during an active consult, free once it ends', () => {
    expect(bnrControl(stateWith([consulting()]), 'c1').reason).to.match(/during a consult/);
    expect(bnrControl(stateWith([interaction()]), 'c1').allowed).to.equal(true);
  });

  it('[BNR-4] in a conference BNR is each agent’s own', () => {
    const conference = interaction({ inConference: true, bnr: false, participants: [participant('customer', 'customer'), participant(ME, 'primary'), { ...participant('a', 'conferenced'), bnr: true }] });
    expect(bnrControl(stateWith([conference]), 'c1')).to.deep.include({ enabled: false, allowed: true });
  });
});

describe('rules: call-associated variables', () => {
  it('[CAD-1] editable variables can be edited, others are read-only', () => {
    expect(isEditable(variable({ name: 'a', editable: true }))).to.equal(true);
    expect(isEditable(variable({ name: 'b' }))).to.equal(false);
    expect(validateVariableValue(variable({ name: 'b', label: 'Tier' }), 'x').reason).to.match(/Tier is read-only/);
  });

  it('[CAD-2] a secure variable shows a mask, is never edited in the page, and a conflict never names its value', () => {
    const secure = variable({ name: 'pin', secure: true, editable: true, value: '' });
    expect(maskedValue(secure)).to.match(/^•+$/);
    expect(isEditable(secure)).to.equal(false);
    expect(conflictMessage('PIN', '')).not.to.match(/“/);
  });

  it('[CAD-3] at most 256 characters, and too long is refused rather than cut', () => {
    const v = variable({ name: 'notes', label: 'Notes', editable: true });
    expect(validateVariableValue(v, 'x'.repeat(256)).allowed).to.equal(true);
    expect(validateVariableValue(v, 'x'.repeat(257)).reason).to.match(/at most 256.*257.*nothing was cut/);
    expect(validateVariableValue(v, '😀'.repeat(256)).allowed).to.equal(true);
  });

  it('[CAD-4] Save sends only the changes, with the version each was based on', () => {
    const variables = [variable({ name: 'a', editable: true, value: '1', version: 3 }), variable({ name: 'b', editable: true, value: '2', version: 1 })];
    const edits = editVariable(editVariable(new Map(), variables[0], '1'), variables[1], '5');
    const changes = [...edits.values()];
    expect(changes).to.deep.equal([{ name: 'b', value: '5', baseVersion: 1 }]);
    // A colleague saved b meanwhile: the edit still carries the version it began on (CAD-5 tells the conflict).
    expect(editVariable(edits, { ...variables[1], version: 2 }, '56').get('b')).to.deep.equal({ name: 'b', value: '56', baseVersion: 1 });
    // Typed back to the saved value: nothing left to send.
    expect(editVariable(edits, variables[1], '2').size).to.equal(0);
    expect(canSaveVariables(variables, changes).allowed).to.equal(true);
    expect(canSaveVariables(variables, []).allowed).to.equal(false);
  });

  it('[CAD-5] the later saver reads which variable was overwritten and with what', () => {
    expect(conflictMessage('Case number', 'CASE-9')).to.equal('Case number was saved by someone else first as “CASE-9”; your value was not saved.');
  });

  it('[CAD-6] date-time values are ISO 8601', () => {
    const v = variable({ name: 'at', label: 'Follow-up', type: 'datetime', editable: true });
    for (const ok of ['2026-11-24T15:30:00Z', '2026-11-24T15:30+01:00', '2026-11-24']) expect(isIso8601(ok), ok).to.equal(true);
    for (const bad of ['24/11/2026', '2026-02-30T10:00:00Z', '2026-11-24T25:00Z', 'tomorrow']) expect(isIso8601(bad), bad).to.equal(false);
    expect(validateVariableValue(v, '24/11/2026').reason).to.match(/ISO 8601/);
  });

  it('[CAD-6] editing a date-time changes its wall-clock part only: the kind, the zone as written and the seconds stay', () => {
    expect(isoValue('2026-11-25T10:30:00+0530')).to.deep.equal({ kind: 'date-time', local: '2026-11-25T10:30:00', zone: '+0530' });
    expect(isoValue('2026-11-25T10:30:00.123456Z')).to.deep.equal({ kind: 'date-time', local: '2026-11-25T10:30:00.123', zone: 'Z' });
    expect(isoValue('2026-11-25')).to.deep.equal({ kind: 'date', local: '2026-11-25', zone: '' });
    expect(isoValue('tomorrow')).to.equal(undefined);
    expect(isoFromField('2026-11-25T10:30:00+0530', '2026-11-25T11:00')).to.equal('2026-11-25T11:00:00+0530');
    expect(isoFromField('2026-11-25T10:30-04:00', '2026-11-25T11:00')).to.equal('2026-11-25T11:00-04:00');
    expect(isoFromField('2026-11-25T10:30:00', '2026-11-25T11:00:05')).to.equal('2026-11-25T11:00:05');
    expect(isoFromField('2026-11-25', '2026-12-01')).to.equal('2026-12-01');
    expect(isoFromField('2026-11-25T10:30:00Z', '')).to.equal('');
    expect(isoFromField('', '2026-11-25T11:00')).to.equal(`2026-11-25T11:00${localOffset('2026-11-25T11:00')}`);
    expect(['2026-11-25T10:30Z', '2026-11-25T10:30+0530', '2026-11-25T10:30-00:00', '2026-11-25T10:30', '2026-11-25', ''].map(zoneLabel))
      .to.deep.equal(['UTC', 'UTC+05:30', 'UTC', 'no time zone', '', 'your time zone']);
  });
});

describe('rules: end and wrap-up', () => {
  it('[END-2] [CONS-7] Wrap Up Reasons open for the agent who owes one: the primary on End, not an agent who left', () => {
    const primary = stateWith([interaction({ phase: 'wrap-up', wrapUpRequired: true })]);
    expect(wrapUpOpensFor(primary, 'c1')).to.equal(true);
    // The primary (controlling) agent ends the call and so owes the wrap-up; a consulted agent cannot end it, and leaves without one.
    expect(canEnd(stateWith([interaction()]), 'c1').allowed).to.equal(true);
    expect(leadsToWrapUp('end')).to.equal(true);
    const consulted = stateWith([interaction({ participants: [participant('agent-sam', 'primary'), participant(ME, 'consulted')], controllerId: 'agent-sam' })]);
    expect(canEnd(consulted, 'c1').allowed).to.equal(false);
    expect(leadsToWrapUp('exit-consult')).to.equal(false);
    expect(wrapUpOpensFor(stateWith([interaction({ phase: 'wrap-up', wrapUpRequired: false })]), 'c1')).to.equal(false);
  });

  it('[END-3] the list filters from three characters; Submit needs a reason', () => {
    const reasons = stateWith().tenant.wrapUpReasons;
    expect(filterWrapUpReasons(reasons, 'bi')).to.equal(reasons);
    expect(filterWrapUpReasons(reasons, 'BIL').map((r) => r.id)).to.deep.equal(['billing', 'dispute']);
    expect(filterWrapUpReasons(reasons, 'dispute').map((r) => r.id)).to.deep.equal(['dispute']);
    const state = stateWith([interaction({ phase: 'wrap-up', wrapUpRequired: true })]);
    expect(canSubmitWrapUp(state, 'c1', undefined).reason).to.match(/wrap-up reason/);
    expect(canSubmitWrapUp(state, 'c1', 'resolved').allowed).to.equal(true);
  });

  it('[END-4] transfers, blind transfers and cancelled web callbacks lead to wrap-up', () => {
    for (const action of ['end', 'transfer', 'blind-transfer', 'cancel-web-callback'] as const) expect(leadsToWrapUp(action), action).to.equal(true);
    expect(leadsToWrapUp('hold')).to.equal(false);
  });
});
