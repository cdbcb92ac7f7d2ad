// The four elements with core, as a host page loads them: what the 30 KB budget measures.
export * from '../src/index.js';
import '../src/define/agent-popover.js';
import '../src/define/task-list.js';
import '../src/define/interaction-pane.js';
import '../src/define/callback-dialog.js';
