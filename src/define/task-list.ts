/** Registers `<task-list>` (guarded) and exports its class, for a host that imports one element. */
import { TaskList } from '../components/task-list/task-list.js';

TaskList.define();

export { TaskList };

declare global {
  interface HTMLElementTagNameMap {
    'task-list': TaskList;
  }
}
