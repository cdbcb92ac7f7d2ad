// Part of the dialog's panel, loaded on demand with luxon: a draft as the request it sends, and a
// scheduled callback back as a draft, both through the customer's time zone.
import { t } from '../../core/i18n.js';
import type { CallbackDraft } from '../../core/requests.js';
import { isValidTimeZone, validateCallback, type CallbackContext } from '../../core/rules/callback.js';
import type { CallbackAssignment, ScheduledCallback } from '../../core/types.js';
import type { Draft, Field } from './callback-draft.js';
import { resolveWindow, toLocalWindow } from './callback-time.js';

/** A scheduled callback back in the form's terms, for editing (SCHED-9). */
export function draftFromCallback(c: ScheduledCallback): Draft {
  const window = toLocalWindow(c.startAt, c.endAt, c.timeZone);
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
export function checkDraft(d: Draft, ctx: CallbackContext): Checked {
  const zoneOk = isValidTimeZone(d.timeZone);
  const window = zoneOk ? resolveWindow(d) : { problems: [] as string[], startAt: undefined, endAt: undefined };
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
