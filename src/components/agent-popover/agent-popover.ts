import { html, nothing } from 'lit';
import { registerDefaults, t } from '../../core/i18n.js';
import { agentPopoverEn } from '../../core/messages/ui/agent-popover.en.js';
import { acceptAllLabel, acceptAllTargets, popoverPage, requestLabel, popoverRequests, ronaChoices } from '../../core/rules/popover.js';
import { settledRequest } from '../../core/selectors.js';
import { noticesElsewhere } from '../../core/rules/notices.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction, RonaNotice } from '../../core/types.js';
import { DeskElement } from '../shared/desk-element.js';
import { icon } from '../shared/icons.js';
import { sameItems, StoreController, TickController } from '../shared/store-controller.js';
import { tokens, visuallyHidden } from '../shared/tokens.styles.js';
import { agentPopoverStyles } from './agent-popover.styles.js';
import { connectingCard, requestCard } from './request-card.js';

registerDefaults(agentPopoverEn);

/**
 * Also tells, politely, every store notice the interaction pane is not showing (a callback gone
 * back to the queue: POP-12), each with a button to dismiss it.
 *
 * @tagname agent-popover
 * @summary Connecting and contact-request popovers, stacked five at a time, with Accept N requests and the RONA popover.
 *
 * @fires {DeskRequestEvent<'accept'>} desk-accept - Accept or Answer on one request. Detail payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'acceptAll'>} desk-accept-all - "Accept N requests": every offered digital request. Payload: `{ interactionIds }`.
 * @fires {DeskRequestEvent<'decline'>} desk-decline - Decline a call (desktop mode). Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'cancelCallback'>} desk-cancel-callback - Cancel a web callback where the tenant allows it. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'setAgentState'>} desk-set-agent-state - From the RONA popover: Available or Idle. Payload: `{ availability, idleCodeId? }`.
 *
 * @csspart base - Everything the element shows.
 * @csspart header - The row with the page range and "Accept N requests".
 * @csspart range - "1-5 of N".
 * @csspart page-previous - The previous-page button.
 * @csspart page-next - The next-page button.
 * @csspart accept-all - "Accept N requests".
 * @csspart stack - The list of popovers.
 * @csspart card - One popover (also `request-card`, `connecting-card` or `rona-card`).
 * @csspart card-header - Icon, label, status and timer.
 * @csspart label - The request's label (Incoming call, Callback, Chat...).
 * @csspart status - Ringing, or Connecting.
 * @csspart timer - Time since the offer.
 * @csspart customer - The customer's name.
 * @csspart number - The customer's number (masked when the tenant protects it).
 * @csspart details - A callback's dialed number and queue.
 * @csspart variables - The configured call variables.
 * @csspart actions - The buttons of a popover.
 * @csspart button - Any button (also `accept-button`, `decline-button`, `cancel-button`).
 * @csspart phone-hint - "Answer on your phone" in phone mode.
 * @csspart error - Why the last request of a popover failed.
 * @csspart links - The links configured for the request's channel (POP-13).
 * @csspart link - One of them; opens in a new tab.
 * @csspart notices - The notices (always present, a polite live region).
 * @csspart notice - One notice.
 * @csspart dismiss - The button that dismisses a notice.
 * @csspart icon - Any icon.
 * @csspart pager - The previous and next page buttons with the range.
 * @csspart request-card - A contact request popover (with `card`).
 * @csspart connecting-card - The connecting popover, while a request is being assigned (with `card`).
 * @csspart rona-card - The RONA popover (with `card`).
 * @csspart accept-button - Accept or Answer (with `button`).
 * @csspart decline-button - Decline (with `button`).
 * @csspart cancel-button - Cancel a web callback (with `button`).
 * @csspart rona-available - The RONA popover's Available choice (with `button`).
 * @csspart rona-idle - The RONA popover's Idle choice (with `button`).
 *
 * @cssprop --desk-popover-width - Width of the stack (22rem).
 * @cssprop --desk-color-surface - Popover background.
 * @cssprop --desk-color-accent - Accept and Answer buttons.
 * @cssprop --desk-color-danger - Decline, Cancel and errors.
 * @cssprop --desk-shadow - A popover's shadow.
 */
export class AgentPopover extends DeskElement {
  static override readonly defaultTag = 'agent-popover';
  static override styles = [tokens, visuallyHidden, agentPopoverStyles];
  static override properties = {
    page: { state: true },
    announcement: { state: true },
    ronaFailure: { state: true },
  };

  /** Zero-based page of the stack (POP-2). */
  private page = 0;
  /** Polite announcement of the newest request; never takes focus from the agent. */
  private announcement = '';

  private readonly slice = new StoreController(
    this,
    // The ringing requests, not every interaction: an event about another call does not re-render the stack.
    (s: DeskState) => [popoverRequests(s), s.agent, s.tenant, s.requests, s.rona, s.notices, s.selectedInteractionId] as const,
    (a, b) => sameItems(a[0], b[0]) && sameItems(a.slice(1), b.slice(1)),
  );
  private readonly clock = new TickController(this);
  private announced = new Set<string>();
  /** The request the announcement is about: once it has left, the announcement goes too. */
  private announcedId?: string;
  /** POP-11: Available asked from this RONA popover, and that request's id. */
  private ronaAnswer?: { rona: RonaNotice; requestId: string };
  /** Why going Available from this RONA popover was refused. */
  private ronaFailure?: { rona: RonaNotice; reason: string };

  private get desk(): DeskState | undefined {
    return this.deskStore?.getState();
  }

