import type { CallbackDraft } from '../requests.js';
import type { Agent, Directory, DirectoryAgent, Interaction, QueueEntry, ScheduledCallback, TenantConfig } from '../types.js';
import { t } from '../i18n.js';
import { maskNumber } from './masking.js';
import { allow, deny, type Verdict } from './verdict.js';

/** Everything callback validation needs; the dialog and the simulator's server side pass the same. */
export interface CallbackContext {
  now: number;
  agent: Agent;
  tenant: TenantConfig;
  directory: Directory;
  /**
   * SCHED-9: the callback being edited, as this side holds it. Its number left as shown (masked
   * under POP-7) is no number to check: the callback keeps the one the platform holds.
   */
  editing?: Pick<ScheduledCallback, 'customerNumber'>;
}

export type CallbackField =
  | 'customerNumber'
  | 'customerName'
  | 'startAt'
  | 'endAt'
  | 'timeZone'
  | 'assignment'
  | 'queueId'
  | 'reason'
  | 'form';

export interface CallbackValidation {
  valid: boolean;
  errors: Partial<Record<CallbackField, string>>;
}

const MINUTE = 60_000;
export const CALLBACK_MIN_LEAD_MS = 30 * MINUTE;
export const CALLBACK_MAX_LEAD_MS = 31 * 24 * 60 * MINUTE;
const count = (value: string) => [...value].length;

/**
 * SCHED-2: what a phone number is made of, its digits, number 7 to 15 (E.164's longest); an optional
 * leading + (the country code) and the separators the guide lists (spaces, hyphens, commas,
 * periods) are allowed and not counted.
 */
export function phoneError(value: string): string | undefined {
  const phone = value.trim();
  if (!phone) return t('rules.callback.phoneRequired');
  if (!/^\+?[\d\s\-,.]+$/.test(phone)) return t('rules.callback.phoneCharacters');
  const length = phone.replace(/\D/g, '').length;
  if (length < 7 || length > 15) return t('rules.callback.phoneLength', { length });
  return undefined;
}

/** SCHED-3: 3 to 250 characters of any Unicode, counted as code points. */
export function nameError(value: string): string | undefined {
  const name = value.trim();
  if (!name) return t('rules.callback.nameRequired');
  if (count(name) < 3 || count(name) > 250) return t('rules.callback.nameLength', { length: count(name) });
  return undefined;
}

/** SCHED-5: a zone the platform's time-zone database knows. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+\-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const parseInstant = (iso: string): number | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
};

/** SCHED-6, SCHED-10: who a callback can go to. Personal callbacks: myself or my buddy team. */
export function assignableAgents(personal: boolean, ctx: CallbackContext): DirectoryAgent[] {
  return ctx.directory.agents.filter((a) =>
    personal ? a.id === ctx.agent.id || ctx.agent.buddyTeamIds.includes(a.id) : true,
  );
}

function assignedAgentId(draft: Pick<CallbackDraft, 'assignment'>, ctx: CallbackContext): string | undefined {
  const a = draft.assignment;
  return a.to === 'myself' ? ctx.agent.id : a.to === 'agent' ? a.agentId : undefined;
}

/** SCHED-6, SCHED-7: active telephony queues the assigned agent can use; the list follows the choice. */
export function queuesForAssignment(draft: Pick<CallbackDraft, 'assignment'>, ctx: CallbackContext): QueueEntry[] {
  const agentId = assignedAgentId(draft, ctx);
  return ctx.directory.queues.filter(
    (q) => q.active && q.channel === 'telephony' && (agentId === undefined || q.agentIds.length === 0 || q.agentIds.includes(agentId)),
  );
}

