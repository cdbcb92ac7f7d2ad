/** Registers `<callback-dialog>` (guarded) and exports its class, for a host that imports one element. */
import { CallbackDialog } from '../components/callback-dialog/callback-dialog.js';

CallbackDialog.define();

export { CallbackDialog };

declare global {
  interface HTMLElementTagNameMap {
    'callback-dialog': CallbackDialog;
  }
}
