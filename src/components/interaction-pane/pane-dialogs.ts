import { destinationSupported } from '../../core/capabilities.js';
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../../core/i18n.js';
import { destinationChoices, destinationTypes } from '../../core/rules/destinations.js';
import { filterWrapUpReasons } from '../../core/rules/wrap-up.js';
import type { DeskState } from '../../core/state.js';
import type { Destination, DestinationType, Participant } from '../../core/types.js';
import { trapTab } from '../shared/trap-tab.js';

/**
 * The radio lists sit in a form of their own: Chromium keeps named radios removed from a shadow
 * root in that root's radio group for good, so every closed dialog leaked (found by bench:memory).
 * A form's radios group in the form, which goes with the dialog.
 */
const noSubmit = (event: Event) => event.preventDefault();

/** A native dialog's close event comes a task later: one from a dialog since removed or reopened is old news. */
const closed = (on: { close(): void }) => (event: Event) => {
  const dialog = event.target as HTMLDialogElement;
  if (dialog.isConnected && !dialog.open) on.close();
};

export interface DestinationDialogState {
  mode: 'consult' | 'transfer';
  /** The call the destination is for: core lists only destinations valid for it. */
  interactionId?: string;
  type: DestinationType;
  query: string;
  chosen?: Destination;
  number: string;
  error?: string;
}

export interface DestinationHandlers {
  set(patch: Partial<DestinationDialogState>): void;
  refresh(): void;
  submit(): void;
  close(): void;
}

/** CONS-1, XFER-1: choose a destination by type, search the directory, refresh it. */
export function destinationDialog(desk: DeskState, s: DestinationDialogState, on: DestinationHandlers): TemplateResult {
  // Only the destination types the adapter can reach (capabilities).
  const types = destinationTypes(s.mode).filter((type) => destinationSupported(desk.capabilities, s.mode, type));
  const choices = destinationChoices(desk, s.interactionId ?? '', s.mode, s.type, s.query);
  const title = s.mode === 'consult' ? t('ui.pane.consultTitle') : t('ui.pane.transferTitle');
  return html`<dialog part="dialog destination-dialog" @keydown=${trapTab} aria-labelledby="destination-title" @close=${closed(on)}>
    <h2 id="destination-title">${title}</h2>
    <label>${t('ui.pane.destinationType')}
      <select part="destination-type" .value=${s.type} @change=${(e: Event) => on.set({ type: (e.target as HTMLSelectElement).value as DestinationType, chosen: undefined, query: '' })}>
        ${types.map((type) => html`<option value=${type} ?selected=${type === s.type}>${t(`ui.pane.type.${type}`)}</option>`)}
      </select></label>
    <label>${t('ui.pane.search')}
      <input part="destination-search" type="search" .value=${s.query} @input=${(e: Event) => on.set({ query: (e.target as HTMLInputElement).value })} /></label>
    <button part="control refresh" @click=${on.refresh}>${t('ui.pane.refresh')}</button>
    <form @submit=${noSubmit}><fieldset style="border:0;padding:0;margin:0"><legend class="visually-hidden">${t('ui.pane.destinations')}</legend>
      <ul part="destination-list">
        ${choices.length
          ? choices.map(
              (c) => html`<li><label><input type="radio" name="destination" .checked=${s.chosen?.id === c.id}
                  @change=${() => on.set({ chosen: c, error: undefined })} />
                  ${c.name}</label></li>`,
            )
          : html`<li>${t('ui.pane.noDestinations')}</li>`}
      </ul></fieldset></form>
    ${s.type === 'dial-number'
      ? html`<label>${t('ui.pane.otherNumber')}
          <input part="destination-number" inputmode="tel" .value=${s.number}
            @input=${(e: Event) => { const number = (e.target as HTMLInputElement).value; on.set({ number, chosen: number ? { type: 'dial-number', id: number, name: number } : undefined }); }} /></label>`
      : nothing}
    ${s.error ? html`<p part="error" role="alert">${s.error}</p>` : nothing}
    <div part="dialog-actions">
      <button part="control cancel" @click=${on.close}>${t('ui.pane.cancel')}</button>
      <button part="control submit primary-action" @click=${on.submit}>${title}</button>
    </div>
  </dialog>`;
}

export interface WrapUpHandlers {
  query(value: string): void;
  choose(reasonId: string): void;
  submit(): void;
  close(): void;
}

/** END-2, END-3: Wrap Up Reasons, filtered from three characters; Submit needs a reason. */
export function wrapUpDialog(desk: DeskState, query: string, chosen: string | undefined, error: string | undefined, on: WrapUpHandlers): TemplateResult {
  const reasons = filterWrapUpReasons(desk.tenant.wrapUpReasons, query);
  return html`<dialog part="dialog wrap-up-dialog" @keydown=${trapTab} aria-labelledby="wrap-up-title" @close=${closed(on)}>
    <h2 id="wrap-up-title">${t('ui.pane.wrapUpTitle')}</h2>
    <label>${t('ui.pane.wrapUpSearch')}
      <input part="wrap-up-search" type="search" aria-describedby="wrap-up-hint" .value=${query} @input=${(e: Event) => on.query((e.target as HTMLInputElement).value)} /></label>
    <p id="wrap-up-hint" class="visually-hidden">${t('ui.pane.wrapUpHint')}</p>
    <form @submit=${noSubmit}><fieldset style="border:0;padding:0;margin:0"><legend class="visually-hidden">${t('ui.pane.wrapUpTitle')}</legend>
      <ul part="wrap-up-list">
        ${reasons.length
          ? reasons.map((r) => html`<li><label><input type="radio" name="wrap-up" .checked=${chosen === r.id} @change=${() => on.choose(r.id)} />${r.label}</label></li>`)
          : html`<li>${t('ui.pane.wrapUpNone')}</li>`}
      </ul></fieldset></form>
    ${error ? html`<p part="error" role="alert">${error}</p>` : nothing}
    <div part="dialog-actions">
      <button part="control submit-wrap-up primary-action" aria-disabled=${chosen ? 'false' : 'true'} @click=${on.submit}>${t('ui.pane.wrapUpSubmit')}</button>
    </div>
  </dialog>`;
}

/** CONF-4: dropping the customer asks first. */
export function dropDialog(participant: Participant, on: { confirm(): void; close(): void }): TemplateResult {
  return html`<dialog part="dialog drop-dialog" @keydown=${trapTab} aria-labelledby="drop-title" aria-describedby="drop-body" @close=${closed(on)}>
    <h2 id="drop-title">${t('ui.pane.dropTitle')}</h2>
    <p id="drop-body">${t('ui.pane.dropBody', { name: participant.name })}</p>
    <div part="dialog-actions">
      <button part="control cancel" @click=${on.close}>${t('ui.pane.cancel')}</button>
      <button part="control confirm-drop drop" @click=${on.confirm}>${t('ui.pane.drop')}</button>
    </div>
  </dialog>`;
}

/** The "…" menu: "Schedule and manage callbacks" for this customer (SCHED-1). */
export function moreMenu(on: { callbacks(): void; close(): void }): TemplateResult {
  return html`<dialog part="dialog more-menu" @keydown=${trapTab} aria-label=${t('ui.pane.more')} @close=${closed(on)}>
    <div part="dialog-actions" style="flex-direction:column;align-items:stretch">
      <button part="control schedule-callbacks" @click=${on.callbacks}>${t('ui.pane.scheduleCallbacks')}</button>
      <button part="control cancel" @click=${on.close}>${t('ui.pane.close')}</button>
    </div>
  </dialog>`;
}