  override willUpdate(): void {
    const desk = this.desk;
    if (!desk) return;
    this.settleRonaAnswer(desk);
    const requests = popoverRequests(desk);
    const fresh = requests.filter((i) => i.phase === 'offered' && !this.announced.has(i.id));
    this.announced = new Set(requests.filter((i) => i.phase === 'offered').map((i) => i.id));
    const newest = fresh.at(-1);
    if (newest) {
      this.announcedId = newest.id;
      this.announcement = t('ui.popover.announce', {
        label: requestLabel(newest).label,
        customer: newest.customer.name || newest.customer.number,
      });
    } else if (this.announcedId && !this.announced.has(this.announcedId)) {
      // Answered, declined or gone: "New request…" no longer says anything true.
      this.announcedId = undefined;
      this.announcement = '';
    }
  }

  override render() {
    const desk = this.slice.value && this.desk;
    if (!desk) return nothing;
    const requests = popoverRequests(desk);
    const page = popoverPage(requests, this.page);
    const digital = acceptAllTargets(desk);
    const acceptAll = acceptAllLabel(digital.length);
    const now = this.clock.now();
    const handlers = {
      accept: (i: Interaction) => this.emitRequest('accept', { interactionId: i.id }),
      decline: (i: Interaction) => this.emitRequest('decline', { interactionId: i.id }),
      cancel: (i: Interaction) => this.emitRequest('cancelCallback', { interactionId: i.id }),
    };
    return html`<section part="base" aria-label=${t('ui.popover.region')}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div part="notices" aria-live="polite">
        ${noticesElsewhere(desk).map(
          (n) => html`<p part="notice">${n.message}
            <button part="button dismiss" aria-label=${t('ui.popover.dismiss')} @click=${() => this.deskStore?.dismissNotice(n.id)}>×</button></p>`,
        )}
      </div>
      ${desk.rona ? this.renderRona(desk) : nothing}
      ${requests.length && (page.label || acceptAll)
        ? html`<div part="header" @keydown=${this.onHeaderKey}>
            ${page.label
              ? html`<div part="pager">
                  <button part="page-previous" aria-label=${t('ui.popover.previous')} ?disabled=${!page.hasPrevious}
                    @click=${() => (this.page = page.page - 1)}>${icon('previous')}</button>
                  <span part="range" aria-live="polite">${page.label}</span>
                  <button part="page-next" aria-label=${t('ui.popover.next')} ?disabled=${!page.hasNext}
                    @click=${() => (this.page = page.page + 1)}>${icon('next')}</button>
                </div>`
              : nothing}
            ${acceptAll
              ? html`<button part="button accept-all"
                  @click=${() => this.emitRequest('acceptAll', { interactionIds: digital.map((i) => i.id) })}>${acceptAll}</button>`
              : nothing}
          </div>`
        : nothing}
      ${requests.length
        ? html`<ol part="stack">
            ${page.items.map((i) => (i.phase === 'connecting' ? connectingCard(i) : requestCard(desk, i, now, handlers)))}
          </ol>`
        : nothing}
    </section>`;
  }

  /** POP-11: the request went back to the queue; Available again, or stay Idle. */
  private renderRona(desk: DeskState) {
    const rona = desk.rona!;
    // While Available is being asked for, neither choice can be made again (the focus stays put).
    const asking = this.ronaAnswer?.rona === rona;
    return html`<div part="card rona-card" role="alertdialog" aria-labelledby="rona-title" aria-describedby="rona-body">
      <div part="card-header"><span part="label" id="rona-title">${t('ui.popover.ronaTitle')}</span></div>
      <p part="customer" id="rona-body">${t('ui.popover.ronaBody', { customer: rona.customerLabel })}</p>
      <div part="actions">
        ${ronaChoices(desk).map(
          (choice) => html`<button part="button rona-${choice}" aria-disabled=${asking ? 'true' : 'false'} @click=${() => this.answerRona(choice)}>
            ${t(choice === 'available' ? 'ui.popover.ronaAvailable' : 'ui.popover.ronaIdle')}</button>`,
        )}
      </div>
      ${this.ronaFailure?.rona === rona ? html`<p part="error" role="alert">${this.ronaFailure.reason}</p>` : nothing}
    </div>`;
  }

  private answerRona(choice: 'available' | 'idle') {
    const desk = this.desk;
    if (!desk?.rona || this.ronaAnswer?.rona === desk.rona) return;
    // Staying Idle keeps the RONA reason the platform set; going Available asks for the change, and
    // the popover stays until it is made: a refusal is shown on it and the agent can answer again.
    if (choice === 'available') {
      const requestId = this.emitRequest('setAgentState', { availability: 'available' });
      if (!requestId) return;
      this.ronaAnswer = { rona: desk.rona, requestId };
      this.ronaFailure = undefined;
      return;
    }
    this.deskStore?.dismissRona();
  }

  /** Once the platform answers Available from the RONA popover: done closes the popover, refused says why. */
  private settleRonaAnswer(desk: DeskState) {
    const answer = this.ronaAnswer;
    const latest = answer && settledRequest(desk, answer.requestId);
    if (!answer || !latest) return;
    this.ronaAnswer = undefined;
    if (latest.status === 'failed') this.ronaFailure = { rona: answer.rona, reason: latest.reason ?? '' };
    else if (desk.rona === answer.rona) this.deskStore?.dismissRona();
  }

  /** POP-2: arrow keys page the stack from the header too. */
  private onHeaderKey(event: KeyboardEvent) {
    const forward = event.key === 'ArrowRight' || event.key === 'PageDown';
    const back = event.key === 'ArrowLeft' || event.key === 'PageUp';
    if (!forward && !back) return;
    const desk = this.desk;
    if (!desk) return;
    const page = popoverPage(popoverRequests(desk), this.page + (forward ? 1 : -1));
    this.page = page.page;
    event.preventDefault();
  }
}
