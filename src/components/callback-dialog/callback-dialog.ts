import { html, nothing, type PropertyValues } from 'lit';
import { registerDefaults, t } from '../../core/i18n.js';
import { callbackDialogEn } from '../../core/messages/ui/callback-dialog.en.js';
import type { RequestName } from '../../core/requests.js';
import { interactionById, settledRequest } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { DeskOpenCallbacksEvent } from '../../events/ui-events.js';
import { DeskElement } from '../shared/desk-element.js';
import { sameItems, StoreController } from '../shared/store-controller.js';
import { dialogStyles, tokens } from '../shared/tokens.styles.js';
import { trapTab } from '../shared/trap-tab.js';
import { blankDraft, type Draft, type Field } from './callback-draft.js';
import { callbackDialogStyles } from './callback-dialog.styles.js';
import type { OpenDialog } from './callback-panel.js';

registerDefaults(callbackDialogEn);

type Panel = typeof import('./callback-panel.js');
type Tab = 'schedule' | 'manage';

let loading: Promise<Panel> | undefined;
/**
 * The panel (forms, list, draft checks) and luxon travel in one chunk, by this one dynamic import:
 * nothing of them can render before luxon is there, and a page that never opens the dialog never
 * downloads them (the build's bundle check enforces that luxon is never loaded statically).
 */
const loadPanel = () =>
  (loading ??= import('./callback-panel.js').catch((error: unknown) => {
    // A chunk that did not arrive (offline, a redeployed CDN) is asked for again next time.
    loading = undefined;
    throw error;
  }));

/**
 * SCHED-9: whose callbacks to fetch: the number typed, else the call's customer (the platform holds
 * the number the desk may only show masked, POP-7), else none (the callbacks assigned to me).
 */
function listFor(typed: string, key: string): { customerNumber?: string; interactionId?: string } {
  const number = typed.trim();
  if (number && !number.includes('•')) return { customerNumber: number };
  if (key !== 'desk') return { interactionId: key };
  return number ? { customerNumber: number } : {};
}

const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * @tagname callback-dialog
 * @summary Schedule and manage callbacks and personal callbacks, in the customer's time zone. Opens on `desk-open-callbacks`.
 *
 * @fires {DeskRequestEvent<'scheduleCallback'>} desk-schedule-callback - Schedule. Payload: `{ callback }` (times as ISO instants).
 * @fires {DeskRequestEvent<'updateCallback'>} desk-update-callback - Save an edited callback. Payload: `{ callbackId, callback }`.
 * @fires {DeskRequestEvent<'deleteCallback'>} desk-delete-callback - Delete a callback. Payload: `{ callbackId }`.
 * @fires {DeskRequestEvent<'listCallbacks'>} desk-list-callbacks - Fetch the customer's callbacks for Manage Callbacks (SCHED-9: by the number typed, else by the call). Payload: `{ customerNumber?, interactionId? }`.
 *
 * @csspart dialog - The modal dialog.
 * @csspart tabs - The two tabs.
 * @csspart tab - A tab.
 * @csspart form - The schedule form.
 * @csspart field - One field with its label and message.
 * @csspart input - Any input, select or text area.
 * @csspart field-error - Why a field's value is refused.
 * @csspart hint - A field's hint.
 * @csspart window - The window in the customer's time and in the agent's.
 * @csspart callback-list - Manage Callbacks' list.
 * @csspart callback - One scheduled callback.
 * @csspart button - Any button (also `submit`, `edit`, `delete`, `confirm-delete`, `keep`, `close`, `retry`).
 * @csspart error - Why the last request failed.
 * @csspart status - What just happened (scheduled, updated, deleted).
 * @csspart header - The title row with the close button.
 * @csspart close - The close button (with `button`).
 * @csspart panel - The selected tab's panel.
 * @csspart retry - Try again, when the panel could not be loaded (with `button`).
 * @csspart row - A row of fields side by side.
 * @csspart checkbox - The Personal callback checkbox with its label.
 * @csspart radio - An assignment choice with its label.
 * @csspart actions - A row of buttons.
 * @csspart submit - Schedule, or Save while editing (with `button`).
 * @csspart cancel-edit - Stop editing a callback (with `button`).
 * @csspart callback-title - A listed callback's customer and number.
 * @csspart edit - Edit a listed callback (with `button`).
 * @csspart delete - Delete a listed callback (with `button`).
 * @csspart confirm-delete - Confirm the deletion (with `button`).
 * @csspart keep - Keep the callback instead of deleting it (with `button`).
 * @csspart started - Said of a callback already under way, which can no longer change.
 * @csspart empty - The message when the customer has no callbacks.
 *
 * @cssprop --desk-color-surface - Background.
 * @cssprop --desk-color-accent - The Schedule button and the selected tab.
 * @cssprop --desk-color-danger - Errors and Delete.
 * @cssprop --desk-dialog-width - Width of the dialog (28rem).
 * @cssprop --desk-backdrop - What covers the page behind the dialog.
 */
