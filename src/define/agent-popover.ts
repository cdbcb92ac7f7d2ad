/** Registers `<agent-popover>` (guarded) and exports its class, for a host that imports one element. */
import { AgentPopover } from '../components/agent-popover/agent-popover.js';

AgentPopover.define();

export { AgentPopover };

declare global {
  interface HTMLElementTagNameMap {
    'agent-popover': AgentPopover;
  }
}
