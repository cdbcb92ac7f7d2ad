import { TaskList } from '../components/task-list/task-list.js';
import { define } from './define.js';

define('task-list', TaskList);

declare global {
  interface HTMLElementTagNameMap {
    'task-list': TaskList;
  }
}
