/** Registers `<task-list>` (guarded) and exports its class, for a host that imports one element. */
import { TaskList } from '../components/task-list/task-list.js';
// The desk-* events' types on HTMLElementEventMap, for a host that imports this entry alone.
import '../events/request-events.js';
import '../events/ui-events.js';

TaskList.define();

export { TaskList };

declare global {
  interface HTMLElementTagNameMap {
    'task-list': TaskList;
  }
}
