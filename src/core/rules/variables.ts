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
