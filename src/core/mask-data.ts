import { maskNumber } from './rules/index.js';
import type { DeskState } from './state.js';
import type { Interaction, Participant, ScheduledCallback, TenantConfig } from './types.js';

/** POP-7 at the door: with sensitive-data protection on, a full number never enters a snapshot. */
export function visibleNumber(number: string, tenant: TenantConfig): string {
  return tenant.sensitiveDataProtection ? maskNumber(number) : number;
}

export function visibleCallback(callback: ScheduledCallback, tenant: TenantConfig): ScheduledCallback {
  return { ...callback, customerNumber: visibleNumber(callback.customerNumber, tenant) };
}

/**
 * POP-7: the customer's participant is named by the call's (visible) label, and its id, which a
 * platform may set to the caller's number, is masked too; `sameParticipant` still finds it.
 */
export function visibleParticipant(p: Participant, label: string, tenant: TenantConfig): Participant {
  return p.role === 'customer' ? { ...p, id: visibleNumber(p.id, tenant), name: label } : p;
}

/** Whether an adapter's participant id names this participant, whose id may be masked. */
export function sameParticipant(p: Participant, id: string, tenant: TenantConfig): boolean {
  return p.id === id || (p.role === 'customer' && p.id === visibleNumber(id, tenant));
}

/**
 * POP-7: protection just turned on. Every number the desk already holds is masked in place: the
 * callers' numbers, customer participants, callbacks, the RONA popover and notices naming a caller.
 */
export function maskHeld(state: DeskState): DeskState {
  const interactions: Record<string, Interaction> = {};
  for (const [id, i] of Object.entries(state.interactions)) {
    interactions[id] = {
      ...i,
      customer: { ...i.customer, number: maskNumber(i.customer.number) },
      participants: i.participants.map((p) => (p.role === 'customer' ? { ...p, id: maskNumber(p.id), name: maskNumber(p.name) } : p)),
    };
  }
  return {
    ...state,
    interactions,
    callbacks: state.callbacks.map((c) => ({ ...c, customerNumber: maskNumber(c.customerNumber) })),
    rona: state.rona && { ...state.rona, customerLabel: maskNumber(state.rona.customerLabel) },
    notices: state.notices.map((n) => (n.kind === 'returned-to-queue' ? { ...n, message: maskNumber(n.message) } : n)),
  };
}

/** Whether a new tenant configuration turns protection on. */
export const protectionTurnsOn = (before: TenantConfig, after: TenantConfig) =>
  after.sensitiveDataProtection && !before.sensitiveDataProtection;
