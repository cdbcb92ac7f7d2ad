import { html, nothing, type PropertyValues } from 'lit';
import { registerDefaults, t } from '../../core/i18n.js';
import { interactionPaneEn } from '../../core/messages/ui/interaction-pane.en.js';
import type { VariableChange } from '../../core/requests.js';
import { canConsultTo, canTransfer, dropNeedsConfirmation } from '../../core/rules/call-controls.js';
import { canSaveVariables, editVariable, validateVariableValue } from '../../core/rules/variables.js';
import { canSubmitWrapUp, wrapUpOpensFor } from '../../core/rules/wrap-up.js';
import { remindsToDisconnectHandset } from '../../core/rules/handset-reminder.js';
import { paneFollow } from '../../core/rules/pane-follow.js';
import { isAccepted } from '../../core/rules/status.js';
import { interactionById, isPending, lastFailure, latestRequest, settledRequest } from '../../core/selectors.js';
import type { DeskState } from '../../core/state.js';
import type { Interaction, LegName, Variable } from '../../core/types.js';
import { DeskOpenCallbacksEvent } from '../../events/ui-events.js';
import { DeskElement } from '../shared/desk-element.js';
import { sameItems, StoreController, TickController } from '../shared/store-controller.js';
import { dialogStyles, tokens, visuallyHidden } from '../shared/tokens.styles.js';
import { control } from './control.js';
import { interactionPaneStyles } from './interaction-pane.styles.js';
import { ArrivalsController, handsetReminder, waitingLines } from './pane-arrivals.js';
import { destinationDialog, dropDialog, moreMenu, wrapUpDialog, type DestinationDialogState } from './pane-dialogs.js';
import { controls,
  keypad, header, legRows, participants, recordingRow, type PaneContext } from './pane-sections.js';
import { variablesEditor } from './variables-editor.js';
import { diallingRow } from './callback-dialling.js';
import { own } from '../../core/own.js';

registerDefaults(interactionPaneEn);

type Dialog = 'destination' | 'wrap-up' | 'drop' | 'more';

