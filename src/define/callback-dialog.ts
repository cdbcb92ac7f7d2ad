import { CallbackDialog } from '../components/callback-dialog/callback-dialog.js';
import { define } from './define.js';

define('callback-dialog', CallbackDialog);

declare global {
  interface HTMLElementTagNameMap {
    'callback-dialog': CallbackDialog;
  }
}
