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

/** The pane's call controls and the request each asks for, to hide those the adapter cannot do. */
const CONTROL_REQUESTS: Record<string, RequestName> = {
  hold: 'hold',
  consult: 'consult',
  conference: 'conference',
  transfer: 'transfer',
  'exit-conference': 'exitConference',
  'end-consult': 'endConsult',
  'exit-consult': 'exitConsult',
  end: 'end',
};

/** Whether a control (by its part name, or a request name) is one the adapter supports. */
export function controlSupported(capabilities: AdapterCapabilities | undefined, control: string): boolean {
  return !unsupportedReason(capabilities, CONTROL_REQUESTS[control] ?? (control as RequestName));
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