/**
 * @tagname interaction-pane
 * @summary The selected interaction and every control the guide describes: hold, consult, conference, transfer, recording, BNR, call variables, end and wrap-up.
 *
 * @attr interaction-id - Show this interaction instead of the task list's selection.
 *
 * @slot header-actions - The host's own actions in the header, beside the customer (e.g. "Open in CRM").
 *
 * @fires {DeskRequestEvent<'hold'>} desk-hold - Hold a leg. Payload: `{ interactionId, leg }`.
 * @fires {DeskRequestEvent<'resume'>} desk-resume - Resume a leg. Payload: `{ interactionId, leg }`.
 * @fires {DeskRequestEvent<'consult'>} desk-consult - Consult a destination. Payload: `{ interactionId, destination }`.
 * @fires {DeskRequestEvent<'endConsult'>} desk-end-consult - End the consult leg. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'exitConsult'>} desk-exit-consult - The consulted agent leaves. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'conference'>} desk-conference - Join everyone. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'exitConference'>} desk-exit-conference - Leave the conference. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'transfer'>} desk-transfer - Transfer the call. Payload: `{ interactionId, destination, mode }`.
 * @fires {DeskRequestEvent<'dropParticipant'>} desk-drop-participant - The controlling agent drops someone. Payload: `{ interactionId, participantId }`.
 * @fires {DeskRequestEvent<'pauseRecording'>} desk-pause-recording - Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'resumeRecording'>} desk-resume-recording - Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'setBnr'>} desk-set-bnr - Background noise removal for this call. Payload: `{ interactionId, enabled }`.
 * @fires {DeskRequestEvent<'saveVariables'>} desk-save-variables - Save edited call variables. Payload: `{ interactionId, changes }`.
 * @fires {DeskRequestEvent<'revealVariable'>} desk-reveal-variable - Fetch a secure value. Payload: `{ interactionId, name }`.
 * @fires {DeskRequestEvent<'refreshDirectory'>} desk-refresh-directory - Refresh the destination lists. Payload: `{}`.
 * @fires {DeskRequestEvent<'end'>} desk-end - End the call. Payload: `{ interactionId }`.
 * @fires {DeskRequestEvent<'sendDtmf'>} desk-send-dtmf - A keypad tone on the call, e.g. for an IVR. Payload: `{ interactionId, digits }`.
 * @fires {DeskRequestEvent<'submitWrapUp'>} desk-submit-wrap-up - Payload: `{ interactionId, reasonId }`.
 * @fires {DeskRequestEvent<'cancelCallback'>} desk-cancel-callback - CB-2: cancel a web callback while its customer is being dialled. Payload: `{ interactionId }`.
 * @fires {DeskOpenCallbacksEvent} desk-open-callbacks - "Schedule and manage callbacks" from the "…" menu. Detail: `{ interactionId }`.
 *
 * @csspart base - Everything the element shows.
 * @csspart header - Customer, BNR, state and handle time.
 * @csspart customer - The customer's name.
 * @csspart number - The customer's number.
 * @csspart chip - A state beside the timer (also `hold-chip`, `consult-chip`).
 * @csspart timer - The handle time.
 * @csspart controls - The controls bar.
 * @csspart control - Any control button (also named for it: `hold`, `resume`, `consult`, `transfer`, `conference`, `exit-conference`, `end-consult`, `exit-consult`, `end`, `more`, `bnr`, `drop`, `save`, `revert`, `reveal`...).
 * @csspart legs - The customer and consult legs.
 * @csspart leg - One leg.
 * @csspart recording - The recording row.
 * @csspart recording-indicator - Recording, or paused and for how long.
 * @csspart participants - The participant list.
 * @csspart participant - One participant.
 * @csspart variables - The call variables.
 * @csspart variable-input - An editable variable's field.
 * @csspart variable-zone - CAD-6: the zone of a date-time variable, beside its field.
 * @csspart field-error - Why a field's value is refused.
 * @csspart error - Why the last request failed.
 * @csspart notice - A message for this interaction (customer dropped, a variable overwritten).
 * @csspart dialling - CB-2: the customer of an accepted callback is being dialled, with Cancel.
 * @csspart recording-icon - REC-4: recording, or paused, beside the timer.
 * @csspart waiting - CALL-2, END-4: an interaction waiting until the agent is done in the shown one.
 * @csspart handset-reminder - END-5: in phone mode, disconnect the handset before the next call.
 * @csspart dialog - Any dialog (also `destination-dialog`, `wrap-up-dialog`, `drop-dialog`, `more-menu`).
 * @csspart empty - The message when no interaction is selected.
 * @csspart hold-chip - The On hold chip (with `chip`).
 * @csspart consult-chip - The consult state chip (with `chip`).
 * @csspart bnr - The background noise removal toggle (with `control`).
 * @csspart hold - Hold the customer (with `control`).
 * @csspart resume - Resume the customer (with `control`).
 * @csspart hold-customer - Hold the customer's leg, in the legs list (with `control`).
 * @csspart resume-customer - Resume the customer's leg, in the legs list (with `control`).
 * @csspart hold-consult - Hold the consult leg (with `control`).
 * @csspart resume-consult - Resume the consult leg (with `control`).
 * @csspart consult - Consult (with `control`).
 * @csspart conference - Conference (with `control`).
 * @csspart transfer - Transfer (with `control`).
 * @csspart exit-conference - Exit Conference (with `control`).
 * @csspart end-consult - End Consult (with `control`).
 * @csspart exit-consult - Exit Consult (with `control`).
 * @csspart end - End the call (with `control`).
 * @csspart more - The "…" menu button (with `control`).
 * @csspart wrap-up - Open Wrap Up Reasons (with `control`).
 * @csspart primary-action - The primary action of a bar or dialog (with `control`).
 * @csspart pause-recording - Pause recording (with `control`).
 * @csspart resume-recording - Resume recording (with `control`).
 * @csspart joined - How long ago a participant joined.
 * @csspart drop - Drop a participant (with `control`).
 * @csspart dismiss - Dismiss a notice (with `control`).
 * @csspart variables-section - The call variables section with its title.
 * @csspart secure-value - A secure variable's masked, or revealed, value.
 * @csspart secure-icon - The lock beside a secure variable.
 * @csspart reveal - Reveal a secure value (with `control`).
 * @csspart retry - Try again after a failed reveal (with `control`).
 * @csspart variable-actions - Save and Revert under the variables.
 * @csspart save - Save the edited variables (with `control`).
 * @csspart revert - Revert the edited variables (with `control`).
 * @csspart destination-dialog - Consult or transfer: the destination picker (with `dialog`).
 * @csspart destination-type - The destination type choice.
 * @csspart destination-search - The destination search field.
 * @csspart destination-list - The matching destinations.
 * @csspart destination-number - The dial number field.
 * @csspart refresh - Refresh the destination lists (with `control`).
 * @csspart dialog-actions - A dialog's buttons.
 * @csspart submit - A dialog's confirm button (with `control`).
 * @csspart cancel - A dialog's cancel button (with `control`).
 * @csspart wrap-up-dialog - Wrap Up Reasons (with `dialog`).
 * @csspart wrap-up-search - The wrap-up reason search field.
 * @csspart wrap-up-list - The wrap-up reasons.
 * @csspart submit-wrap-up - Submit the wrap-up reason (with `control`).
 * @csspart drop-dialog - Confirm dropping the customer (with `dialog`).
 * @csspart confirm-drop - Drop the customer (with `control`).
 * @csspart more-menu - The "…" menu (with `dialog`).
 * @csspart icon - Any icon.
 * @csspart schedule-callbacks - "Schedule and manage callbacks" in the "…" menu (with `control`).
 * @csspart cancel-callback - CB-2: cancel the callback while its customer is being dialled (with `control`).
 * @csspart show-waiting - CALL-2: show an interaction that waits until the agent is done (with `control`).
 * @csspart dismiss-reminder - END-5: Done on the handset reminder (with `control`).
 * @csspart keypad - The DTMF keypad, a disclosure under the controls.
 * @csspart keypad-toggle - Opens and closes the keypad.
 * @csspart keypad-keys - The keypad's keys (each also `dtmf-key`, with `control`).
 *
 * @cssprop --desk-color-surface - Background.
 * @cssprop --desk-color-accent - Primary actions and state chips.
 * @cssprop --desk-color-danger - End, Drop and errors.
 * @cssprop --desk-dialog-width - Width of the pane's dialogs (28rem).
 * @cssprop --desk-backdrop - What covers the page behind a dialog.
 */
