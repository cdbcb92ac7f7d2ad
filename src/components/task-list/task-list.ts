import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { getLocale, t } from '../../core/i18n.js';
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

/** Cards per block of the list (see render). */
const BLOCK = 32;

/**
 * @tagname task-list
 * @summary Every incoming and active interaction of every channel, with its state and time; select one for the interaction pane.
 *
 * @fires desk-select - A card was selected (cancelable). Detail: `{ interactionId }`.
 * @fires desk-open-callbacks - "+": schedule a callback without an active call. Detail: `{}`.
 * @fires desk-accept - Accept or Answer from a ringing card. Payload: `{ interactionId }`.
 * @fires desk-decline - Decline a ringing call. Payload: `{ interactionId }`.
 * @fires desk-cancel-callback - Cancel a web callback. Payload: `{ interactionId }`.
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
 *
 * @cssprop --desk-task-list-width - Width (100%).
 * @cssprop --desk-color-accent - Selection and Accept.
 */
export class TaskList extends DeskElement {
  static override styles = [tokens, visuallyHidden, taskListStyles];

  /** The card that holds the tab stop (roving tabindex). */
  @state() private activeId?: string;

  private readonly slice = new StoreController(
    this,
    (s: DeskState) => [s.interactions, s.agent, s.tenant, s.requests, s.selectedInteractionId] as const,
    sameItems,
  );
  private readonly clock = new TickController(this);
  /** Where each listed interaction's card sits: slot / BLOCK is its block. */
  private readonly slots = new Map<string, number>();
  private nextSlot = 0;

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
    return html`<section part="base" aria-labelledby="title">
      <div part="header">
        <h2 id="title">${t('ui.task.title')}</h2>
        <button part="schedule" aria-label=${t('ui.task.schedule')} title=${schedule.allowed ? t('ui.task.schedule') : schedule.reason!}
          aria-disabled=${schedule.allowed ? 'false' : 'true'} @click=${() => schedule.allowed && this.dispatchEvent(new DeskOpenCallbacksEvent())}>
          ${icon('plus')}
        </button>
      </div>
      ${items.length
        ? html`<ul part="list" aria-label=${t('ui.task.list')} @keydown=${this.onKeydown}>
            ${repeat(this.blocks(items), (block) => block.key, (block) =>
              // Blocks of cards, each rebuilt only when one of its cards or what they all show changed,
              // and each card only when it changed: one event costs one block and one card, not the whole list.
              guard([...block.items, desk.selectedInteractionId, active, now, desk.requests, declines, desk.tenant, locale], () =>
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
              ),
            )}
          </ul>`
        : html`<p part="empty">${t('ui.task.empty')}</p>`}
    </section>`;
  }

  /**
   * Cards stay in the block they first landed in, so removing one from the middle moves no other
   * card between blocks. Blocks follow the list's order; a card that would break it starts a new one.
   */
  private blocks(items: TaskListItem[]): { key: number; items: TaskListItem[] }[] {
    const blocks: { key: number; items: TaskListItem[] }[] = [];
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

  /** Arrow keys, Home and End move between cards; the select button of the new card takes focus. */
  private onKeydown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (target.getAttribute('part') !== 'card-select') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part=card-select]')];
    const index = buttons.indexOf(target as HTMLButtonElement);
    const next =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const to = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
    this.activeId = to.closest('li')!.dataset.interactionId;
    void this.updateComplete.then(() => to.focus());
  }
}
