import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { t } from '../../core/i18n.js';
import type { RequestPayloads, RequestRecord } from '../../core/requests.js';
import { canOutdial, outdialNumberError } from '../../core/rules/agent.js';
import type { Verdict } from '../../core/rules/verdict.js';
import { requestById } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { OutdialAni } from '../../core/types.js';
import { sameItems, StoreController, type StoreHost } from '../shared/store-controller.js';

interface OutdialHost extends StoreHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/**
 * AGENT-5: the outdial entry's state, kept apart from agent-status's own: what is typed, the ANI
 * picked, and the outdial this entry sent, whose refusal it shows until the next one. It follows
 * the store through its own StoreController (the tenant and the newest outdial).
 */
export class OutdialEntryController {
  private open = false;
  private number = '';
  private aniId = '';
  private touched = false;
  /** The id of the outdial this entry sent (minted where it was emitted); undefined while nothing was sent. */
  private sentId?: string;
  private readonly slice: StoreController<readonly [DeskState['tenant'], RequestRecord | undefined]>;

  constructor(
    private readonly host: OutdialHost,
    /** Fires `desk-outdial`; its request id, or undefined when the host vetoed it. */
    private readonly emit: (payload: RequestPayloads['outdial']) => string | undefined,
  ) {
    this.slice = new StoreController(host, (s: DeskState) => [s.tenant, requestById(s, this.sentId)] as const, sameItems);
  }

  render(signedIn: boolean): TemplateResult {
    const [tenant, mine] = this.slice.value ?? [undefined, undefined];
    const anis = tenant?.outdialAnis ?? [];
    if (mine?.status === 'done') this.reset();
    return outdialEntry({
      open: this.open,
      unavailable: !signedIn,
      number: this.number,
      aniId: this.aniId || anis[0]?.id || '',
      anis,
      numberError: this.touched ? outdialNumberError(this.number) : undefined,
      limit: tenant ? canOutdial(tenant) : { allowed: true },
      outcome: mine?.status === 'done' ? undefined : mine,
      toggle: () => (this.open ? this.close() : this.show()),
      type: (value) => this.update(() => (this.number = value)),
      // A field left empty is not yet wrong; one left with something typed says what is.
      leave: () => !this.touched && this.number !== '' && this.update(() => (this.touched = true)),
      chooseAni: (id) => this.update(() => (this.aniId = id)),
      call: () => this.call(anis, tenant ? canOutdial(tenant) : { allowed: true }, mine?.status === 'pending'),
      close: () => this.close(),
    });
  }

  private update(change: () => void) {
    change();
    this.host.requestUpdate();
  }

  private show() {
    this.update(() => (this.open = true));
    this.focusAfterUpdate('#outdial-number');
  }

  private close() {
    this.update(() => (this.open = false));
    this.focusAfterUpdate('[part=outdial-toggle]');
  }

  /** A placed call closes the entry: the popover takes over from here. */
  private reset() {
    this.open = false;
    this.number = '';
    this.touched = false;
    this.sentId = undefined;
  }

  private call(anis: readonly OutdialAni[], limit: Verdict, pending: boolean) {
    if (pending || !limit.allowed) return;
    this.update(() => (this.touched = true));
    if (outdialNumberError(this.number)) {
      this.focusAfterUpdate('#outdial-number');
      return;
    }
    const aniId = anis.length ? this.aniId || anis[0].id : undefined;
    const sent = this.emit(aniId ? { number: this.number.trim(), aniId } : { number: this.number.trim() });
    if (sent) this.sentId = sent;
    this.host.requestUpdate();
  }

  private focusAfterUpdate(selector: string) {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}

/** What the outdial entry shows, and what the agent can do in it; agent-status keeps the state. */
export interface OutdialView {
  open: boolean;
  /** The agent cannot dial at all (signed out). */
  unavailable: boolean;
  number: string;
  aniId: string;
  anis: readonly OutdialAni[];
  /** Why the number typed is refused, once the field was left or Call pressed (AGENT-5). */
  numberError?: string;
  /** AGENT-4: the platform says the contact center is at its limit. */
  limit: Verdict;
  /** The outdial this entry sent: pending, or failed with its reason. */
  outcome?: RequestRecord;
  toggle(): void;
  type(value: string): void;
  leave(): void;
  chooseAni(id: string): void;
  call(): void;
  close(): void;
}

/**
 * AGENT-4, AGENT-5: the outdial entry: a number field whose rule is explained beside it, the
 * outdial ANI where the tenant has several, and Call; a refusal shows with its reason code.
 */
export function outdialEntry(view: OutdialView): TemplateResult {
  const pending = view.outcome?.status === 'pending';
  const refused = view.outcome?.status === 'failed' ? view.outcome.reason : undefined;
  const described = view.numberError ? 'outdial-number-error' : 'outdial-number-hint';
  return html`<button part="outdial-toggle" aria-expanded=${view.open ? 'true' : 'false'} aria-controls="outdial"
      ?disabled=${view.unavailable} @click=${view.toggle}>${t('ui.agent.outdial')}</button>
    ${view.open
      ? html`<form id="outdial" part="outdial" novalidate aria-label=${t('ui.agent.outdialForm')}
          @submit=${(e: Event) => {
            e.preventDefault();
            view.call();
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            view.close();
          }}>
          <div part="outdial-field">
            <label for="outdial-number">${t('ui.agent.outdialNumber')}</label>
            <input id="outdial-number" part="outdial-number" type="tel" inputmode="tel" autocomplete="off"
              .value=${live(view.number)} aria-invalid=${view.numberError ? 'true' : 'false'} aria-describedby=${described}
              @input=${(e: Event) => view.type((e.target as HTMLInputElement).value)} @blur=${view.leave} />
            ${view.numberError
              ? html`<p part="outdial-field-error" id="outdial-number-error">${view.numberError}</p>`
              : html`<p part="outdial-hint" id="outdial-number-hint">${t('ui.agent.outdialHint')}</p>`}
          </div>
          ${view.anis.length > 1
            ? html`<div part="outdial-field">
                <label for="outdial-ani">${t('ui.agent.outdialAni')}</label>
                <select id="outdial-ani" part="outdial-ani" .value=${live(view.aniId)}
                  @change=${(e: Event) => view.chooseAni((e.target as HTMLSelectElement).value)}>
                  ${view.anis.map((a) => html`<option value=${a.id} ?selected=${a.id === view.aniId}>${a.name} · ${a.number}</option>`)}
                </select>
              </div>`
            : nothing}
          ${view.limit.allowed ? nothing : html`<p part="outdial-limit" id="outdial-limit">${view.limit.reason}</p>`}
          ${refused ? html`<p part="error" role="alert">${refused}</p>` : nothing}
          <button part="outdial-call" aria-busy=${pending ? 'true' : 'false'}
            aria-disabled=${pending || !view.limit.allowed ? 'true' : 'false'}
            aria-describedby=${view.limit.allowed ? nothing : 'outdial-limit'}>${pending ? t('ui.agent.outdialCalling') : t('ui.agent.outdialCall')}</button>
        </form>`
      : nothing}`;
}
