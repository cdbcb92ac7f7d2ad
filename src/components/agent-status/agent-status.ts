import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { registerDefaults, t } from '../../core/i18n.js';
import { agentStatusEn } from '../../core/messages/ui/agent-status.en.js';
import type { RequestName, RequestRecord } from '../../core/requests.js';
import { bnrSettingVisible } from '../../core/rules/bnr.js';
import { latestRequest, settledSince } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { Agent } from '../../core/types.js';
import { DeskElement } from '../shared/desk-element.js';
import { sameItems, StoreController } from '../shared/store-controller.js';
import { tokens } from '../shared/tokens.styles.js';
import { agentStatusStyles } from './agent-status.styles.js';

registerDefaults(agentStatusEn);

/** The state value of the select: `available`, or `idle:<code id>`. */
const AVAILABLE = 'available';

/**
 * @tagname agent-status
 * @summary The agent’s state (Available, or Idle with a reason) and sign-out.
 *
 * @fires {DeskRequestEvent<'setAgentState'>} desk-set-agent-state - The agent picked a state. Detail: `{ payload: { availability, idleCodeId? } }`.
 * @fires {DeskRequestEvent<'setBnrDefault'>} desk-set-bnr-default - BNR-1: the "Apply background noise reduction" user setting (desktop mode). Payload: `{ enabled }`.
 * @fires {DeskRequestEvent<'signOut'>} desk-sign-out - The agent asked to sign out (refused while a request is showing: AGENT-2).
 *
 * @csspart base - The bar holding everything.
 * @csspart indicator - The coloured state dot.
 * @csspart state-select - The state select.
 * @csspart bnr-setting - The background noise reduction setting (desktop mode only).
 * @csspart sign-out - The sign-out button.
 * @csspart error - Why the last request was refused.
 *
 * @cssprop --desk-color-surface - Background.
 * @cssprop --desk-color-text - Text colour.
 * @cssprop --desk-color-border - Border colour.
 * @cssprop --desk-color-success - The Available dot.
 * @cssprop --desk-color-danger - Error text.
 */
export class AgentStatus extends DeskElement {
  static override readonly defaultTag = 'agent-status';
  static override styles = [tokens, agentStatusStyles];

  private readonly view = new StoreController(this, (s: DeskState) => s.agent);
  private readonly requests = new StoreController(this, (s: DeskState) => NAMES.map((name) => latestRequest(s, name)), sameItems);
  /**
   * What the agent just chose, shown until the platform refuses it or the agent's state changes;
   * otherwise the controls show the store's state (live), so a refused or vetoed choice springs back.
   */
  private chosen: { [K in Choice]?: { value: string | boolean; before?: string; agent: Agent } } = {};

  override render() {
    const agent = this.view.value;
    if (!agent) return html`<div part="base">${t('ui.agent.noStore')}</div>`;
    const requests = this.requests.value ?? [];
    const desk = this.deskStore!.getState();
    const shown = <T,>(name: Choice, stored: T): T => {
      const chosen = this.chosen[name];
      if (!chosen || chosen.agent !== agent) return stored;
      return settledSince(desk, name, chosen.before)?.status === 'failed' ? stored : (chosen.value as T);
    };
    const value = shown('setAgentState', agent.availability === 'available' ? AVAILABLE : `idle:${agent.idleCodeId ?? ''}`);
    const bnr = shown('setBnrDefault', agent.settings.backgroundNoiseReduction);
    const error = newestFailure(requests);
    return html`<div part="base" role="group" aria-label=${t('ui.agent.group')}>
      <span part="indicator" class=${agent.availability} aria-hidden="true"></span>
      <select part="state-select" aria-label=${t('ui.agent.state')} .value=${live(value)} @change=${this.onChange}
          ?disabled=${!agent.signedIn}>
          <option value=${AVAILABLE} ?selected=${value === AVAILABLE}>${t('ui.agent.available')}</option>
          ${agent.idleCodes.map(
            (code) => html`<option value=${`idle:${code.id}`} ?selected=${value === `idle:${code.id}`}>
              ${t('ui.agent.idleWith', { reason: code.label })}
            </option>`,
          )}
          ${agent.idleCodes.length === 0
            ? html`<option value="idle:" ?selected=${value === 'idle:'}>${t('ui.agent.idle')}</option>`
            : nothing}
      </select>
      ${bnrSettingVisible(agent)
        ? html`<label part="bnr-setting"><input type="checkbox" .checked=${live(bnr)}
            @change=${(e: Event) => {
              const enabled = (e.target as HTMLInputElement).checked;
              this.choose('setBnrDefault', enabled, () => this.emitRequest('setBnrDefault', { enabled }));
            }} />
            ${t('ui.agent.bnrSetting')}</label>`
        : nothing}
      <button part="sign-out" @click=${this.onSignOut} ?disabled=${!agent.signedIn}>${t('ui.agent.signOut')}</button>
      ${error ? html`<p part="error" role="alert">${error.reason}</p>` : nothing}
    </div>`;
  }

  private onChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    this.choose('setAgentState', value, () =>
      value === AVAILABLE
        ? this.emitRequest('setAgentState', { availability: 'available' })
        : this.emitRequest('setAgentState', { availability: 'idle', idleCodeId: value.slice(5) || undefined }),
    );
  }

  /** Sends a choice and remembers it; a host's veto shows the store's state again at once. */
  private choose(name: Choice, value: string | boolean, emit: () => boolean) {
    const desk = this.deskStore?.getState();
    if (!desk) return;
    const before = latestRequest(desk, name)?.id;
    this.chosen = { ...this.chosen, [name]: emit() ? { value, before, agent: desk.agent } : undefined };
    this.requestUpdate();
  }

  private onSignOut() {
    this.emitRequest('signOut', {});
  }
}

type Choice = 'setAgentState' | 'setBnrDefault';

/** The agent's own requests, whose outcome this element shows. */
const NAMES: readonly RequestName[] = ['setAgentState', 'signOut', 'setBnrDefault'];

/** The newest agent request, when it failed: its reason shows until the next one. */
function newestFailure(requests: readonly (RequestRecord | undefined)[]): RequestRecord | undefined {
  const candidates = requests.filter((r): r is RequestRecord => !!r);
  const newest = candidates.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1))[0];
  return newest?.status === 'failed' ? newest : undefined;
}
