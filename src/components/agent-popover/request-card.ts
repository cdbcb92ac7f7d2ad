import { html, nothing, type TemplateResult } from 'lit';
import { formatElapsed } from '../../core/format.js';
import { t } from '../../core/i18n.js';
import { popoverVariables, requestActions, requestLabel } from '../../core/rules/popover.js';
import { popoverLinks } from '../../core/rules/popover-links.js';
import { interactionStatus } from '../../core/rules/status.js';
import { isPending, lastFailure } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction } from '../../core/types.js';
import { icon } from '../shared/icons.js';
import { statusLabel } from '../shared/labels.js';

export interface CardHandlers {
  accept(i: Interaction): void;
  decline(i: Interaction): void;
  cancel(i: Interaction): void;
}

/** POP-1: the connecting popover, while the request is being assigned. */
export function connectingCard(i: Interaction): TemplateResult {
  const { label, icon: iconName } = requestLabel(i);
  return html`<li part="card connecting-card" data-interaction-id=${i.id}>
    <div part="card-header">${icon(iconName)}<span part="label">${label}</span>
      <span part="status">${statusLabel('connecting')}</span></div>
    <p part="customer">${t('ui.popover.connecting')}</p>
  </li>`;
}

/** POP-5..POP-10: one contact request with its label, customer, variables and actions. */
export function requestCard(state: DeskState, i: Interaction, now: number, on: CardHandlers): TemplateResult {
  const { label, icon: iconName } = requestLabel(i);
  const actions = requestActions(state, i);
  const variables = popoverVariables(i, state.tenant);
  const links = popoverLinks(i, state.tenant);
  const accepting = isPending(state, 'accept', i.id) || isPending(state, 'acceptAll');
  const failure = lastFailure(state, i.id, ['accept', 'acceptAll', 'decline', 'cancelCallback']);
  const customer = i.customer.name || t('ui.unknownCustomer');
  const titleId = `title-${i.id}`;
  const callback = i.kind === 'callback';
  return html`<li part="card request-card" data-interaction-id=${i.id} aria-labelledby=${titleId}>
    <div part="card-header">
      ${icon(iconName)}<span part="label" id=${titleId}>${label}</span>
      ${actions.cancel ? nothing : html`<span part="status">${statusLabel(interactionStatus(i))}</span>`}
      <span part="timer" role="timer" aria-label=${t('ui.popover.elapsed', { time: formatElapsed(now - i.offeredAt) })}>${formatElapsed(now - i.offeredAt)}</span>
    </div>
    <p part="customer">${customer}</p>
    <p part="number">${i.customer.number}</p>
    ${callback
      ? html`<dl part="details">
          ${i.dnis ? html`<dt>${t('ui.popover.dnis')}</dt><dd>${i.dnis}</dd>` : nothing}
          ${i.queueName ? html`<dt>${t('ui.popover.queue')}</dt><dd>${i.queueName}</dd>` : nothing}
        </dl>`
      : nothing}
    ${variables.length
      ? html`<dl part="variables">${variables.map((v) => html`<dt>${v.label}</dt><dd>${v.value}</dd>`)}</dl>`
      : nothing}
    ${links.length
      ? html`<ul part="links" aria-label=${t('ui.popover.links')}>
          ${links.map((link) => html`<li><a part="link" href=${link.url} target="_blank" rel="noopener noreferrer"
            aria-label=${t('ui.popover.newTab', { label: link.label })}>${link.label}</a></li>`)}
        </ul>`
      : nothing}
    <div part="actions">
      ${actions.accept
        ? html`<button part="button accept-button" ?disabled=${accepting} aria-busy=${accepting ? 'true' : 'false'}
            @click=${() => on.accept(i)}>${accepting ? t('ui.popover.accepting') : i.channel === 'voice' ? t('ui.popover.answer') : t('ui.popover.accept')}</button>`
        : nothing}
      ${actions.answerOnPhone ? html`<p part="phone-hint">${t('ui.popover.answerOnPhone')}</p>` : nothing}
      ${actions.decline
        ? html`<button part="button decline-button" ?disabled=${accepting} @click=${() => on.decline(i)}>${t('ui.popover.decline')}</button>`
        : nothing}
      ${actions.cancel
        ? html`<button part="button cancel-button" @click=${() => on.cancel(i)}>${t('ui.popover.cancel')}</button>`
        : nothing}
    </div>
    ${failure ? html`<p part="error" role="alert">${failure.reason}</p>` : nothing}
  </li>`;
}
