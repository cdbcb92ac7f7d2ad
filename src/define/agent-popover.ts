import { AgentPopover } from '../components/agent-popover/agent-popover.js';
import { define } from './define.js';

define('agent-popover', AgentPopover);

declare global {
  interface HTMLElementTagNameMap {
    'agent-popover': AgentPopover;
  }
}