export class InteractionPane extends DeskElement {
  static override readonly defaultTag = 'interaction-pane';
  static override styles = [tokens, visuallyHidden, dialogStyles, interactionPaneStyles];
  static override properties = {
    interactionId: { attribute: 'interaction-id' },
    dialog: { state: true },
    destination: { state: true },
    dropId: { state: true },
    wrapQuery: { state: true },
    wrapReason: { state: true },
    wrapError: { state: true },
    edits: { state: true },
    fieldErrors: { state: true },
    waiting: { state: true },
    reminding: { state: true },
  };

  /** Show this interaction; otherwise the one selected in the task list. */
  interactionId?: string;

  private dialog?: Dialog;
  private destination: DestinationDialogState = { mode: 'consult', type: 'agent', query: '', number: '' };
  private dropId?: string;
  private wrapQuery = '';
  private wrapReason?: string;
  private wrapError?: string;
  private edits = new Map<string, VariableChange>();
  private fieldErrors = new Map<string, string>();

  private readonly slice = new StoreController(
    this,
    (s: DeskState) => [s.interactions, s.agent, s.tenant, s.directory, s.requests, s.notices, s.selectedInteractionId] as const,
    sameItems,
  );
  private readonly clock = new TickController(this);
  private readonly arrivals = new ArrivalsController(this);
  /** CALL-2, END-4: arrivals waiting while the agent is busy in the shown interaction. */
  private waiting: string[] = [];
  /** END-5: the phone-mode call whose wrap-up was submitted; the reminder shows once it has left. */
  private reminderFor?: string;
  private reminding = false;
  /** The pane just came to an answered interaction: the focus comes too, where it is free. */
  private focusArrival = false;
  /** Whether the focus was in the pane before this render (a control that went away drops it). */
  private hadFocus = false;
  /** Which interaction the local edits and dialogs belong to. */
  private shownId?: string;
  private wrapUpOffered = new Set<string>();
  private opener?: HTMLElement;
  /** The conflicting save already answered, so its edits give way once. */
  private handledConflict?: string;
  /** The directory refresh asked from the open destination dialog (its id): a refusal shows there. */
  private refreshId?: string;

  private get desk(): DeskState | undefined {
    return this.slice.value && this.deskStore?.getState();
  }

  private get shown(): Interaction | undefined {
    const desk = this.desk;
    return desk && interactionById(desk, this.interactionId ?? desk.selectedInteractionId);
  }

