import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../../core/i18n.js';
import { arrivalsToShow } from '../../core/rules/pane-follow.js';
import { wrapUpOpensFor } from '../../core/rules/wrap-up.js';
import type { DeskState } from '../../core/state.js';
import type { DeskStore } from '../../core/store.js';
import { StoreFollower } from '../shared/store-controller.js';
import { own } from '../../core/own.js';

/**
 * CALL-2, END-4: collects, from each change of the store, the interactions just answered or just
 * owing a wrap-up; the pane takes them before it renders (`take`) and asks core where to go.
 */
export class ArrivalsController extends StoreFollower {
  private arrivals: string[] = [];

  protected attach(store: DeskStore): () => void {
    return store.subscribe((state, previous) => {
      const arrived = arrivalsToShow(previous, state);
      if (!arrived.length) return;
      this.arrivals.push(...arrived);
      this.host.requestUpdate();
    });
  }

  take(): string[] {
    return this.arrivals.splice(0);
  }
}

const customerOf = (desk: DeskState, id: string) => {
  const i = own(desk.interactions, id);
  return i?.customer.name || i?.customer.number || t('ui.unknownCustomer');
};

/** CALL-2, END-4: what waits while the agent finishes in the shown interaction, each with Show. */
export function waitingLines(desk: DeskState, waiting: readonly string[], show: (id: string) => void): TemplateResult | typeof nothing {
  if (!waiting.length) return nothing;
  return html`${waiting.map(
    (id) => html`<p part="waiting">
      ${t(wrapUpOpensFor(desk, id) ? 'ui.pane.waitingWrapUp' : 'ui.pane.waitingAnswered', { customer: customerOf(desk, id) })}
      <button part="control show-waiting" aria-label=${t('ui.pane.showWaiting', { customer: customerOf(desk, id) })} @click=${() => show(id)}>${t('ui.pane.show')}</button>
    </p>`,
  )}`;
}

/** END-5: after a phone-mode call's wrap-up, disconnect the handset before the next call. */
export function handsetReminder(dismiss: () => void): TemplateResult {
  return html`<p part="handset-reminder">${t('ui.pane.disconnectHandset')}
    <button part="control dismiss-reminder" @click=${dismiss}>${t('ui.pane.done')}</button></p>`;
}
