/** The kit's core: domain model, store, rules, adapter contract. Plain TypeScript, no DOM. */
export * from './types.js';
export * from './state.js';
export * from './requests.js';
export type * from './adapter.js';
export type * from './adapter-events.js';
export * from './clock.js';
export * from './i18n.js';
export * from './store.js';
export type * from './store-events.js';
export type { RequestOutcome } from './request-tracking.js';
export * from './selectors.js';
export * from './format.js';
export * from './bind-adapter.js';
export * from './capabilities.js';
export * from './stamp-events.js';
export { checkAdapterEvent } from './validate-event.js';
export * from './rules/index.js';
