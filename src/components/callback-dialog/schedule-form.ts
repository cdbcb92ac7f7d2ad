import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { t } from '../../core/i18n.js';
import { assignableAgents, keepsNumber, queuesForAssignment, type CallbackContext } from '../../core/rules/callback.js';
import type { Draft, Field } from './callback-draft.js';
import { assignmentOf } from './draft-request.js';

export interface FormView {
  draft: Draft;
  /** Errors of the fields the agent has left (or all, after Schedule). */
  shown: Partial<Record<Field, string>>;
  ctx: CallbackContext;
  zones: readonly string[];
  windowText?: { customer: string; agent: string };
  sending: boolean;
  failure?: string;
  status?: string;
  set(patch: Partial<Draft>): void;
  leave(field: Field): void;
  submit(): void;
  cancelEdit(): void;
}

const errorId = (field: Field) => `${field}-error`;

function described(view: FormView, field: Field) {
  return view.shown[field] ? errorId(field) : nothing;
}

function error(view: FormView, field: Field) {
  const message = view.shown[field];
  return message ? html`<p part="field-error" id=${errorId(field)}>${message}</p>` : nothing;
}

function text(view: FormView, field: Field & keyof Draft, label: string, extra: { type?: string; autocomplete?: string; inputmode?: string; list?: string; hint?: string } = {}) {
  return html`<div part="field">
    <label for=${field}>${label}</label>
    <input id=${field} name=${field} part="input" type=${extra.type ?? 'text'} autocomplete=${extra.autocomplete ?? 'off'}
      inputmode=${extra.inputmode ?? nothing} list=${extra.list ?? nothing}
      .value=${live(String(view.draft[field] ?? ''))} aria-invalid=${view.shown[field] ? 'true' : 'false'}
      aria-describedby=${view.shown[field] ? errorId(field) : extra.hint ? `${field}-hint` : nothing}
      @input=${(e: Event) => view.set({ [field]: (e.target as HTMLInputElement).value } as Partial<Draft>)}
      @blur=${() => view.leave(field)} />
    ${extra.hint && !view.shown[field] ? html`<p part="hint" id=${`${field}-hint`}>${extra.hint}</p>` : nothing}
    ${error(view, field)}
  </div>`;
}

/** SCHED-2..SCHED-8, SCHED-10: the form, each field explaining itself once left. */
export function scheduleForm(view: FormView): TemplateResult {
  const { draft, ctx } = view;
  const agents = assignableAgents(draft.personal, ctx).filter((a) => a.id !== ctx.agent.id);
  const queues = queuesForAssignment({ assignment: assignmentOf(draft) }, ctx);
  return html`<form part="form" novalidate @submit=${(e: Event) => { e.preventDefault(); view.submit(); }}>
    ${view.shown.form ? html`<p part="field-error" role="alert">${view.shown.form}</p>` : nothing}
    ${text(view, 'customerNumber', t('ui.callback.phone'), {
      type: 'tel',
      autocomplete: 'tel',
      inputmode: 'tel',
      // SCHED-9, POP-7: an edited callback's masked number is kept as the platform holds it.
      hint: ctx.editing && keepsNumber(draft, ctx.editing) && draft.customerNumber.includes('•') ? t('ui.callback.numberKept') : undefined,
    })}
    ${text(view, 'customerName', t('ui.callback.name'), { autocomplete: 'name' })}
    <div part="row">
      ${text(view, 'date', t('ui.callback.date'), { type: 'date' })}
      ${text(view, 'start', t('ui.callback.start'), { type: 'time' })}
      ${text(view, 'end', t('ui.callback.end'), { type: 'time' })}
    </div>
    ${text(view, 'timeZone', t('ui.callback.timeZone'), { list: 'zones', hint: t('ui.callback.timeZoneHint') })}
    <datalist id="zones">${view.zones.map((zone) => html`<option value=${zone}></option>`)}</datalist>
    ${view.windowText
      ? html`<p part="window" aria-live="polite">${t('ui.callback.customerTime', { window: view.windowText.customer })}<br />${t('ui.callback.yourTime', { window: view.windowText.agent })}</p>`
      : nothing}
    <label part="checkbox"><input type="checkbox" .checked=${draft.personal}
      @change=${(e: Event) => view.set({ personal: (e.target as HTMLInputElement).checked, assignTo: 'myself', agentId: '' })} />${t('ui.callback.personal')}</label>
    <fieldset part="field" aria-describedby=${described(view, 'assignment')}>
      <legend>${t('ui.callback.assignTo')}</legend>
      ${(['any', 'myself', 'agent'] as const)
        .filter((to) => !(draft.personal && to === 'any'))
        .map((to) => html`<label part="radio"><input type="radio" name="assignTo" .checked=${draft.assignTo === to}
            @change=${() => view.set({ assignTo: to, queueId: '' })} />${t(to === 'any' ? 'ui.callback.assignAny' : to === 'myself' ? 'ui.callback.assignMyself' : 'ui.callback.assignAgent')}</label>`)}
      ${draft.assignTo === 'agent'
        ? html`<label for="agentId">${t('ui.callback.agent')}</label>
            <select id="agentId" part="input" .value=${live(draft.agentId)} @change=${(e: Event) => view.set({ agentId: (e.target as HTMLSelectElement).value, queueId: '' })}
              @blur=${() => view.leave('assignment')}>
              <option value="">${t('ui.callback.chooseAgent')}</option>
              ${agents.map((a) => html`<option value=${a.id} ?selected=${a.id === draft.agentId}>${a.name} · ${a.teamName}</option>`)}
            </select>`
        : nothing}
      ${error(view, 'assignment')}
    </fieldset>
    <div part="field">
      <label for="queueId">${t('ui.callback.queue')}</label>
      <select id="queueId" part="input" .value=${live(draft.queueId)} aria-invalid=${view.shown.queueId ? 'true' : 'false'} aria-describedby=${described(view, 'queueId')}
        @change=${(e: Event) => view.set({ queueId: (e.target as HTMLSelectElement).value })} @blur=${() => view.leave('queueId')}>
        <option value="">${t('ui.callback.chooseQueue')}</option>
        ${queues.map((q) => html`<option value=${q.id} ?selected=${q.id === draft.queueId}>${q.name}</option>`)}
      </select>
      ${error(view, 'queueId')}
    </div>
    <div part="field">
      <label for="reason">${t('ui.callback.reason')}</label>
      <textarea id="reason" part="input" rows="2" .value=${live(draft.reason)} aria-invalid=${view.shown.reason ? 'true' : 'false'}
        aria-describedby=${described(view, 'reason')} @input=${(e: Event) => view.set({ reason: (e.target as HTMLTextAreaElement).value })}
        @blur=${() => view.leave('reason')}></textarea>
      ${error(view, 'reason')}
    </div>
    ${view.failure ? html`<p part="error" role="alert">${view.failure}</p>` : nothing}
    ${view.status ? html`<p part="status" role="status">${view.status}</p>` : nothing}
    <div part="actions">
      ${draft.editingId ? html`<button type="button" part="button cancel-edit" @click=${view.cancelEdit}>${t('ui.callback.cancelEdit')}</button>` : nothing}
      <button part="button submit" aria-busy=${view.sending ? 'true' : 'false'} aria-disabled=${view.sending ? 'true' : 'false'}>
        ${view.sending ? t('ui.callback.sending') : draft.editingId ? t('ui.callback.saveChanges') : t('ui.callback.schedule')}</button>
    </div>
  </form>`;
}
