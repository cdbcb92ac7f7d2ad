// The draft exists before luxon does (opening the dialog starts one); what turns it into a request
// needs luxon and lives in draft-request.ts, loaded on demand with the panel.
import type { CallbackAssignment, Interaction } from '../../core/types.js';

/** What the agent is typing: kept per customer until scheduled, whatever else happens on the desk. */
export interface Draft {
  customerNumber: string;
  customerName: string;
  date: string;
  start: string;
  end: string;
  timeZone: string;
  assignTo: CallbackAssignment['to'];
  agentId: string;
  queueId: string;
  reason: string;
  personal: boolean;
  linkedInteractionId?: string;
  /** Set while editing a scheduled callback (SCHED-9). */
  editingId?: string;
}

export type Field = 'customerNumber' | 'customerName' | 'date' | 'start' | 'end' | 'timeZone' | 'assignment' | 'queueId' | 'reason' | 'form';

export function blankDraft(timeZone: string, i?: Interaction, masked = false): Draft {
  const digital = i && i.channel !== 'voice';
  return {
    // A masked number is no number to call: the agent asks the customer for it (POP-7).
    customerNumber: i && !masked ? i.customer.number : '',
    customerName: i?.customer.name ?? '',
    date: '',
    start: '',
    end: '',
    timeZone,
    assignTo: 'myself',
    agentId: '',
    queueId: '',
    reason: '',
    personal: false,
    // SCHED-11: a callback made from a chat or email keeps the link to it.
    linkedInteractionId: digital ? i.id : undefined,
  };
}
