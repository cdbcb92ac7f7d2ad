import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../../core/i18n.js';
import { isDiallingCustomer } from '../../core/rules/callback.js';
import { canCancelCallback } from '../../core/rules/popover.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction } from '../../core/types.js';
import { control } from './control.js';

/**
 * CB-2: while the platform dials an accepted callback's customer the pane says so, offers no call
 * controls yet, and keeps Cancel (a web callback, where the tenant allows it) until they answer.
 */
export function diallingRow(desk: DeskState, i: Interaction, cancel: () => void): TemplateResult | typeof nothing {
  if (!isDiallingCustomer(i)) return nothing;
  const verdict = canCancelCallback(desk, i.id);
  return html`<div part="dialling">
    <p role="status">${t('ui.pane.dialling', { customer: i.customer.name || i.customer.number })}</p>
    ${verdict.allowed ? control('cancel-callback', t('ui.pane.cancelCallback'), verdict, cancel) : nothing}
  </div>`;
}
