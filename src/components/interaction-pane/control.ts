import { html, nothing, type TemplateResult } from 'lit';
import type { Verdict } from '../../core/rules/verdict.js';

/**
 * A control the rules decide. Refused, it stays focusable (aria-disabled) and carries the rule's
 * reason as its description, so a keyboard or screen-reader user learns why, not only that.
 */
export function control(part: string, label: string, verdict: Verdict, run: () => void, pressed?: boolean): TemplateResult {
  const id = `why-${part.split(' ')[0]}`;
  const refused = !verdict.allowed;
  return html`<button part="control ${part}" aria-disabled=${refused ? 'true' : 'false'}
      aria-pressed=${pressed === undefined ? nothing : String(pressed)}
      aria-describedby=${refused ? id : nothing} title=${refused ? verdict.reason ?? '' : nothing}
      @click=${() => !refused && run()}>${label}</button>${refused ? html`<span id=${id} class="visually-hidden">${verdict.reason}</span>` : nothing}`;
}
