/** Registers every element of the kit: one import for a page that wants the whole desk. */
import './agent-status.js';
import './agent-popover.js';
import './task-list.js';
import './interaction-pane.js';
import './callback-dialog.js';