export class CallbackDialog extends DeskElement {
  static override readonly defaultTag = 'callback-dialog';
  static override styles = [tokens, dialogStyles, callbackDialogStyles];
  static override properties = {
    agentTimeZone: { attribute: 'agent-time-zone' },
    opened: { state: true },
    tab: { state: true },
    key: { state: true },
    drafts: { state: true },
    touched: { state: true },
    panel: { state: true },
    loadFailed: { state: true },
    confirmDeleteId: { state: true },
    status: { state: true },
    failure: { state: true },
  };

  /** The agent's own time zone, for the second view of the window; the browser's by default. */
  agentTimeZone = localTimeZone();

  private opened = false;
  private tab: Tab = 'schedule';
  private key = 'desk';
  private drafts = new Map<string, Draft>();
  private touched: ReadonlySet<Field> = new Set();
  private panel?: Panel;
  /** The panel's chunk could not be loaded: the dialog says so and offers to try again. */
  private loadFailed = false;
  private confirmDeleteId?: string;
  private status?: string;
  private failure?: string;

  private readonly slice = new StoreController(
    this,
    (s: DeskState) => [s.interactions, s.agent, s.tenant, s.directory, s.requests, s.callbacks] as const,
    sameItems,
  );
  private opener?: HTMLElement;
  /** The request being waited for: its name and id. */
  private awaiting?: { name: RequestName; requestId: string };
  /** Manage Callbacks' list fetch being waited for (its id): a refusal shows on that tab. */
  private listingId?: string;

  private readonly onOpenRequest = (event: DeskOpenCallbacksEvent) => {
    const opener = event.composedPath()[0];
    // The host may veto in its own listener, even one added after ours.
    queueMicrotask(() => {
      // A host may fire it bare (`new CustomEvent('desk-open-callbacks')`): no detail is no interaction.
      const interactionId = event.detail?.interactionId;
      if (!event.defaultPrevented) {
        this.show(typeof interactionId === 'string' ? interactionId : undefined, opener instanceof HTMLElement ? opener : undefined);
      }
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('desk-open-callbacks', this.onOpenRequest);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('desk-open-callbacks', this.onOpenRequest);
    super.disconnectedCallback();
  }

  private get desk(): DeskState | undefined {
    return this.slice.value && this.deskStore?.getState();
  }

  /** Opens the dialog, for an interaction's customer or none; that customer's draft comes back. */
  show(interactionId?: string, opener?: HTMLElement): void {
    const desk = this.desk;
    this.opener = opener ?? (document.activeElement as HTMLElement | null) ?? undefined;
    this.key = interactionId ?? 'desk';
    const i = desk && interactionById(desk, interactionId);
    if (!this.drafts.has(this.key)) {
      const drafts = new Map(this.drafts);
      drafts.set(this.key, blankDraft(this.agentTimeZone, i, !!desk?.tenant.sensitiveDataProtection));
      this.drafts = drafts;
      this.touched = new Set();
    }
    this.status = undefined;
    this.failure = undefined;
    this.tab = 'schedule';
    this.opened = true;
    this.load();
  }

  private load() {
    this.loadFailed = false;
    void loadPanel().then(
      (panel) => (this.panel = panel),
      () => (this.loadFailed = true),
    );
  }

  /** A native dialog's close event comes a task later: one from a dialog since reopened is old news. */
  private readonly onClosed = (event: Event) => {
    if (event.target === this.renderRoot.querySelector('dialog') && !(event.target as HTMLDialogElement).open) this.opened = false;
  };

  close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    this.opened = false;
  }

  override willUpdate(): void {
    const desk = this.desk;
    if (!desk) return;
    this.dropDraftsOfGoneCalls(desk);
    const listed = settledRequest(desk, this.listingId);
    if (listed) {
      this.listingId = undefined;
      if (listed.status === 'failed' && this.tab === 'manage') this.failure = listed.reason;
    }
    // Only the panel sends the requests whose outcome the dialog shows.
    this.panel?.settle(this.asOpen, desk);
  }

  /** A call that left takes its draft (and any number typed in it) along, unless it is open now. */
  private dropDraftsOfGoneCalls(desk: DeskState) {
    const gone = [...this.drafts.keys()].filter(
      (key) => key !== 'desk' && !Object.hasOwn(desk.interactions, key) && !(this.opened && key === this.key),
    );
    if (!gone.length) return;
    const drafts = new Map(this.drafts);
    for (const key of gone) drafts.delete(key);
    this.drafts = drafts;
  }

  override updated(changed: PropertyValues): void {
    if (!changed.has('opened')) return;
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.opened && dialog && !dialog.open) dialog.showModal();
    if (!this.opened && this.opener?.isConnected) {
      this.opener.focus();
      this.opener = undefined;
    }
  }

