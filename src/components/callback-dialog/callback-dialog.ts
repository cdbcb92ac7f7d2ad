import { html, nothing, type PropertyValues } from 'lit';
import { getLocale, t } from '../../core/i18n.js';
import type { RequestName } from '../../core/requests.js';
import { canScheduleCallback } from '../../core/rules/task-list.js';
import { latestRequest, settledSince } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { ScheduledCallback } from '../../core/types.js';
import type { DeskOpenCallbacksEvent } from '../../events/ui-events.js';
import { DeskElement } from '../shared/desk-element.js';
import { sameItems, StoreController } from '../shared/store-controller.js';
import { dialogStyles, tokens } from '../shared/tokens.styles.js';
import { trapTab } from '../shared/trap-tab.js';
import { blankDraft, checkDraft, draftFromCallback, type Draft, type Field } from './callback-draft.js';
import { callbackDialogStyles } from './callback-dialog.styles.js';
import { formatWindow, loadLuxon, localTimeZone, timeZones } from './callback-time.js';
import { manageList } from './manage-list.js';
import { scheduleForm } from './schedule-form.js';

type Luxon = Awaited<ReturnType<typeof loadLuxon>>;
type Tab = 'schedule' | 'manage';
const ALL_FIELDS: Field[] = ['customerNumber', 'customerName', 'date', 'start', 'end', 'timeZone', 'assignment', 'queueId', 'reason', 'form'];

/**
 * @tagname callback-dialog
 * @summary Schedule and manage callbacks and personal callbacks, in the customer's time zone. Opens on `desk-open-callbacks`.
 *
 * @fires desk-schedule-callback - Schedule. Payload: `{ callback }` (times as ISO instants).
 * @fires desk-update-callback - Save an edited callback. Payload: `{ callbackId, callback }`.
 * @fires desk-delete-callback - Delete a callback. Payload: `{ callbackId }`.
 * @fires desk-list-callbacks - Fetch the customer's callbacks for Manage Callbacks. Payload: `{ customerNumber? }`.
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
 * @csspart button - Any button (also `submit`, `edit`, `delete`, `confirm-delete`, `keep`, `close`).
 * @csspart error - Why the last request failed.
 * @csspart status - What just happened (scheduled, updated, deleted).
 *
 * @cssprop --desk-color-surface - Background.
 * @cssprop --desk-color-accent - The Schedule button and the selected tab.
 * @cssprop --desk-color-danger - Errors and Delete.
 */