/** SCHED-2..SCHED-8, SCHED-10, SCHED-12: one validation for the dialog and the server side. */
export function validateCallback(draft: CallbackDraft, ctx: CallbackContext): CallbackValidation {
  const errors: CallbackValidation['errors'] = {};
  if (!ctx.tenant.callbackEntryPointId) errors.form = t('rules.callback.noEntryPoint');
  const phone = keepsNumber(draft, ctx.editing) ? undefined : phoneError(draft.customerNumber ?? '');
  if (phone) errors.customerNumber = phone;
  const name = nameError(draft.customerName ?? '');
  if (name) errors.customerName = name;

  const start = parseInstant(draft.startAt ?? '');
  const end = parseInstant(draft.endAt ?? '');
  if (start === undefined) errors.startAt = t('rules.callback.startRequired');
  else if (start < ctx.now + CALLBACK_MIN_LEAD_MS) errors.startAt = t('rules.callback.startTooSoon');
  else if (start > ctx.now + CALLBACK_MAX_LEAD_MS) errors.startAt = t('rules.callback.startTooLate');
  if (end === undefined) errors.endAt = t('rules.callback.endRequired');
  else if (start !== undefined && end <= start) errors.endAt = t('rules.callback.endBeforeStart');

  if (!isValidTimeZone(draft.timeZone ?? '')) errors.timeZone = t('rules.callback.timeZone');

  const agentId = assignedAgentId(draft, ctx);
  if (draft.assignment?.to === 'agent' && !ctx.directory.agents.some((a) => a.id === agentId)) {
    errors.assignment = t('rules.callback.unknownAgent');
  } else if (draft.personal && !(draft.assignment?.to === 'myself' || (agentId !== undefined && ctx.agent.buddyTeamIds.includes(agentId)))) {
    errors.assignment = t('rules.callback.personalAssignment');
  }

  if (!draft.queueId) errors.queueId = t('rules.callback.queueRequired');
  else if (!queuesForAssignment(draft, ctx).some((q) => q.id === draft.queueId)) errors.queueId = t('rules.callback.queueUnavailable');

  if (draft.reason !== undefined && count(draft.reason) > 250) {
    errors.reason = t('rules.callback.reasonLength', { length: count(draft.reason) });
  }
  return { valid: Object.keys(errors).length === 0, errors };
}

/** CB-2: the agent accepted a callback and the platform is dialling the customer. */
export const isDiallingCustomer = (i: Pick<Interaction, 'phase'>): boolean => i.phase === 'dialling';

/** SCHED-9: a callback can be edited or deleted only before its start time. */
export function canEditCallback(callback: Pick<ScheduledCallback, 'startAt'>, now: number): Verdict {
  const start = Date.parse(callback.startAt);
  return Number.isNaN(start) || start <= now ? deny('rules.callback.started') : allow();
}

const digits = (number: string) => number.replace(/\D/g, '');

/**
 * SCHED-9, POP-7: an edit that leaves the number as shown keeps the stored one: the desk holds it
 * masked, the platform in full, and each side asks this with what it holds.
 */
export function keepsNumber(draft: Pick<CallbackDraft, 'customerNumber'>, editing?: Pick<ScheduledCallback, 'customerNumber'>): boolean {
  if (!editing || !draft.customerNumber) return false;
  return draft.customerNumber === editing.customerNumber || draft.customerNumber === maskNumber(editing.customerNumber);
}

/**
 * SCHED-9: whether two numbers are the same customer's. Full numbers compare by their digits; where
 * one is masked (POP-7) the desk can compare only what masking leaves, how many digits and the last
 * four, so both are compared masked (the platform, which holds full numbers, filters exactly).
 */
export function sameCustomerNumber(a: string, b: string): boolean {
  if (!digits(a) || !digits(b)) return false;
  if (!a.includes('•') && !b.includes('•')) return digits(a) === digits(b);
  const shape = (n: string) => maskNumber(n).replace(/[^\d•]/g, '');
  return shape(a) === shape(b);
}

/**
 * SCHED-9: what Manage Callbacks lists, earliest first. For a customer (their number, as typed or
 * as the desk holds it): their scheduled callbacks and the personal callbacks assigned to me. With
 * no customer (opened from the task list's "+" with no number typed): the callbacks assigned to me.
 * The dialog and the simulator's server side ask the same.
 */
export function callbacksToManage(
  callbacks: readonly ScheduledCallback[],
  agentId: string,
  customerNumber?: string,
): ScheduledCallback[] {
  const assignedToMe = (c: ScheduledCallback) =>
    c.assignment.to === 'myself' ? c.createdBy === agentId : c.assignment.to === 'agent' && c.assignment.agentId === agentId;
  const listed = customerNumber?.trim()
    ? (c: ScheduledCallback) => sameCustomerNumber(c.customerNumber, customerNumber) || (c.personal && assignedToMe(c))
    : assignedToMe;
  return callbacks.filter(listed).sort((a, b) => a.startAt.localeCompare(b.startAt));
}
