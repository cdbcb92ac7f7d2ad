/** Registers `<agent-popover>` (guarded) and exports its class, for a host that imports one element. */
import { AgentPopover } from '../components/agent-popover/agent-popover.js';
// The desk-* events' types on HTMLElementEventMap, for a host that imports this entry alone.
import '../events/request-events.js';
import '../events/ui-events.js';

AgentPopover.define();

export { AgentPopover };

declare global {
  interface HTMLElementTagNameMap {
    'agent-popover': AgentPopover;
  }
}
