import { maskNumber } from './rules/index.js';
import type { ScheduledCallback, TenantConfig } from './types.js';

/** POP-7 at the door: with sensitive-data protection on, a full number never enters a snapshot. */
export function visibleNumber(number: string, tenant: TenantConfig): string {
  return tenant.sensitiveDataProtection ? maskNumber(number) : number;
}

export function visibleCallback(callback: ScheduledCallback, tenant: TenantConfig): ScheduledCallback {
  return { ...callback, customerNumber: visibleNumber(callback.customerNumber, tenant) };
}
