import { controlSupported } from '../../core/capabilities.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatElapsed } from '../../core/format.js';
import { t } from '../../core/i18n.js';
import { bnrControl } from '../../core/rules/bnr.js';
import {
  canConference,
  canConsult,
  canEnd,
  canEndConsult,
  canExitConference,
  canExitConsult,
  canHold,
  canResume,
  canTransfer,
  callOnHold,
  consultStatusLabel,
  handleTimeStart,
  legs,
  participantControls,
  participantList,
} from '../../core/rules/call-controls.js';
import { canPauseRecording, canResumeRecording, recordingRemainingMs } from '../../core/rules/recording.js';
import { canSendDtmf, DTMF_KEYS } from '../../core/rules/dtmf.js';
import { recordingIcon, type RecordingIcon } from '../../core/rules/recording-icon.js';
import { interactionStatus, isAccepted } from '../../core/rules/status.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction, LegName } from '../../core/types.js';
import { control } from './control.js';

export interface PaneContext {
  desk: DeskState;
  i: Interaction;
  now: number;
  ask: {
    hold(leg: LegName): void;
    resume(leg: LegName): void;
    consult(): void;
    transfer(): void;
    conference(): void;
    endConsult(): void;
    exitConsult(): void;
    exitConference(): void;
    end(): void;
    bnr(enabled: boolean): void;
    pauseRecording(): void;
    resumeRecording(): void;
    drop(participantId: string): void;
    more(): void;
    sendDtmf(digits: string): void;
  };
}

const customerName = (i: Interaction) => i.customer.name || i.customer.number || t('ui.unknownCustomer');

/** BNR-2: on, or struck through when off. */
function bnrIcon(enabled: boolean) {
  return svg`<svg viewBox="0 0 24 24" width="1.2em" height="1.2em" fill="currentColor" aria-hidden="true">
    <path d="M3 10h2v4H3zm4-3h2v10H7zm4-4h2v18h-2zm4 4h2v10h-2zm4 3h2v4h-2z"/>
    ${enabled ? nothing : svg`<line class="strike" x1="3" y1="21" x2="21" y2="3"/>`}</svg>`;
}

/** REC-4: a red dot while recording, two bars while paused; named for a screen reader. */
function recordingSymbol(state: RecordingIcon) {
  const label = state === 'recording' ? t('ui.pane.recordingIcon') : t('ui.pane.recordingPausedIcon');
  return html`<span part="recording-icon" class=${state} role="img" aria-label=${label} title=${label}>${state === 'recording'
    ? svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14z"/></svg>`
    : svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M6 5h4v14H6zm8 0h4v14h-4z"/></svg>`}</span>`;
}

/** CALL-1, HOLD-1, CONS-3, BNR-1..4, REC-4: who, how long, and the state beside the timer. */
export function header(ctx: PaneContext): TemplateResult {
  const { desk, i, now } = ctx;
  const bnr = bnrControl(desk, i.id);
  const status = interactionStatus(i);
  const consultLabel = consultStatusLabel(i);
  const since = handleTimeStart(i);
  const recording = recordingIcon(i);
  return html`<div part="header">
    <span part="customer">${customerName(i)}</span>
    <span part="number">${i.customer.number}</span>
    ${bnr.visible
      ? html`<button part="control bnr" class=${bnr.enabled ? 'on' : 'off'} aria-pressed=${String(bnr.enabled)}
          aria-label=${bnr.enabled ? t('ui.pane.bnrOn') : t('ui.pane.bnrOff')} aria-disabled=${bnr.allowed ? 'false' : 'true'}
          title=${bnr.allowed ? nothing : bnr.reason ?? ''} @click=${() => bnr.allowed && ctx.ask.bnr(!bnr.enabled)}>${bnrIcon(bnr.enabled)}</button>`
      : nothing}
    ${recording ? recordingSymbol(recording) : nothing}
    ${callOnHold(i) ? html`<span part="chip hold-chip">${t('ui.pane.onHold')}</span>` : nothing}
    ${consultLabel ? html`<span part="chip consult-chip">${consultLabel}</span>` : nothing}
    ${status === 'post-call' ? html`<span part="chip">${t('ui.pane.postCall')}</span>` : nothing}
    ${status === 'conference' ? html`<span part="chip">${t('ui.pane.conference')}</span>` : nothing}
    ${since !== undefined
      ? html`<span part="timer" role="timer" aria-label=${t('ui.pane.handleTime', { time: formatElapsed(now - since) })}>${formatElapsed(now - since)}</span>`
      : nothing}
    <slot name="header-actions"></slot>
  </div>`;
}

