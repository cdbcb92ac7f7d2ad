/**
 * The CDN-style single module: the whole kit, every element registered, and the simulated contact
 * center, for a page without a bundler (`<script type="module" src=".../cdn/agent-desk-kit.js">`).
 * The callback dialog's panel and luxon stay one chunk of their own, loaded only when the dialog opens.
 */
export * from './index.js';
export * from './simulator/index.js';
import './define/all.js';
