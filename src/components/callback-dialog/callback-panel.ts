// The open dialog's panel: the schedule form and the manage list with everything they need, luxon
// included. The element loads this module with one dynamic import when it opens, so a page that
// never opens the dialog downloads none of it, and opening it fetches one chunk, as luxon alone did
// (dist/cdn builds the panel and luxon as one; a host's bundler does the same with dist/).
import { html, type TemplateResult } from 'lit';
import { getLocale, registerDefaults, t } from '../../core/i18n.js';
import { callbackPanelEn } from '../../core/messages/ui/callback-panel.en.js';
import type { RequestName, RequestPayloads } from '../../core/requests.js';
import { callbacksToManage } from '../../core/rules/callback.js';
import { canScheduleCallback } from '../../core/rules/task-list.js';
import { isPending, settledRequest } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import { blankDraft, type Draft, type Field } from './callback-draft.js';
import { formatWindow, timeZones } from './callback-time.js';
import { checkDraft, draftFromCallback } from './draft-request.js';
import { manageList } from './manage-list.js';
import { scheduleForm } from './schedule-form.js';
import { own } from '../../core/own.js';

registerDefaults(callbackPanelEn);

const ALL_FIELDS: Field[] = ['customerNumber', 'customerName', 'date', 'start', 'end', 'timeZone', 'assignment', 'queueId', 'reason', 'form'];
const zones = timeZones();

/**
 * The dialog as its panel sees it. The element keeps the state (a draft is started before this
 * module arrives); reads are live, so a handler acts on what is current when it runs.
 */
export interface OpenDialog {
  readonly tab: 'schedule' | 'manage';
  /** The call the dialog was opened from, if any: its customer's callbacks are the ones managed. */
  readonly interactionId?: string;
  readonly draft: Draft;
  readonly agentTimeZone: string;
  status?: string;
  failure?: string;
  touched: ReadonlySet<Field>;
  confirmDeleteId?: string;
  /** The request being waited for: its name and id. */
  awaiting?: { name: RequestName; requestId: string };
  now(): number;
  patch(patch: Partial<Draft>): void;
  select(tab: 'schedule' | 'manage'): void;
  /** Fires the request event; its request id, or undefined when the host vetoed it. */
  emit<K extends RequestName>(name: K, payload: RequestPayloads[K]): string | undefined;
  focusAfterUpdate(selector: string): void;
}

/** The tab panel's content once luxon is there. */
export function renderPanel(dialog: OpenDialog, desk: DeskState): TemplateResult {
  return dialog.tab === 'schedule' ? renderSchedule(dialog, desk) : renderManage(dialog, desk);
}

function context(dialog: OpenDialog, desk: DeskState) {
  const editingId = dialog.draft.editingId;
  const editing = editingId ? desk.callbacks.find((c) => c.id === editingId) : undefined;
  return { now: dialog.now(), agent: desk.agent, tenant: desk.tenant, directory: desk.directory, editing };
}

/** SCHED-9: the customer whose callbacks are managed: the number typed, else the call's as the desk holds it. */
function managedCustomer(dialog: OpenDialog, desk: DeskState): string | undefined {
  const typed = dialog.draft.customerNumber.trim();
  const call = dialog.interactionId ? own(desk.interactions, dialog.interactionId) : undefined;
  return typed || call?.customer.number || undefined;
}

