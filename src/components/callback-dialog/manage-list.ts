import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../../core/i18n.js';
import { canEditCallback } from '../../core/rules/callback.js';
import type { Directory, ScheduledCallback } from '../../core/types.js';

export interface ManageView {
  callbacks: readonly ScheduledCallback[];
  /** No customer is known (opened from "+"): the list holds the callbacks assigned to me, and says so. */
  mineOnly: boolean;
  now: number;
  me: string;
  directory: Directory;
  confirmDeleteId?: string;
  failure?: string;
  status?: string;
  when(c: ScheduledCallback): { customer: string; agent: string };
  edit(c: ScheduledCallback): void;
  askDelete(c: ScheduledCallback): void;
  confirmDelete(c: ScheduledCallback): void;
  keep(): void;
}

function assignee(c: ScheduledCallback, view: ManageView): string {
  const a = c.assignment;
  if (a.to === 'any') return t('ui.callback.assignAny');
  const id = a.to === 'myself' ? c.createdBy : a.agentId;
  return id === view.me ? t('ui.callback.you') : view.directory.agents.find((x) => x.id === id)?.name ?? id;
}

/** SCHED-9: the customer's callbacks and my personal ones, with Edit and Delete until they start. */
export function manageList(view: ManageView): TemplateResult {
  return html`${view.failure ? html`<p part="error" role="alert">${view.failure}</p>` : nothing}
    ${view.status ? html`<p part="status" role="status">${view.status}</p>` : nothing}
    ${view.mineOnly ? html`<p part="hint">${t('ui.callback.mineOnly')}</p>` : nothing}
    ${view.callbacks.length
      ? html`<ul part="callback-list">
          ${view.callbacks.map((c) => {
            const editable = canEditCallback(c, view.now);
            const when = view.when(c);
            const queue = view.directory.queues.find((q) => q.id === c.queueId)?.name ?? c.queueId;
            return html`<li part="callback" data-callback-id=${c.id}>
              <p part="callback-title"><bdi>${c.customerName}</bdi> · <bdi dir="ltr">${c.customerNumber}</bdi>${c.personal ? html` · ${t('ui.callback.personalTag')}` : nothing}</p>
              <p>${t('ui.callback.customerTime', { window: when.customer })}<br />${t('ui.callback.yourTime', { window: when.agent })}</p>
              <p>${t('ui.callback.assignee', { name: assignee(c, view) })} · <bdi>${t('ui.callback.queueLabel', { name: queue })}</bdi></p>
              ${c.reason ? html`<p>${t('ui.callback.reasonLabel', { reason: c.reason })}</p>` : nothing}
              ${editable.allowed
                ? view.confirmDeleteId === c.id
                  ? html`<div part="actions" role="group" aria-label=${t('ui.callback.confirmDelete', { name: c.customerName })}>
                      <span>${t('ui.callback.confirmDelete', { name: c.customerName })}</span>
                      <button part="button confirm-delete" @click=${() => view.confirmDelete(c)}>${t('ui.callback.delete')}</button>
                      <button part="button keep" @click=${view.keep}>${t('ui.callback.keep')}</button>
                    </div>`
                  : html`<div part="actions">
                      <button part="button edit" aria-label=${`${t('ui.callback.edit')}: ${c.customerName}`} @click=${() => view.edit(c)}>${t('ui.callback.edit')}</button>
                      <button part="button delete" aria-label=${`${t('ui.callback.delete')}: ${c.customerName}`} @click=${() => view.askDelete(c)}>${t('ui.callback.delete')}</button>
                    </div>`
                : html`<p part="started">${t('ui.callback.started')}</p>`}
            </li>`;
          })}
        </ul>`
      : html`<p part="empty">${t('ui.callback.empty')}</p>`}`;
}
