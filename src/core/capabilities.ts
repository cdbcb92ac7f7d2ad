import type { RequestName } from './requests.js';
import type { DestinationType } from './types.js';

/**
 * What an adapter can do, declared up front so the elements hide what it cannot instead of
 * offering a button that then fails (Salesforce Service Cloud Voice's capability flags play this
 * part there). An adapter without capabilities supports everything.
 */
export interface AdapterCapabilities {
  /** Requests the platform cannot do, each with the reason an agent reads (already translated). */
  unsupported?: Partial<Record<RequestName, string>>;
  /** The destination types a consult or a transfer may reach; every type when absent. */
  destinations?: Partial<Record<'consult' | 'transfer', readonly DestinationType[]>>;
}

/** The reason a request is unsupported by the adapter, or undefined when it is supported. */
export function unsupportedReason(capabilities: AdapterCapabilities | undefined, name: RequestName): string | undefined {
  return capabilities?.unsupported?.[name];
}

/** Whether a consult or transfer may reach this type of destination. */
export function destinationSupported(
  capabilities: AdapterCapabilities | undefined,
  request: 'consult' | 'transfer',
  type: DestinationType,
): boolean {
  const allowed = capabilities?.destinations?.[request];
  return !allowed || allowed.includes(type);
}
