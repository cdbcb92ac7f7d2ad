/** Registers every element of the kit under its default tag: one import for a page that wants the whole desk. */
import { defineDeskElements } from './elements.js';

defineDeskElements();

export { AgentPopover } from '../components/agent-popover/agent-popover.js';
export { AgentStatus } from '../components/agent-status/agent-status.js';
export { CallbackDialog } from '../components/callback-dialog/callback-dialog.js';
export { InteractionPane } from '../components/interaction-pane/interaction-pane.js';
export { TaskList } from '../components/task-list/task-list.js';
