import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { getLocale, registerDefaults, t } from '../../core/i18n.js';
import { taskListEn } from '../../core/messages/ui/task-list.en.js';
import { canDeclineVoice } from '../../core/rules/agent.js';
import { canScheduleCallback, taskListItems, type TaskListItem } from '../../core/rules/task-list.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction } from '../../core/types.js';
import { DeskOpenCallbacksEvent, DeskSelectEvent } from '../../events/ui-events.js';
import { DeskElement } from '../shared/desk-element.js';
import { icon } from '../shared/icons.js';
import { sameItems, StoreController, TickController } from '../shared/store-controller.js';
import { tokens, visuallyHidden } from '../shared/tokens.styles.js';
import { taskCard } from './task-card.js';
import { taskListStyles } from './task-list.styles.js';

registerDefaults(taskListEn);

/** Cards per block of the list (see render). */
const BLOCK = 32;
/**
 * Blocks rendered at once, whatever is in view: more than any screen shows. Further blocks stand
 * as placeholders until they come near the viewport (or the keyboard goes there), so a desk with
 * a thousand interactions costs the first render what it shows, not what it holds.
 */
const EAGER_BLOCKS = 2;

interface Block {
  key: number;
  items: TaskListItem[];
}

/**
 * @tagname task-list
 * @summary Every incoming and active interaction of every channel, with its state and time; select one for the interaction pane.
 *
 * @slot empty - The host's own content when the list is empty, in place of "No interactions yet.".
 *
 * @fires {DeskSelectEvent} desk-select - A card was selected (cancelable). Detail: `{ interactionId }`.
 * @fires {DeskOpenCallbacksEvent} desk-open-callbacks - "+": schedule a callback without an active call. Detail: `{}`.
 * @fires {DeskRequestEvent<'accept'>} desk-accept - Accept or Answer from a ringing card. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'decline'>} desk-decline - Decline a ringing call. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'cancelCallback'>} desk-cancel-callback - Cancel a web callback. Payload: `{ interactionId }`.
 *
 * @csspart base - Everything the element shows.
 * @csspart header - Title and the "+" button.
 * @csspart schedule - The "+" button.
 * @csspart list - The list of cards.
 * @csspart card - One interaction (also `card-selected` when selected).
 * @csspart card-select - The part of a card that selects it.
 * @csspart channel - The channel icon.
 * @csspart customer - Customer name or number.
 * @csspart status - Ringing, Connected, On hold, Consulting, Conference, Post call or Wrap-up.
 * @csspart timer - Time since offered, or since accepted.
 * @csspart reason - A callback's reason.
 * @csspart actions - Accept, Decline or Cancel on a ringing card.
 * @csspart button - Any of those buttons (also `accept-button`, `decline-button`, `cancel-button`).
 * @csspart error - Why the card's last request failed.
 * @csspart empty - The message when there is nothing.
 * @csspart icon - Any icon.
 * @csspart card-selected - The selected card (with `card`).
 * @csspart accept-button - Accept or Answer (with `button`).
 * @csspart decline-button - Decline (with `button`).
 * @csspart cancel-button - Cancel a web callback (with `button`).
 *
 * @cssprop --desk-task-list-width - Width (100%).
 * @cssprop --desk-color-accent - Selection and Accept.
 */
export class TaskList extends DeskElement {
  static override readonly defaultTag = 'task-list';
  static override styles = [tokens, visuallyHidden, taskListStyles];
  static override properties = {
    activeId: { state: true },
  };

  /** The card that holds the tab stop (roving tabindex). */
  private activeId?: string;

