/**
 * The CDN-style single module: the whole kit, every element registered, and the simulated contact
 * center, for a page without a bundler (`<script type="module" src=".../cdn/agent-desk-kit.js">`).
 * luxon stays a chunk of its own, loaded only when the callback dialog opens.
 */
export * from './index.js';
export * from './simulator/index.js';
import './define/all.js';
