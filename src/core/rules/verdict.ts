import { t, type MessageKey, type MessageParams } from '../i18n.js';

/** A rule's answer: allowed, or refused with a reason an agent can read. */
export interface Verdict {
  allowed: boolean;
  reason?: string;
  /** The refusal's message key: which rule said no, for a platform that answers with a code (the simulator). */
  key?: MessageKey;
}

export const allow = (): Verdict => ({ allowed: true });
export const deny = (key: MessageKey, params?: MessageParams): Verdict => ({ allowed: false, reason: t(key, params), key });

/**
 * One check of `firstRefusal`: the reason's key when it refuses (`cond && 'rules.…'`), false or
 * undefined when it passes, a verdict, or a function giving the verdict of a check that may run
 * only once the ones before it pass.
 */
export type RefusalCheck = MessageKey | false | undefined | Verdict | (() => Verdict);

/**
 * The first refusal of several checks, in order, or allowed. A key or a verdict is evaluated
 * before the call, so it must be cheap and unable to throw (nothing read through a value an
 * earlier check rules out); such a check goes in a function.
 */
export function firstRefusal(...checks: RefusalCheck[]): Verdict {
  for (const check of checks) {
    const verdict = typeof check === 'function' ? check() : typeof check === 'string' ? deny(check) : check;
    if (verdict && !verdict.allowed) return verdict;
  }
  return allow();
}
