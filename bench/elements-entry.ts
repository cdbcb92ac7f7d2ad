// The four elements with core, as a host page built with a bundler loads them: the elements, and
// the core a page needs to run them (store, clock, adapter wiring, context). What the 30 KB budget measures.
export { createStore, createSystemClock, connectAdapter, provideStore } from '../src/index.js';
import '../src/define/agent-popover.js';
import '../src/define/task-list.js';
import '../src/define/interaction-pane.js';
import '../src/define/callback-dialog.js';