  private readonly slice = new StoreController(
    this,
    (s: DeskState) => [s.interactions, s.agent, s.tenant, s.requests, s.selectedInteractionId] as const,
    sameItems,
  );
  private readonly clock = new TickController(this);
  /** Where each listed interaction's card sits: slot / BLOCK is its block. */
  private readonly slots = new Map<string, number>();
  private nextSlot = 0;
  /** Blocks past the eager ones that have come into view: once rendered, they stay. */
  private readonly opened = new Set<number>();
  /** The ids listed in the last render: who is new in this one. */
  private known = new Set<string>();
  /** The listed ids in order, as last rendered: where the arrow keys go. */
  private order: string[] = [];
  private observer?: IntersectionObserver;
  /** The blocks standing as placeholders, as last rendered, and whether the observer must follow. */
  private placeholderKeys = '';
  private placeholdersChanged = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // A placeholder near the viewport (one screen ahead either way) becomes its cards.
    this.observer = new IntersectionObserver((entries) => {
      this.sizePlaceholders();
      const near = entries.filter((e) => e.isIntersecting).map((e) => Number((e.target as HTMLElement).dataset.block));
      if (near.length) this.open(...near);
    }, { rootMargin: '100% 0px' });
    if (this.hasUpdated) this.observePlaceholders();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  override updated(): void {
    // Only when the placeholders changed: querying a list of hundreds of cards on every event would
    // make each event's cost grow with the desk.
    if (this.placeholdersChanged) this.observePlaceholders();
    this.placeholdersChanged = false;
  }

  private observePlaceholders() {
    if (!this.observer) return;
    this.observer.disconnect();
    for (const placeholder of this.renderRoot.querySelectorAll<HTMLElement>('li[data-block]')) this.observer.observe(placeholder);
  }

  /**
   * A placeholder is as tall as its cards will be, from the cards already shown (read here, where
   * the observer runs after layout, so it forces none), so scrolling does not jump.
   */
  private sizePlaceholders() {
    const list = this.renderRoot.querySelector<HTMLElement>('[part=list]');
    const cards = list ? [...list.querySelectorAll<HTMLElement>(':scope > li[data-interaction-id]')] : [];
    if (!list || !cards.length) return;
    const average = cards.reduce((sum, card) => sum + card.getBoundingClientRect().height, 0) / cards.length;
    const current = parseFloat(list.style.getPropertyValue('--card-size')) || 0;
    if (average > 0 && Math.abs(average - current) > 1) list.style.setProperty('--card-size', `${average.toFixed(1)}px`);
  }

  private open(...blocks: number[]) {
    const before = this.opened.size;
    for (const block of blocks) this.opened.add(block);
    if (this.opened.size !== before) this.requestUpdate();
  }