/** The controls bar: what this agent may do, each decided by the rules (CONF-8). */
export function controls(ctx: PaneContext): TemplateResult {
  const { desk, i, ask } = ctx;
  // Controls the adapter declared it cannot do are not offered (capabilities).
  const mine = new Set(participantControls(desk, i.id).filter((c) => controlSupported(desk.capabilities, c)));
  const held = i.customerLeg.onHold;
  const inConsult = !!i.consult;
  return html`<div part="controls" role="toolbar" aria-label=${t('ui.pane.controls')}>
    ${mine.has('hold')
      ? held
        ? control('resume', t('ui.pane.resume'), canResume(desk, i.id, 'customer'), () => ask.resume('customer'))
        : control('hold', t('ui.pane.hold'), canHold(desk, i.id, 'customer'), () => ask.hold('customer'))
      : nothing}
    ${mine.has('consult') ? control('consult', t('ui.pane.consult'), canConsult(desk, i.id), ask.consult) : nothing}
    ${mine.has('conference') ? control('conference', t('ui.pane.conferenceStart'), canConference(desk, i.id), ask.conference) : nothing}
    ${mine.has('transfer') ? control('transfer', t('ui.pane.transfer'), canTransfer(desk, i.id, inConsult ? 'consult' : 'blind'), ask.transfer) : nothing}
    ${mine.has('exit-conference') ? control('exit-conference', t('ui.pane.exitConference'), canExitConference(desk, i.id), ask.exitConference) : nothing}
    ${mine.has('end-consult') ? control('end-consult', t('ui.pane.endConsult'), canEndConsult(desk, i.id), ask.endConsult) : nothing}
    ${mine.has('exit-consult') ? control('exit-consult', t('ui.pane.exitConsult'), canExitConsult(desk, i.id), ask.exitConsult) : nothing}
    ${mine.has('end') ? control('end', t('ui.pane.end'), canEnd(desk, i.id), ask.end) : nothing}
    ${controlSupported(desk.capabilities, 'scheduleCallback') ? html`<button part="control more" aria-haspopup="true" @click=${ask.more}>${t('ui.pane.more')}</button>` : nothing}
  </div>`;
}

const KEY_PART: Record<string, string> = { '*': 'star', '#': 'hash' };

/** A phone keypad for IVRs after an outdial or a transfer: each key sends its tone (sendDtmf). */
export function keypad(ctx: PaneContext): TemplateResult | typeof nothing {
  const { desk, i, ask } = ctx;
  if (i.channel !== 'voice' || !isAccepted(i) || i.phase !== 'connected' || !controlSupported(desk.capabilities, 'sendDtmf')) return nothing;
  return html`<details part="keypad"><summary part="keypad-toggle">${t('ui.pane.keypad')}</summary>
    <div part="keypad-keys" role="group" aria-label=${t('ui.pane.keypad')}>
      ${DTMF_KEYS.map((key) => control(`dtmf-${KEY_PART[key] ?? key} dtmf-key`, key, canSendDtmf(desk, i.id, key), () => ask.sendDtmf(key)))}
    </div></details>`;
}

/** CONS-5, HOLD-3: once the consult is answered, two legs, each with its hold control. */
export function legRows(ctx: PaneContext): TemplateResult | typeof nothing {
  const { desk, i, ask } = ctx;
  if (legs(i).length < 2 || !i.consult) return nothing;
  const consulted = i.participants.find((p) => p.id === i.consult!.participantId);
  const row = (leg: LegName, name: string, onHold: boolean) => html`<li part="leg">
    <span>${name}${onHold ? html` · ${t('ui.pane.legOnHold')}` : nothing}</span>
    ${onHold
      ? control(`resume-${leg}`, t('ui.pane.resume'), canResume(desk, i.id, leg), () => ask.resume(leg))
      : control(`hold-${leg}`, t('ui.pane.hold'), canHold(desk, i.id, leg), () => ask.hold(leg))}
  </li>`;
  return html`<section aria-labelledby="legs-title"><h3 id="legs-title">${t('ui.pane.legs')}</h3>
    <ul part="legs">
      ${row('customer', t('ui.pane.customerLeg', { name: customerName(i) }), i.customerLeg.onHold)}
      ${row('consult', t('ui.pane.consultLeg', { name: consulted?.name ?? i.consult.destination.name ?? i.consult.destination.id }), i.consult.leg.onHold)}
    </ul></section>`;
}

/** REC-1..3: the indicator, and Pause / Resume where the rules allow; only on a live recorded call (REC-4). */
export function recordingRow(ctx: PaneContext): TemplateResult | typeof nothing {
  const { desk, i, now, ask } = ctx;
  const state = recordingIcon(i);
  if (!state) return nothing;
  const label = state === 'recording' ? t('ui.pane.recording') : t('ui.pane.recordingPaused', { time: formatElapsed(recordingRemainingMs(i, now) ?? 0) });
  return html`<div part="recording">
    <span part="recording-indicator" role="status" class=${state}>${label}</span>
    ${!controlSupported(desk.capabilities, 'pauseRecording') ? nothing
      : state === 'paused'
      ? control('resume-recording', t('ui.pane.resumeRecording'), canResumeRecording(desk, i.id), ask.resumeRecording)
      : control('pause-recording', t('ui.pane.pauseRecording'), canPauseRecording(desk, i.id), ask.pauseRecording)}
  </div>`;
}

/** CONF-3, CONF-4, CONF-7, CONF-8: everyone in the call, longest first, Drop where allowed. */
export function participants(ctx: PaneContext): TemplateResult | typeof nothing {
  const { desk, i, now, ask } = ctx;
  if (i.participants.length <= 2 && !i.inConference) return nothing;
  const rows = participantList(desk, i.id);
  return html`<section aria-labelledby="participants-title"><h3 id="participants-title">${t('ui.pane.participants')}</h3>
    <ul part="participants">
      ${rows.map(
        (row) => html`<li part="participant" data-participant-id=${row.participant.id}>
          <span>${row.participant.name} ${row.isMe ? t('ui.pane.you') : nothing} · ${row.roleLabel}${row.controlling ? html` · ${t('ui.pane.inControl')}` : nothing}</span>
          <span part="joined">${t('ui.pane.joined', { time: formatElapsed(now - row.participant.joinedAt) })}</span>
          ${row.canDrop
            ? html`<button part="control drop" aria-label=${t('ui.pane.dropNamed', { name: row.participant.name })} @click=${() => ask.drop(row.participant.id)}>${t('ui.pane.drop')}</button>`
            : html`<span></span>`}
        </li>`,
      )}
    </ul></section>`;
}
