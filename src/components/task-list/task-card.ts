import { html, nothing, type TemplateResult } from 'lit';
import { formatElapsed } from '../../core/format.js';
import { t } from '../../core/i18n.js';
import { handleTimeStart } from '../../core/rules/call-controls.js';
import { requestActions, requestLabel } from '../../core/rules/popover.js';
import type { TaskListItem } from '../../core/rules/task-list.js';
import { isPending, lastFailure } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction } from '../../core/types.js';
import { icon } from '../shared/icons.js';
import { statusLabel } from '../shared/labels.js';

export interface TaskCardOptions {
  selected: boolean;
  /** Roving tabindex: only the active card's select button is a tab stop. */
  active: boolean;
  now: number;
  select(i: Interaction): void;
  accept(i: Interaction): void;
  decline(i: Interaction): void;
  cancel(i: Interaction): void;
}

/** TASK-1..TASK-3, TASK-5: one interaction's card. */
export function taskCard(state: DeskState, item: TaskListItem, o: TaskCardOptions): TemplateResult {
  const i = item.interaction;
  const { label, icon: iconName } = requestLabel(i);
  const actions = requestActions(state, i);
  // CALL-1: the handle time once accepted; POP-8: before, the time since it was offered.
  const since = handleTimeStart(i) ?? i.offeredAt;
  const customer = i.customer.name || i.customer.number || t('ui.unknownCustomer');
  const status = statusLabel(item.status);
  const failed = lastFailure(state, i.id, ['accept', 'acceptAll', 'decline', 'cancelCallback']);
  const pending = isPending(state, 'accept', i.id);
  return html`<li part="card ${o.selected ? 'card-selected' : ''}" class=${o.selected ? 'selected' : ''} data-interaction-id=${i.id}>
    <button part="card-select" tabindex=${o.active ? 0 : -1} aria-current=${o.selected ? 'true' : 'false'} @click=${() => o.select(i)}>
      <span part="channel" title=${label}>${icon(iconName)}<span class="visually-hidden">${label}</span></span>
      <span part="customer">${customer}</span>
      <span part="timer" role="timer">${formatElapsed(o.now - since)}</span>
      ${actions.cancel ? nothing : html`<span part="status">${status}</span>`}
      ${item.callbackReason ? html`<span part="reason">${t('ui.task.reason', { reason: item.callbackReason })}</span>` : nothing}
    </button>
    ${actions.accept || actions.decline || actions.cancel
      ? html`<div part="actions">
          ${actions.accept
            ? html`<button part="button accept-button" ?disabled=${pending} aria-label=${`${t(i.channel === 'voice' ? 'ui.popover.answer' : 'ui.popover.accept')}: ${customer}`}
                @click=${() => o.accept(i)}>${pending ? t('ui.popover.accepting') : t(i.channel === 'voice' ? 'ui.popover.answer' : 'ui.popover.accept')}</button>`
            : nothing}
          ${actions.decline
            ? html`<button part="button decline-button" aria-label=${`${t('ui.popover.decline')}: ${customer}`} @click=${() => o.decline(i)}>${t('ui.popover.decline')}</button>`
            : nothing}
          ${actions.cancel
            ? html`<button part="button cancel-button" aria-label=${`${t('ui.popover.cancel')}: ${customer}`} @click=${() => o.cancel(i)}>${t('ui.popover.cancel')}</button>`
            : nothing}
        </div>`
      : nothing}
    ${failed ? html`<p part="error" role="alert">${failed.reason}</p>` : nothing}
  </li>`;
}
