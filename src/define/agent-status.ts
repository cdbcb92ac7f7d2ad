/** Registers `<agent-status>` (guarded) and exports its class, for a host that imports one element. */
import { AgentStatus } from '../components/agent-status/agent-status.js';

AgentStatus.define();

export { AgentStatus };

declare global {
  interface HTMLElementTagNameMap {
    'agent-status': AgentStatus;
  }
}