  override willUpdate(): void {
    // The document's focus is this element while it is anywhere inside, a modal dialog included.
    this.hadFocus ||= document.activeElement === this;
    this.follow();
    const i = this.shown;
    if (i?.id !== this.shownId) {
      // Another interaction: its own edits and dialogs, never the last one's.
      this.shownId = i?.id;
      this.edits = new Map();
      this.fieldErrors = new Map();
      this.dialog = undefined;
    }
    const desk = this.desk;
    // Calls that left the desk are forgotten: a long shift does not pile up their ids.
    if (desk) for (const id of this.wrapUpOffered) if (!interactionById(desk, id)) this.wrapUpOffered.delete(id);
    if (!i || !desk) return;
    this.dropStaleEdits(desk, i);
    if (wrapUpOpensFor(this.desk, i.id) && !this.wrapUpOffered.has(i.id)) {
      this.wrapUpOffered.add(i.id);
      this.open('wrap-up');
    }
    if (this.dialog === 'wrap-up' && i.phase !== 'wrap-up') this.dialog = undefined;
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('dialog')) {
      const dialog = this.renderRoot.querySelector('dialog');
      if (this.dialog && dialog && !dialog.open) dialog.showModal();
      if (!this.dialog) {
        // The opener may be gone (End, once the call ended): the button that reopens wrap-up, or the pane.
        const back = this.opener?.isConnected ? this.opener : this.renderRoot.querySelector<HTMLElement>('[part~=wrap-up], [part~=more]');
        back?.focus();
        this.opener = undefined;
      }
    }
    // CALL-2: the focus follows the answered call from where the agent answered (or from nowhere),
    // and never falls to <body> when what had it here went away (Submit Wrap Up, a call that left).
    if ((this.focusArrival && focusIsFree()) || (this.hadFocus && focusIsLost())) {
      (this.renderRoot.querySelector<HTMLElement>('[part~=dismiss-reminder]') ?? this.renderRoot.querySelector<HTMLElement>('[part=base]'))?.focus();
    }
    this.focusArrival = false;
    this.hadFocus = false;
  }

  /**
   * CALL-2, END-4: come to an interaction just answered or owing a wrap-up, unless the agent is
   * busy here (an unsaved edit, an open dialog): then it waits, told in the pane. A pane given an
   * `interaction-id` stays on it.
   */
  private follow() {
    const desk = this.desk;
    const arrived = this.arrivals.take();
    if (!desk) return;
    if (this.reminderFor && !own(desk.interactions, this.reminderFor)) {
      this.reminderFor = undefined;
      this.reminding = true;
    } else if (arrived.length) this.reminding = false;
    if (this.interactionId !== undefined) return;
    const follow = paneFollow(desk, this.waiting, arrived, desk.selectedInteractionId, this.edits.size > 0 || this.dialog !== undefined);
    if (follow.waiting.join() !== this.waiting.join()) this.waiting = follow.waiting;
    if (!follow.show) return;
    this.deskStore?.select(follow.show);
    // A wrap-up opens its dialog, which takes the focus itself.
    this.focusArrival = !wrapUpOpensFor(desk, follow.show);
  }

  override render() {
    const desk = this.desk;
    if (!desk) return nothing;
    const i = this.shown;
    const told = html`${this.reminding ? handsetReminder(() => (this.reminding = false)) : nothing}
      ${waitingLines(desk, this.waiting, (id) => this.deskStore?.select(id))}`;
    if (!i) return html`<section part="base" tabindex="-1" aria-label=${t('ui.pane.regionEmpty')}>${told}<p part="empty">${t('ui.pane.none')}</p></section>`;
    const ctx: PaneContext = { desk, i, now: this.clock.now(), ask: this.asks(i) };
    const failure = this.lastFailure(desk, i);
    const notices = desk.notices.filter((n) => n.interactionId === i.id);
    return html`<section part="base" tabindex="-1" aria-label=${t('ui.pane.region', { customer: i.customer.name || i.customer.number })}>
      ${header(ctx)}
      ${told}
      ${notices.map((n) => html`<p part="notice" role="status">${n.message}
        <button part="control dismiss" aria-label=${t('ui.pane.close')} @click=${() => this.deskStore?.dismissNotice(n.id)}>×</button></p>`)}
      ${failure ? html`<p part="error" role="alert">${failure}</p>` : nothing}
      ${diallingRow(desk, i, () => this.emitRequest('cancelCallback', { interactionId: i.id }))}
      ${isAccepted(i) ? controls(ctx) : nothing}
      ${keypad(ctx)}
      ${i.phase === 'wrap-up' && wrapUpOpensFor(desk, i.id)
        ? control('wrap-up primary-action', t('ui.pane.wrapUpTitle'), { allowed: true }, () => this.open('wrap-up'))
        : nothing}
      ${legRows(ctx)}
      ${recordingRow(ctx)}
      ${participants(ctx)}
      ${variablesEditor({
        desk,
        i,
        edits: this.edits,
        fieldErrors: this.fieldErrors,
        saving: isPending(desk, 'saveVariables', i.id),
        revealed: (name) => this.deskStore?.revealedValue(i.id, name),
        edit: (v, value) => this.edit(v, value),
        refuse: (v, message) => this.setFieldError(v.name, message),
        reveal: (v) => this.emitRequest('revealVariable', { interactionId: i.id, name: v.name }),
        save: () => this.save(i),
        revert: () => {
          this.edits = new Map();
          this.fieldErrors = new Map();
        },
      })}
      ${this.renderDialog(desk, i)}
    </section>`;
  }

  private renderDialog(desk: DeskState, i: Interaction) {
    switch (this.dialog) {
      case 'destination': {
        // The pane's own error is behind the modal: a refused refresh is told in the dialog that asked.
        const refresh = settledRequest(desk, this.refreshId);
        const refused = refresh?.status === 'failed' ? refresh.reason : undefined;
        return destinationDialog(desk, { ...this.destination, interactionId: i.id, error: this.destination.error ?? refused }, {
          set: (patch) => (this.destination = { ...this.destination, ...patch }),
          refresh: () => (this.refreshId = this.emitRequest('refreshDirectory', {}) ?? this.refreshId),
          submit: () => this.submitDestination(desk, i),
          close: () => this.close('destination'),
        });
      }
      case 'wrap-up':
        return wrapUpDialog(desk, this.wrapQuery, this.wrapReason, this.wrapError, {
          query: (value) => (this.wrapQuery = value),
          choose: (id) => {
            this.wrapReason = id;
            this.wrapError = undefined;
          },
          submit: () => this.submitWrapUp(desk, i),
          close: () => this.close('wrap-up'),
        });
      case 'drop': {
        const participant = i.participants.find((p) => p.id === this.dropId);
        if (!participant) return nothing;
        return dropDialog(participant, {
          confirm: () => {
            this.emitRequest('dropParticipant', { interactionId: i.id, participantId: participant.id });
            this.close('drop');
          },
          close: () => this.close('drop'),
        });
      }
      case 'more':
        return moreMenu({
          callbacks: () => {
            this.close('more');
            this.dispatchEvent(new DeskOpenCallbacksEvent(i.id));
          },
          close: () => this.close('more'),
        });
      default:
        return nothing;
    }
  }

  private asks(i: Interaction): PaneContext['ask'] {
    const id = i.id;
    return {
      hold: (leg: LegName) => this.emitRequest('hold', { interactionId: id, leg }),
      resume: (leg: LegName) => this.emitRequest('resume', { interactionId: id, leg }),
      consult: () => {
        this.destination = { mode: 'consult', type: 'agent', query: '', number: '' };
        this.open('destination');
      },
      transfer: () => {
        // With a consult under way, Transfer hands the call to the consulted party.
        if (i.consult) this.emitRequest('transfer', { interactionId: id, destination: i.consult.destination, mode: 'consult' });
        else {
          this.destination = { mode: 'transfer', type: 'agent', query: '', number: '' };
          this.open('destination');
        }
      },
      conference: () => this.emitRequest('conference', { interactionId: id }),
      endConsult: () => this.emitRequest('endConsult', { interactionId: id }),
      exitConsult: () => this.emitRequest('exitConsult', { interactionId: id }),
      exitConference: () => this.emitRequest('exitConference', { interactionId: id }),
      end: () => this.emitRequest('end', { interactionId: id }),
      bnr: (enabled: boolean) => this.emitRequest('setBnr', { interactionId: id, enabled }),
      pauseRecording: () => this.emitRequest('pauseRecording', { interactionId: id }),
      resumeRecording: () => this.emitRequest('resumeRecording', { interactionId: id }),
      drop: (participantId: string) => {
        const participant = i.participants.find((p) => p.id === participantId);
        if (participant && dropNeedsConfirmation(participant)) {
          this.dropId = participantId;
          this.open('drop');
        } else this.emitRequest('dropParticipant', { interactionId: id, participantId });
      },
      more: () => this.open('more'),
      sendDtmf: (digits: string) => this.emitRequest('sendDtmf', { interactionId: id, digits }),
    };
  }

  /** Dialogs remember who opened them and give the focus back on close. */
  private open(dialog: Dialog) {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.opener = (active as HTMLElement | null) ?? undefined;
    if (dialog === 'destination') this.refreshId = undefined;
    this.dialog = dialog;
  }

  /**
   * Closes `which` dialog. A native dialog's close event comes a task later, when another dialog
   * may already be open (End, then Wrap Up): it must not close that one.
   */
  private close(which: Dialog) {
    if (this.dialog !== which) return;
    // Closing moves the focus at once, maybe to <body> when the opener is gone: remember it was here.
    this.hadFocus ||= document.activeElement === this;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    this.dialog = undefined;
  }

  private submitDestination(desk: DeskState, i: Interaction) {
    const { mode, chosen } = this.destination;
    if (!chosen) {
      this.destination = { ...this.destination, error: t('ui.pane.chooseDestination') };
      return;
    }
    const verdict = mode === 'consult' ? canConsultTo(desk, i.id, chosen) : canTransfer(desk, i.id, 'blind', chosen);
    if (!verdict.allowed) {
      this.destination = { ...this.destination, error: verdict.reason };
      return;
    }
    if (mode === 'consult') this.emitRequest('consult', { interactionId: i.id, destination: chosen });
    else this.emitRequest('transfer', { interactionId: i.id, destination: chosen, mode: 'blind' });
    this.close('destination');
  }

  private submitWrapUp(desk: DeskState, i: Interaction) {
    const verdict = canSubmitWrapUp(desk, i.id, this.wrapReason);
    if (!verdict.allowed) {
      this.wrapError = verdict.reason;
      return;
    }
    const sent = this.emitRequest('submitWrapUp', { interactionId: i.id, reasonId: this.wrapReason! });
    if (sent && remindsToDisconnectHandset(desk.agent, i)) this.reminderFor = i.id;
    this.wrapQuery = '';
    this.wrapReason = undefined;
    this.close('wrap-up');
  }

  private edit(v: Variable, value: string) {
    this.edits = editVariable(this.edits, v, value);
    this.setFieldError(v.name, undefined);
  }

  private setFieldError(name: string, message: string | undefined) {
    const errors = new Map(this.fieldErrors);
    if (message) errors.set(name, message);
    else errors.delete(name);
    this.fieldErrors = errors;
  }

  private save(i: Interaction) {
    const changes = [...this.edits.values()];
    const verdict = canSaveVariables(i.variables, changes);
    if (!verdict.allowed) {
      const bad = changes.find((c) => !validateVariableValue(i.variables.find((v) => v.name === c.name)!, c.value).allowed);
      if (bad) this.setFieldError(bad.name, verdict.reason);
      return;
    }
    this.emitRequest('saveVariables', { interactionId: i.id, changes });
  }

  /**
   * An edit ends when its value is saved. A colleague's save does not silently replace it: the
   * agent's save is refused as a conflict (CAD-5), the notice names the winner, and only then do
   * the conflicting edits give way; edits of other variables stay.
   */
  private dropStaleEdits(desk: DeskState, i: Interaction) {
    const save = latestRequest(desk, 'saveVariables', i.id);
    const conflict = save?.status === 'failed' && save.code === 'conflict' && save.id !== this.handledConflict;
    if (conflict) this.handledConflict = save.id;
    let changed = false;
    const edits = new Map(this.edits);
    for (const [name, edit] of edits) {
      const v = i.variables.find((candidate) => candidate.name === name);
      const newer = !v || v.version > edit.baseVersion;
      if (newer && (!v || v.value === edit.value || conflict)) {
        edits.delete(name);
        changed = true;
      }
    }
    if (changed) this.edits = edits;
  }

  /** The newest request about this interaction, when it failed; a refused save is told by the fields or the conflict notice. */
  private lastFailure(desk: DeskState, i: Interaction): string | undefined {
    const failed = lastFailure(desk, i.id);
    if (!failed || failed.name === 'revealVariable' || (failed.name === 'saveVariables' && failed.code === 'conflict')) return undefined;
    return failed.reason;
  }
}

/**
 * Nobody holds the focus: it fell to the page, or it is still on an element of the kit whose
 * focused control was just removed (the browser moves it to <body> only later).
 */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (!!active.shadowRoot && !active.shadowRoot.activeElement && active.localName.includes('-'));
}

/** CALL-2: the focus may move to the pane: lost, or still where the agent answered. Never from a field of the host's page. */
const focusIsFree = () => focusIsLost() || ['agent-popover', 'task-list'].includes(document.activeElement!.localName);