  override render() {
    const desk = this.slice.value && this.deskStore?.getState();
    if (!desk) return nothing;
    const items = taskListItems(desk);
    const ids = items.map((item) => item.interaction.id);
    const active = this.activeId && ids.includes(this.activeId) ? this.activeId : desk.selectedInteractionId && ids.includes(desk.selectedInteractionId) ? desk.selectedInteractionId : ids[0];
    const schedule = canScheduleCallback(desk);
    const now = this.clock.now();
    const locale = getLocale();
    // All a card reads of the agent (requestActions): an availability change re-renders no card.
    const declines = canDeclineVoice(desk.agent);
    const blocks = this.blocks(items);
    const listed = new Set(blocks.map((block) => block.key));
    // The card with the tab stop and the selected one are always there, and stay once they were.
    // So are interactions that arrive after the list first had cards: the agent sees them at once,
    // wherever they land. Only a list that opens already full starts with placeholders.
    const arrived = this.known.size ? ids.filter((id) => !this.known.has(id)) : [];
    if (arrived.length || this.known.size !== ids.length) this.known = new Set(ids);
    for (const id of [active, desk.selectedInteractionId, ...arrived]) {
      const slot = id === undefined ? undefined : this.slots.get(id);
      if (slot !== undefined) this.opened.add(Math.floor(slot / BLOCK));
    }
    for (const key of this.opened) if (!listed.has(key)) this.opened.delete(key);
    const shown = (block: Block, index: number) => index < EAGER_BLOCKS || this.opened.has(block.key);
    const placeholders = blocks.filter((block, index) => !shown(block, index));
    const pending = placeholders.reduce((sum, block) => sum + block.items.length, 0);
    const placeholderKeys = placeholders.map((block) => block.key).join();
    this.placeholdersChanged ||= placeholderKeys !== this.placeholderKeys;
    this.placeholderKeys = placeholderKeys;
    this.order = ids;
    return html`<section part="base" aria-labelledby="title">
      <div part="header">
        <h2 id="title">${t('ui.task.title')}</h2>
        <button part="schedule" aria-label=${t('ui.task.schedule')} title=${schedule.allowed ? t('ui.task.schedule') : schedule.reason!}
          aria-disabled=${schedule.allowed ? 'false' : 'true'} @click=${() => schedule.allowed && this.dispatchEvent(new DeskOpenCallbacksEvent())}>
          ${icon('plus')}
        </button>
      </div>
      ${items.length
        ? html`<ul part="list" aria-label=${t('ui.task.list')} aria-describedby=${ifDefined(pending ? 'pending' : undefined)} @keydown=${this.onKeydown}>
            ${repeat(blocks, (block) => block.key, (block, index) => {
              if (!shown(block, index)) return html`<li data-block=${block.key} aria-hidden="true" style=${`--cards: ${block.items.length}`}></li>`;
              // Blocks of cards, each rebuilt only when one of its cards or what they all show changed,
              // and each card only when it changed: one event costs one block and one card, not the whole list.
              return guard([...block.items, desk.selectedInteractionId, active, now, desk.requests, declines, desk.tenant, locale], () =>
                repeat(block.items, (item) => item.interaction.id, (item) => {
                  const selected = item.interaction.id === desk.selectedInteractionId;
                  const isActive = item.interaction.id === active;
                  return guard([item, selected, isActive, now, desk.requests, declines, desk.tenant, locale], () =>
                    taskCard(desk, item, {
                      selected,
                      active: isActive,
                      now,
                      select: (i) => this.select(i),
                      accept: (i) => this.emitRequest('accept', { interactionId: i.id }),
                      decline: (i) => this.emitRequest('decline', { interactionId: i.id }),
                      cancel: (i) => this.emitRequest('cancelCallback', { interactionId: i.id }),
                    }),
                  );
                }),
              );
            })}
          </ul>
          ${pending ? html`<p id="pending" class="visually-hidden">${t('ui.task.partial', { shown: items.length - pending, total: items.length })}</p>` : nothing}`
        : html`<slot name="empty"><p part="empty">${t('ui.task.empty')}</p></slot>`}
    </section>`;
  }

  /**
   * Cards stay in the block they first landed in, so removing one from the middle moves no other
   * card between blocks. Blocks follow the list's order; a card that would break it starts a new one.
   */
  private blocks(items: TaskListItem[]): Block[] {
    const blocks: Block[] = [];
    for (const item of items) {
      const last = blocks[blocks.length - 1];
      let slot = this.slots.get(item.interaction.id);
      if (slot === undefined || (last && Math.floor(slot / BLOCK) < last.key)) this.slots.set(item.interaction.id, (slot = this.nextSlot++));
      const key = Math.floor(slot / BLOCK);
      if (last?.key === key) last.items.push(item);
      else blocks.push({ key, items: [item] });
    }
    if (this.slots.size > items.length) {
      const listed = new Set(items.map((item) => item.interaction.id));
      for (const id of this.slots.keys()) if (!listed.has(id)) this.slots.delete(id);
    }
    return blocks;
  }

  /** TASK-5: the host may veto; otherwise the store's selection moves for the interaction pane. */
  private select(i: Interaction) {
    this.activeId = i.id;
    if (this.dispatchEvent(new DeskSelectEvent(i.id))) this.deskStore?.select(i.id);
  }

  /** Arrow keys, Home and End move between cards, placeholders included; the select button of the new card takes focus. */
  private onKeydown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (target.getAttribute('part') !== 'card-select') return;
    const index = this.order.indexOf(target.closest('li')!.dataset.interactionId!);
    const last = this.order.length - 1;
    const next =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? last : undefined;
    if (next === undefined || index < 0) return;
    event.preventDefault();
    const id = this.order[Math.max(0, Math.min(last, next))];
    this.activeId = id;
    void this.updateComplete.then(() => {
      const card = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-interaction-id]')].find((li) => li.dataset.interactionId === id);
      card?.querySelector<HTMLElement>('[part=card-select]')?.focus();
    });
  }
}
