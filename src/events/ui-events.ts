/**
 * Events about the desk itself rather than telephony: nothing for the adapter to do.
 * Same shape as request events: bubbling, composed, cancelable, one `desk-` prefix.
 */
export interface DeskSelectDetail {
  interactionId: string;
}

/** SCHED-1, TASK-4: open "Schedule and manage callbacks"; with an interaction id, for its customer. */
export interface DeskOpenCallbacksDetail {
  interactionId?: string;
}

export class DeskSelectEvent extends CustomEvent<DeskSelectDetail> {
  constructor(interactionId: string) {
    super('desk-select', { bubbles: true, composed: true, cancelable: true, detail: { interactionId } });
  }
}

export class DeskOpenCallbacksEvent extends CustomEvent<DeskOpenCallbacksDetail> {
  constructor(interactionId?: string) {
    super('desk-open-callbacks', { bubbles: true, composed: true, cancelable: true, detail: { interactionId } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'desk-select': DeskSelectEvent;
    'desk-open-callbacks': DeskOpenCallbacksEvent;
  }
  interface DocumentEventMap {
    'desk-select': DeskSelectEvent;
    'desk-open-callbacks': DeskOpenCallbacksEvent;
  }
  interface GlobalEventHandlersEventMap {
    'desk-select': DeskSelectEvent;
    'desk-open-callbacks': DeskOpenCallbacksEvent;
  }
}
