import { t } from '../../core/i18n.js';
import type { CallbackDraft } from '../../core/requests.js';
import { isValidTimeZone, validateCallback, type CallbackContext } from '../../core/rules/callback.js';
import type { CallbackAssignment, Interaction, ScheduledCallback } from '../../core/types.js';
import { loadLuxon, resolveWindow, toLocalWindow } from './callback-time.js';

type Luxon = Awaited<ReturnType<typeof loadLuxon>>;

/** What the agent is typing: kept per customer until scheduled, whatever else happens on the desk. */
export interface Draft {
  customerNumber: string;
  customerName: string;
  date: string;
  start: string;
  end: string;
  timeZone: string;
  assignTo: CallbackAssignment['to'];
  agentId: string;
  queueId: string;
  reason: string;
  personal: boolean;
  linkedInteractionId?: string;
  /** Set while editing a scheduled callback (SCHED-9). */
  editingId?: string;
}

export type Field = 'customerNumber' | 'customerName' | 'date' | 'start' | 'end' | 'timeZone' | 'assignment' | 'queueId' | 'reason' | 'form';

export function blankDraft(timeZone: string, i?: Interaction, masked = false): Draft {
  const digital = i && i.channel !== 'voice';
  return {
    // A masked number is no number to call: the agent asks the customer for it (POP-7).
    customerNumber: i && !masked ? i.customer.number : '',
    customerName: i?.customer.name ?? '',
    date: '',
    start: '',
    end: '',
    timeZone,
    assignTo: 'myself',
    agentId: '',
    queueId: '',
    reason: '',
    personal: false,
    // SCHED-11: a callback made from a chat or email keeps the link to it.
    linkedInteractionId: digital ? i.id : undefined,
  };
}

export function draftFromCallback(luxon: Luxon, c: ScheduledCallback): Draft {
  const window = toLocalWindow(luxon, c.startAt, c.endAt, c.timeZone);
  return {
    customerNumber: c.customerNumber,
    customerName: c.customerName,
    ...window,
    assignTo: c.assignment.to,
    agentId: c.assignment.to === 'agent' ? c.assignment.agentId : '',
    queueId: c.queueId,
    reason: c.reason ?? '',
    personal: c.personal,
    linkedInteractionId: c.linkedInteractionId,
    editingId: c.id,
  };
}

export function assignmentOf(d: Draft): CallbackAssignment {
  return d.assignTo === 'agent' ? { to: 'agent', agentId: d.agentId } : { to: d.assignTo };
}

export interface Checked {
  request: CallbackDraft;
  errors: Partial<Record<Field, string>>;
}

/**
 * The draft as the request it would send, and what is wrong with it: the shared rule
 * (validateCallback, also the simulator's server side) plus what only the form knows, a time
 * that the clocks skip that day.
 */
export function checkDraft(luxon: Luxon, d: Draft, ctx: CallbackContext): Checked {
  const zoneOk = isValidTimeZone(d.timeZone);
  const window = zoneOk ? resolveWindow(luxon, d) : { problems: [] as string[], startAt: undefined, endAt: undefined };
  const request: CallbackDraft = {
    customerName: d.customerName,
    customerNumber: d.customerNumber,
    startAt: window.startAt ?? '',
    endAt: window.endAt ?? '',
    timeZone: d.timeZone,
    assignment: assignmentOf(d),
    queueId: d.queueId,
    reason: d.reason || undefined,
    personal: d.personal,
    linkedInteractionId: d.linkedInteractionId,
  };
  const rule = validateCallback(request, ctx).errors;
  const errors: Checked['errors'] = {
    customerNumber: rule.customerNumber,
    customerName: rule.customerName,
    date: d.date ? undefined : rule.startAt,
    start: d.date ? rule.startAt : undefined,
    end: d.date && d.start ? rule.endAt : undefined,
    timeZone: rule.timeZone,
    assignment: rule.assignment,
    queueId: rule.queueId,
    reason: rule.reason,
    form: rule.form,
  };
  // Times can only be placed in a valid zone: until it is one, the zone's own message explains.
  if (!zoneOk && d.date && d.start) delete errors.start;
  if (!zoneOk && d.date && d.end) delete errors.end;
  if (window.problems.includes('start-skipped')) errors.start = t('ui.callback.skippedStart', { zone: d.timeZone });
  if (window.problems.includes('end-skipped')) errors.end = t('ui.callback.skippedEnd', { zone: d.timeZone });
  for (const key of Object.keys(errors) as Field[]) if (!errors[key]) delete errors[key];
  return { request, errors };
}
