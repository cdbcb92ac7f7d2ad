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
