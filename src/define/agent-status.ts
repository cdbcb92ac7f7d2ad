import { AgentStatus } from '../components/agent-status/agent-status.js';
import { define } from './define.js';

define('agent-status', AgentStatus);

declare global {
  interface HTMLElementTagNameMap {
    'agent-status': AgentStatus;
  }
}
