/** Registers `<agent-status>` (guarded) and exports its class, for a host that imports one element. */
import { AgentStatus } from '../components/agent-status/agent-status.js';
// The desk-* events' types on HTMLElementEventMap, for a host that imports this entry alone.
import '../events/request-events.js';
import '../events/ui-events.js';

AgentStatus.define();

export { AgentStatus };

declare global {
  interface HTMLElementTagNameMap {
    'agent-status': AgentStatus;
  }
}