  private get draft(): Draft {
    return this.drafts.get(this.key) ?? blankDraft(this.agentTimeZone);
  }

  override render() {
    const desk = this.desk;
    if (!desk || !this.opened) return nothing;
    return html`<dialog part="dialog" aria-labelledby="callbacks-title" @keydown=${trapTab} @close=${this.onClosed}>
      <div part="header">
        <h2 id="callbacks-title">${t('ui.callback.title')}</h2>
        <button part="button close" aria-label=${t('ui.callback.close')} @click=${() => this.close()}>×</button>
      </div>
      <div part="tabs" role="tablist" aria-label=${t('ui.callback.title')} @keydown=${this.onTabKey}>
        ${(['schedule', 'manage'] as const).map(
          (tab) => html`<button part="tab" role="tab" id=${`tab-${tab}`} aria-controls=${`panel-${tab}`} aria-selected=${String(this.tab === tab)}
            tabindex=${this.tab === tab ? 0 : -1} @click=${() => this.select(tab)}>${t(tab === 'schedule' ? 'ui.callback.tabSchedule' : 'ui.callback.tabManage')}</button>`,
        )}
      </div>
      <div part="panel" role="tabpanel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`}>
        ${this.panel
          ? this.panel.renderPanel(this.asOpen, desk)
          : this.loadFailed
            ? html`<p part="error" role="alert">${t('ui.callback.loadFailed')}</p>
                <button part="button retry" @click=${() => this.load()}>${t('ui.callback.retry')}</button>`
            : html`<p role="status">${t('ui.callback.loading')}</p>`}
      </div>
    </dialog>`;
  }

  /** The dialog as its panel sees it: read live, since a handler runs after the render that made it. */
  private readonly asOpen: OpenDialog = ((el) => ({
    get tab() { return el.tab; },
    get interactionId() { return el.key === 'desk' ? undefined : el.key; },
    get draft() { return el.draft; },
    get agentTimeZone() { return el.agentTimeZone; },
    get status() { return el.status; },
    set status(text) { el.status = text; },
    get failure() { return el.failure; },
    set failure(reason) { el.failure = reason; },
    get touched() { return el.touched; },
    set touched(fields) { el.touched = fields; },
    get confirmDeleteId() { return el.confirmDeleteId; },
    set confirmDeleteId(id) { el.confirmDeleteId = id; },
    get awaiting() { return el.awaiting; },
    set awaiting(request) { el.awaiting = request; },
    now: () => el.deskStore!.clock.now(),
    patch: (patch) => el.patch(patch),
    select: (tab) => el.select(tab),
    emit: (name, payload) => el.emitRequest(name, payload),
    focusAfterUpdate: (selector) => el.focusAfterUpdate(selector),
  }))(this);

  private patch(patch: Partial<Draft>) {
    const drafts = new Map(this.drafts);
    drafts.set(this.key, { ...this.draft, ...patch });
    this.drafts = drafts;
    this.status = undefined;
  }

  private select(tab: Tab) {
    this.tab = tab;
    this.status = undefined;
    this.failure = undefined;
    if (tab === 'manage') {
      this.listingId = this.emitRequest('listCallbacks', listFor(this.draft.customerNumber, this.key));
    }
    this.focusAfterUpdate(`#tab-${tab}`);
  }

  private focusAfterUpdate(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private onTabKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    this.select(this.tab === 'schedule' ? 'manage' : 'schedule');
  }
}