export class CallbackDialog extends DeskElement {
  static override styles = [tokens, dialogStyles, callbackDialogStyles];
  static override properties = {
    agentTimeZone: { attribute: 'agent-time-zone' },
    opened: { state: true },
    tab: { state: true },
    key: { state: true },
    drafts: { state: true },
    touched: { state: true },
    luxon: { state: true },
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
  private touched = new Set<Field>();
  private luxon?: Luxon;
  private confirmDeleteId?: string;
  private status?: string;
  private failure?: string;

  private readonly slice = new StoreController(
    this,
    (s: DeskState) => [s.interactions, s.agent, s.tenant, s.directory, s.requests, s.callbacks] as const,
    sameItems,
  );
  private opener?: HTMLElement;
  /** The request being waited for, and the newest of its name before it was sent. */
  private awaiting?: { name: RequestName; before?: string };
  /** Manage Callbacks' list fetch being waited for (the newest before it): a refusal shows on that tab. */
  private listing?: { before?: string };
  private readonly zones = timeZones();

  private readonly onOpenRequest = (event: DeskOpenCallbacksEvent) => {
    const opener = event.composedPath()[0];
    // The host may veto in its own listener, even one added after ours.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.show(event.detail.interactionId, opener instanceof HTMLElement ? opener : undefined);
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
    const i = interactionId ? desk?.interactions[interactionId] : undefined;
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
    void loadLuxon().then((luxon) => (this.luxon = luxon));
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
    const listed = this.listing && settledSince(desk, 'listCallbacks', this.listing.before);
    if (listed) {
      this.listing = undefined;
      if (listed.status === 'failed' && this.tab === 'manage') this.failure = listed.reason;
    }
    if (!this.awaiting) return;
    const latest = settledSince(desk, this.awaiting.name, this.awaiting.before);
    if (!latest) return;
    const name = this.awaiting.name;
    this.awaiting = undefined;
    if (latest.status === 'failed') {
      // The draft stays: a refusal (an inactive queue, a start time now passed) loses nothing.
      this.failure = latest.reason;
      return;
    }
    if (name === 'deleteCallback') this.status = t('ui.callback.deleted');
    else {
      const drafts = new Map(this.drafts);
      drafts.delete(this.key);
      drafts.set(this.key, { ...blankDraft(this.agentTimeZone), customerName: this.draft.customerName, customerNumber: this.draft.customerNumber, linkedInteractionId: this.draft.linkedInteractionId });
      this.drafts = drafts;
      this.touched = new Set();
      this.status = t(name === 'updateCallback' ? 'ui.callback.updated' : 'ui.callback.scheduled');
    }
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
        ${!this.luxon ? html`<p role="status">${t('ui.callback.loading')}</p>` : this.tab === 'schedule' ? this.renderSchedule(desk, this.luxon) : this.renderManage(desk, this.luxon)}
      </div>
    </dialog>`;
  }

  private context(desk: DeskState) {
    return { now: this.deskStore!.clock.now(), agent: desk.agent, tenant: desk.tenant, directory: desk.directory };
  }

  private renderSchedule(desk: DeskState, luxon: Luxon) {
    const available = canScheduleCallback(desk);
    // SCHED-12: without a callback entry point there is nothing to fill in; say why.
    if (!available.allowed && !this.draft.editingId) {
      return html`<p part="error" role="alert">${t('ui.callback.unavailable')} ${available.reason}</p>`;
    }
    const ctx = this.context(desk);
    const { request, errors } = checkDraft(luxon, this.draft, ctx);
    const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => this.touched.has(field as Field)));
    const windowText =
      request.startAt && request.endAt
        ? {
            customer: formatWindow(luxon, request.startAt, request.endAt, request.timeZone, getLocale()),
            agent: formatWindow(luxon, request.startAt, request.endAt, this.agentTimeZone, getLocale()),
          }
        : undefined;
    const sending = (['scheduleCallback', 'updateCallback'] as const).some((name) => latestRequest(desk, name)?.status === 'pending');
    return scheduleForm({
      draft: this.draft,
      shown,
      ctx,
      zones: this.zones,
      windowText,
      sending,
      failure: this.failure,
      status: this.status,
      set: (patch) => this.patch(patch),
      leave: (field) => (this.touched = new Set(this.touched).add(field)),
      submit: () => this.submit(desk, luxon),
      cancelEdit: () => this.patch({ ...blankDraft(this.agentTimeZone), editingId: undefined }),
    });
  }

  private renderManage(desk: DeskState, luxon: Luxon) {
    const number = this.draft.customerNumber.replace(/\D/g, '');
    const me = desk.agent.id;
    const mine = (c: ScheduledCallback) =>
      c.personal && (c.assignment.to === 'myself' ? c.createdBy === me : c.assignment.to === 'agent' && c.assignment.agentId === me);
    const callbacks = desk.callbacks
      .filter((c) => !number || c.customerNumber.replace(/\D/g, '') === number || mine(c))
      .sort((a, b) => a.startAt.localeCompare(b.startAt));
    return manageList({
      callbacks,
      now: this.deskStore!.clock.now(),
      me,
      directory: desk.directory,
      confirmDeleteId: this.confirmDeleteId,
      failure: this.failure,
      status: this.status,
      when: (c) => ({
        customer: formatWindow(luxon, c.startAt, c.endAt, c.timeZone, getLocale()),
        agent: formatWindow(luxon, c.startAt, c.endAt, this.agentTimeZone, getLocale()),
      }),
      edit: (c) => {
        this.patch(draftFromCallback(luxon, c));
        this.touched = new Set();
        this.select('schedule');
      },
      askDelete: (c) => (this.confirmDeleteId = c.id),
      confirmDelete: (c) => {
        this.confirmDeleteId = undefined;
        this.send('deleteCallback', desk, () => this.emitRequest('deleteCallback', { callbackId: c.id }));
      },
      keep: () => (this.confirmDeleteId = undefined),
    });
  }

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
      const number = this.draft.customerNumber;
      const before = this.desk && latestRequest(this.desk, 'listCallbacks')?.id;
      if (this.emitRequest('listCallbacks', number ? { customerNumber: number } : {})) this.listing = { before };
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  private onTabKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    this.select(this.tab === 'schedule' ? 'manage' : 'schedule');
  }

  /** Schedule with invalid input sends nothing, and every invalid field says why. */
  private submit(desk: DeskState, luxon: Luxon) {
    const { request, errors } = checkDraft(luxon, this.draft, this.context(desk));
    this.touched = new Set(ALL_FIELDS);
    this.failure = undefined;
    if (Object.keys(errors).length) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
      return;
    }
    const editing = this.draft.editingId;
    if (editing) this.send('updateCallback', desk, () => this.emitRequest('updateCallback', { callbackId: editing, callback: request }));
    else this.send('scheduleCallback', desk, () => this.emitRequest('scheduleCallback', { callback: request }));
  }

  private send(name: RequestName, desk: DeskState, emit: () => boolean) {
    const before = latestRequest(desk, name)?.id;
    if (emit()) this.awaiting = { name, before };
  }
}
