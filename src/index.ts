/**
 * The kit's public entry for hosts: core, the DOM wiring, and the element classes.
 * Importing this defines nothing; import `agent-desk-kit/define/<tag>.js` to register a tag.
 */
export * from './core/index.js';
export * from './events/request-events.js';
export * from './events/ui-events.js';
export * from './connect-adapter.js';
export { storeContext, provideStore } from './components/shared/store-context.js';
export { StoreController, TickController } from './components/shared/store-controller.js';
export { DeskElement } from './components/shared/desk-element.js';
export type { DeskTheme } from './components/shared/desk-element.js';
// The element classes, by their names; importing them registers nothing (see `define()`).
export { AgentPopover } from './components/agent-popover/agent-popover.js';
export { AgentStatus } from './components/agent-status/agent-status.js';
export { CallbackDialog } from './components/callback-dialog/callback-dialog.js';
export { InteractionPane } from './components/interaction-pane/interaction-pane.js';
export { TaskList } from './components/task-list/task-list.js';
export { defineElement } from './define/define.js';
export { defineDeskElements, deskElements, type DefineDeskElementsOptions } from './define/elements.js';
