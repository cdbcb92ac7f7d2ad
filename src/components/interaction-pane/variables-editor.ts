import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { t } from '../../core/i18n.js';
import {
  characterCount,
  isEditable,
  isoFromField,
  isoValue,
  maskedValue,
  validateVariableValue,
  VARIABLE_MAX_LENGTH,
  zoneLabel,
} from '../../core/rules/variables.js';
import type { VariableChange } from '../../core/requests.js';
import { latestRequest, revealState } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction, Variable } from '../../core/types.js';
import { icon } from '../shared/icons.js';

export interface VariablesContext {
  desk: DeskState;
  i: Interaction;
  /** The unsaved changes (`editVariable`), each with the version it was made on: a newer one from a colleague wins (CAD-5). */
  edits: ReadonlyMap<string, VariableChange>;
  /** Messages next to a field (a refused paste, a value too long). */
  fieldErrors: ReadonlyMap<string, string>;
  saving: boolean;
  revealed(name: string): string | undefined;
  edit(v: Variable, value: string): void;
  refuse(v: Variable, message: string): void;
  reveal(v: Variable): void;
  save(): void;
  revert(): void;
}

/** CAD-3: a value that would grow past the limit is refused whole, never cut. */
function guardLength(ctx: VariablesContext, v: Variable, event: InputEvent) {
  const input = event.target as HTMLInputElement;
  const inserted = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
  if (!inserted) return;
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? input.value.length;
  const next = input.value.slice(0, start) + inserted + input.value.slice(end);
  const length = characterCount(next);
  if (length <= VARIABLE_MAX_LENGTH) return;
  event.preventDefault();
  const pasted = event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop';
  ctx.refuse(v, pasted ? t('ui.pane.pasteTooLong', { label: v.label, length, max: VARIABLE_MAX_LENGTH }) : t('ui.pane.typeTooLong', { label: v.label, max: VARIABLE_MAX_LENGTH }));
}

function secureValue(ctx: VariablesContext, v: Variable): TemplateResult {
  const state = revealState(ctx.desk, ctx.i.id, v.name);
  if (state === 'revealed') return html`<span part="secure-value">${ctx.revealed(v.name) ?? maskedValue(v)}</span>`;
  return html`<span part="secure-value" aria-label=${t('ui.pane.secure')}>${maskedValue(v)}</span>
    ${state === 'failed'
      ? html`<span part="field-error" role="alert">${latestRequest(ctx.desk, 'revealVariable', ctx.i.id, v.name)?.reason || t('ui.pane.revealFailed')}</span>
          <button part="control reveal retry" @click=${() => ctx.reveal(v)}>${t('ui.pane.retry')}</button>`
      : html`<button part="control reveal" aria-label=${`${t('ui.pane.reveal')}: ${v.label}`} ?disabled=${state === 'pending'}
          @click=${() => ctx.reveal(v)}>${state === 'pending' ? t('ui.pane.revealing') : t('ui.pane.reveal')}</button>`}`;
}

function field(ctx: VariablesContext, v: Variable): TemplateResult {
  const id = `var-${v.name}`;
  const errorId = `${id}-error`;
  const edit = ctx.edits.get(v.name);
  const value = edit?.value ?? v.value;
  const problem = ctx.fieldErrors.get(v.name) ?? (edit ? validateVariableValue(v, edit.value).reason : undefined);
  const input = v.type === 'datetime' ? dateTimeInput(v.value, value) : undefined;
  const describedBy = [input?.zone ? `${id}-zone` : '', problem ? errorId : ''].filter(Boolean).join(' ');
  return html`<dt><label for=${id}>${v.label}</label></dt>
    <dd>
      <input id=${id} part="variable-input" type=${input?.type ?? 'text'} step=${input?.type === 'datetime-local' ? input.step : nothing}
        .value=${live(input?.shown ?? value)}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        @beforeinput=${(e: InputEvent) => guardLength(ctx, v, e)}
        @input=${(e: Event) => {
          const typed = (e.target as HTMLInputElement).value;
          ctx.edit(v, input && input.type !== 'text' ? isoFromField(input.saved, typed) : typed);
        }} />
      ${input?.zone ? html`<span part="variable-zone" id=${`${id}-zone`}>${input.zone}</span>` : nothing}
      ${problem ? html`<p part="field-error" id=${errorId} role="alert">${problem}</p>` : nothing}
    </dd>`;
}

/**
 * CAD-6: a date shows in a date field and a date-time in a datetime-local field with its zone
 * named beside it, both as written (never turned into this device's time); a save keeps the
 * kind and the zone (`isoFromField`). A value that is not ISO 8601 stays visible as text.
 */
function dateTimeInput(saved: string, value: string) {
  // Kind and zone come from the saved value, so clearing or retyping the field keeps them.
  const base = isoValue(saved);
  if (saved && !base) return { type: 'text', shown: value, saved, zone: '', step: '' };
  const shown = value === '' ? '' : isoValue(value)?.local ?? value;
  return {
    type: base?.kind === 'date' ? 'date' : 'datetime-local',
    shown,
    saved,
    zone: zoneLabel(saved),
    step: /\.\d/.test(shown) ? '0.001' : '1',
  };
}

/** CAD-1..CAD-6: labels, editable fields, read-only values, secure values, Save and Revert. */
export function variablesEditor(ctx: VariablesContext): TemplateResult | typeof nothing {
  const variables = ctx.i.variables;
  if (!variables.length) return nothing;
  const dirty = ctx.edits.size > 0;
  return html`<section part="variables-section" aria-labelledby="variables-title">
    <h3 id="variables-title">${t('ui.pane.variables')}</h3>
    <dl part="variables">
      ${variables.map((v) =>
        isEditable(v)
          ? field(ctx, v)
          : html`<dt>${v.secure ? html`<span part="secure-icon" title=${t('ui.pane.secure')}>${icon('lock')}<span class="visually-hidden">${t('ui.pane.secure')}: </span></span>` : nothing}${v.label}</dt>
              <dd>${v.secure ? secureValue(ctx, v) : v.value}</dd>`,
      )}
    </dl>
    ${variables.some(isEditable)
      ? html`<div part="variable-actions">
          <button part="control save primary-action" aria-disabled=${dirty && !ctx.saving ? 'false' : 'true'} aria-busy=${ctx.saving ? 'true' : 'false'}
            @click=${() => dirty && !ctx.saving && ctx.save()}>${ctx.saving ? t('ui.pane.saving') : t('ui.pane.save')}</button>
          <button part="control revert" aria-disabled=${dirty ? 'false' : 'true'} @click=${() => dirty && ctx.revert()}>${t('ui.pane.revert')}</button>
        </div>`
      : nothing}
  </section>`;
}
