import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { registerDefaults, t } from '../../core/i18n.js';
import { agentStatusEn } from '../../core/messages/ui/agent-status.en.js';
import { bnrSettingVisible } from '../../core/rules/bnr.js';
import { requestById, settledRequest } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { Agent } from '../../core/types.js';
import { DeskElement } from '../shared/desk-element.js';
import { StoreController } from '../shared/store-controller.js';
import { tokens } from '../shared/tokens.styles.js';
import { agentStatusStyles } from './agent-status.styles.js';
import { OutdialEntryController } from './outdial-entry.js';

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
 * @fires {DeskRequestEvent<'outdial'>} desk-outdial - AGENT-5: the agent places an outdial call. Payload: `{ number, aniId? }` (`aniId` where the tenant has outdial ANIs).
 *
 * @csspart base - The bar holding everything.
 * @csspart indicator - The coloured state dot.
 * @csspart state-select - The state select.
 * @csspart bnr-setting - The background noise reduction setting (desktop mode only).
 * @csspart sign-out - The sign-out button.
 * @csspart error - Why the last request was refused.
 * @csspart outdial-toggle - Opens and closes the outdial entry.
 * @csspart outdial - The outdial entry: number, outdial ANI, Call.
 * @csspart outdial-field - One field of the outdial entry with its label.
 * @csspart outdial-number - The number to call.
 * @csspart outdial-hint - What a number may hold (AGENT-5).
 * @csspart outdial-field-error - Why the number is refused.
 * @csspart outdial-ani - The outdial ANI picker, where the tenant has several.
 * @csspart outdial-limit - AGENT-4: the contact center is at its concurrent-call limit, with the reason code.
 * @csspart outdial-call - The Call button.
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
  /** The newest request this element sent, by id: only its outcome shows here. */
  private lastRequestId?: string;
  /**
   * What the agent just chose, shown until the platform refuses it or the agent's state changes;
   * otherwise the controls show the store's state (live), so a refused or vetoed choice springs back.
   */
  private chosen: { [K in Choice]?: { value: string | boolean; requestId: string; agent: Agent } } = {};
  private readonly outdial = new OutdialEntryController(this, (payload) => this.emitRequest('outdial', payload));

  constructor() {
    super();
    // Re-renders when that request's record changes.
    new StoreController(this, (s: DeskState) => requestById(s, this.lastRequestId));
  }

  override render() {
    const agent = this.view.value;
    if (!agent) return html`<div part="base">${t('ui.agent.noStore')}</div>`;
    const desk = this.deskStore!.getState();
    const shown = <T,>(name: Choice, stored: T): T => {
      const chosen = this.chosen[name];
      if (!chosen || chosen.agent !== agent) return stored;
      return settledRequest(desk, chosen.requestId)?.status === 'failed' ? stored : (chosen.value as T);
    };
    const value = shown('setAgentState', agent.availability === 'available' ? AVAILABLE : `idle:${agent.idleCodeId ?? ''}`);
    const unlisted = value.startsWith('idle:') && !agent.idleCodes.some((code) => value === `idle:${code.id}`);
    const bnr = shown('setBnrDefault', agent.settings.backgroundNoiseReduction);
    // The newest request this element sent, when it failed: its reason shows until the next one.
    const last = requestById(desk, this.lastRequestId);
    const error = last?.status === 'failed' ? last : undefined;
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
          ${unlisted || !agent.idleCodes.length
            ? html`<option value=${unlisted ? value : 'idle:'} ?selected=${unlisted} ?disabled=${agent.idleCodes.length > 0}>
                ${idleLabel(unlisted ? value.slice(5) : '', desk.tenant.ronaIdleCodeId)}</option>`
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
      ${this.outdial.render(agent.signedIn)}
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
  private choose(name: Choice, value: string | boolean, emit: () => string | undefined) {
    const desk = this.deskStore?.getState();
    if (!desk) return;
    const requestId = this.remember(emit());
    this.chosen = { ...this.chosen, [name]: requestId ? { value, requestId, agent: desk.agent } : undefined };
    this.requestUpdate();
  }

  private onSignOut() {
    this.remember(this.emitRequest('signOut', {}));
    this.requestUpdate();
  }

  /** Remembers the request this element sent, by id; a vetoed one leaves the last outcome showing. */
  private remember(requestId: string | undefined): string | undefined {
    if (requestId) this.lastRequestId = requestId;
    return requestId;
  }
}

type Choice = 'setAgentState' | 'setBnrDefault';

/**
 * AGENT-1: an Idle the tenant's list does not name (no code, or RONA's) still reads as Idle,
 * never as the first option; with a list to choose from it is shown, not offered.
 */
const idleLabel = (code: string, ronaCode: string) => (code && code === ronaCode ? t('ui.agent.idleRona') : t('ui.agent.idle'));

