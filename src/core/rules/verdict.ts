import { t, type MessageKey, type MessageParams } from '../i18n.js';

/** A rule's answer: allowed, or refused with a reason an agent can read. */
export interface Verdict {
  allowed: boolean;
  reason?: string;
}

export const allow = (): Verdict => ({ allowed: true });
export const deny = (key: MessageKey, params?: MessageParams): Verdict => ({ allowed: false, reason: t(key, params) });

/** The first refusal of several checks, or allowed. */
export function firstRefusal(...verdicts: (() => Verdict)[]): Verdict {
  for (const check of verdicts) {
    const verdict = check();
    if (!verdict.allowed) return verdict;
  }
  return allow();
}