function renderSchedule(dialog: OpenDialog, desk: DeskState) {
  const available = canScheduleCallback(desk);
  // SCHED-12: without a callback entry point there is nothing to fill in; say why.
  if (!available.allowed && !dialog.draft.editingId) {
    return html`<p part="error" role="alert">${t('ui.callback.unavailable')} ${available.reason}</p>`;
  }
  const ctx = context(dialog, desk);
  const { request, errors } = checkDraft(dialog.draft, ctx);
  const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => dialog.touched.has(field as Field)));
  const windowText =
    request.startAt && request.endAt
      ? {
          customer: formatWindow(request.startAt, request.endAt, request.timeZone, getLocale()),
          agent: formatWindow(request.startAt, request.endAt, dialog.agentTimeZone, getLocale()),
        }
      : undefined;
  const sending = isPending(desk, 'scheduleCallback') || isPending(desk, 'updateCallback');
  return scheduleForm({
    draft: dialog.draft,
    shown,
    ctx,
    zones,
    windowText,
    sending,
    failure: dialog.failure,
    status: dialog.status,
    set: (patch) => dialog.patch(patch),
    leave: (field) => (dialog.touched = new Set(dialog.touched).add(field)),
    submit: () => submit(dialog, desk),
    cancelEdit: () => dialog.patch({ ...blankDraft(dialog.agentTimeZone), editingId: undefined }),
  });
}

function renderManage(dialog: OpenDialog, desk: DeskState) {
  const me = desk.agent.id;
  const customer = managedCustomer(dialog, desk);
  return manageList({
    callbacks: callbacksToManage(desk.callbacks, me, customer),
    mineOnly: !customer,
    now: dialog.now(),
    me,
    directory: desk.directory,
    confirmDeleteId: dialog.confirmDeleteId,
    failure: dialog.failure,
    status: dialog.status,
    when: (c) => ({
      customer: formatWindow(c.startAt, c.endAt, c.timeZone, getLocale()),
      agent: formatWindow(c.startAt, c.endAt, dialog.agentTimeZone, getLocale()),
    }),
    edit: (c) => {
      dialog.patch(draftFromCallback(c));
      dialog.touched = new Set();
      dialog.select('schedule');
    },
    askDelete: (c) => (dialog.confirmDeleteId = c.id),
    confirmDelete: (c) => {
      dialog.confirmDeleteId = undefined;
      send(dialog, 'deleteCallback', { callbackId: c.id });
    },
    keep: () => (dialog.confirmDeleteId = undefined),
  });
}

/** Schedule with invalid input sends nothing, and every invalid field says why. */
function submit(dialog: OpenDialog, desk: DeskState) {
  const { request, errors } = checkDraft(dialog.draft, context(dialog, desk));
  dialog.touched = new Set(ALL_FIELDS);
  dialog.failure = undefined;
  if (Object.keys(errors).length) {
    dialog.focusAfterUpdate('[aria-invalid=true]');
    return;
  }
  const editing = dialog.draft.editingId;
  if (editing) send(dialog, 'updateCallback', { callbackId: editing, callback: request });
  else send(dialog, 'scheduleCallback', { callback: request });
}

function send<K extends RequestName>(dialog: OpenDialog, name: K, payload: RequestPayloads[K]) {
  const requestId = dialog.emit(name, payload);
  if (requestId) dialog.awaiting = { name, requestId };
}

/** Once the request the panel sent has settled: a refusal shown, or what it did and a fresh form. */
export function settle(dialog: OpenDialog, desk: DeskState): void {
  const awaiting = dialog.awaiting;
  const latest = awaiting && settledRequest(desk, awaiting.requestId);
  if (!latest) return;
  dialog.awaiting = undefined;
  if (latest.status === 'failed') {
    // The draft stays: a refusal (an inactive queue, a start time now passed) loses nothing.
    dialog.failure = latest.reason;
    return;
  }
  if (awaiting.name === 'deleteCallback') {
    dialog.status = t('ui.callback.deleted');
    return;
  }
  const { customerName, linkedInteractionId } = dialog.draft;
  // POP-7: a number typed while protection is on is not kept once the callback is made.
  const customerNumber = desk.tenant.sensitiveDataProtection ? '' : dialog.draft.customerNumber;
  dialog.patch({ ...blankDraft(dialog.agentTimeZone), customerName, customerNumber, linkedInteractionId, editingId: undefined });
  dialog.touched = new Set();
  dialog.status = t(awaiting.name === 'updateCallback' ? 'ui.callback.updated' : 'ui.callback.scheduled');
}
