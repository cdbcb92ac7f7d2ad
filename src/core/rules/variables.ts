import type { VariableChange } from '../requests.js';
import type { Variable } from '../types.js';
import { t } from '../i18n.js';
import { allow, deny, type Verdict } from './verdict.js';

/** CAD-3: at most 256 characters, counted as a person counts them (code points). */
export const VARIABLE_MAX_LENGTH = 256;
export const SECURE_MASK = '••••••';

export const characterCount = (value: string): number => [...value].length;

/** CAD-1: editable variables get a field; the rest are read-only. Secure ones are never edited in the page. */
export const isEditable = (v: Variable): boolean => v.editable && !v.secure;

/** CAD-6: ISO 8601 date-time, e.g. 2026-11-24T15:00:00Z or 2026-11-24T15:00+01:00. */
export function isIso8601(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  return (
    date.getUTCFullYear() === +y && date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d && +h < 24 && +mi < 60 && +s < 60
  );
}

/**
 * CAD-6: an ISO 8601 value as an agent edits it: a date, or a date-time with its wall-clock part
 * and its zone exactly as written ('Z', '+05:30', '+0530', or '' for a time without a zone).
 * Editing changes the wall-clock part only, so a value keeps its kind and its zone.
 */
export interface IsoValue {
  kind: 'date' | 'date-time';
  /** What a date or datetime-local field shows: `2026-11-25` or `2026-11-25T10:30:00`. */
  local: string;
  zone: string;
}

export function isoValue(value: string): IsoValue | undefined {
  if (!isIso8601(value)) return undefined;
  if (!value.includes('T')) return { kind: 'date', local: value, zone: '' };
  const zone = /(Z|[+-]\d{2}:?\d{2})$/.exec(value)?.[0] ?? '';
  const local = value.slice(0, value.length - zone.length);
  // A field shows at most milliseconds; finer fractions are shown cut to them.
  return { kind: 'date-time', local: local.replace(/(\.\d{3})\d+$/, '$1'), zone };
}

/** The offset of this device's clock at a local date-time, as ISO writes it ('Z' at UTC). */
export function localOffset(local: string): string {
  const minutes = -new Date(local).getTimezoneOffset();
  if (!Number.isFinite(minutes) || minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * CAD-6: the value to save once the field shows `local`: the same kind and zone as `saved`. A
 * variable with no value yet takes the agent's own offset, so a new time is never without a zone.
 */
export function isoFromField(saved: string, local: string): string {
  if (local === '') return '';
  const was = isoValue(saved);
  if (was?.kind === 'date' || !local.includes('T')) return local;
  // A field drops ":00" seconds; a value written with seconds keeps them.
  const precise = was && was.local.length > 16 && local.length === 16 ? `${local}:00` : local;
  return precise + (was ? was.zone : localOffset(local));
}

/** CAD-6: how a value's zone reads next to its field: "UTC", "UTC+05:30", none written, or the agent's own for a new value. */
export function zoneLabel(value: string): string {
  if (value === '') return t('rules.variable.yourZone');
  const parsed = isoValue(value);
  if (!parsed || parsed.kind === 'date') return '';
  if (!parsed.zone) return t('rules.variable.noZone');
  if (parsed.zone === 'Z') return 'UTC';
  const zone = parsed.zone.length === 5 ? `${parsed.zone.slice(0, 3)}:${parsed.zone.slice(3)}` : parsed.zone;
  return zone === '+00:00' || zone === '-00:00' ? 'UTC' : `UTC${zone}`;
}

/** CAD-3, CAD-6: whether a value can be saved, and why not. Too long is refused, never cut. */
export function validateVariableValue(v: Variable, value: string): Verdict {
  if (!isEditable(v)) return deny('rules.variable.readOnly', { label: v.label });
  const length = characterCount(value);
  if (length > VARIABLE_MAX_LENGTH) {
    return deny('rules.variable.tooLong', { label: v.label, max: VARIABLE_MAX_LENGTH, length });
  }
  if (value === '') return allow();
  if (v.type === 'datetime' && !isIso8601(value)) return deny('rules.variable.notIso', { label: v.label });
  if (v.type === 'number' && !Number.isFinite(Number(value))) return deny('rules.variable.notNumber', { label: v.label });
  if (v.type === 'boolean' && value !== 'true' && value !== 'false') return deny('rules.variable.notBoolean', { label: v.label });
  return allow();
}

/**
 * CAD-4, CAD-5: the agent's unsaved changes once `value` is typed into `v`, what Save sends. A value
 * back at the saved one is no change; a change keeps the version its first edit was based on, so a
 * colleague's save in between makes this save a conflict (CAD-5) rather than overwrite theirs.
 */
export function editVariable(
  changes: ReadonlyMap<string, VariableChange>,
  v: Variable,
  value: string,
): Map<string, VariableChange> {
  const next = new Map(changes);
  if (value === v.value) next.delete(v.name);
  else next.set(v.name, { name: v.name, value, baseVersion: changes.get(v.name)?.baseVersion ?? v.version });
  return next;
}

/** CAD-4: Save needs at least one valid change. */
export function canSaveVariables(variables: readonly Variable[], changes: readonly VariableChange[]): Verdict {
  if (changes.length === 0) return deny('rules.variable.noChanges');
  for (const change of changes) {
    const v = variables.find((candidate) => candidate.name === change.name);
    if (!v) return deny('rules.variable.unknown', { name: change.name });
    const verdict = validateVariableValue(v, change.value);
    if (!verdict.allowed) return verdict;
  }
  return allow();
}

/** CAD-2: what a secure variable shows in place of its value. */
export const maskedValue = (v: Variable): string => (v.secure ? SECURE_MASK : v.value);

/** CAD-5: the message the later saver reads. */
export const conflictMessage = (label: string, value: string): string =>
  value ? t('rules.variable.conflict', { label, value }) : t('rules.variable.conflictSecure', { label });
