/** Registers `<callback-dialog>` (guarded) and exports its class, for a host that imports one element. */
import { CallbackDialog } from '../components/callback-dialog/callback-dialog.js';
// The desk-* events' types on HTMLElementEventMap, for a host that imports this entry alone.
import '../events/request-events.js';
import '../events/ui-events.js';

CallbackDialog.define();

export { CallbackDialog };

declare global {
  interface HTMLElementTagNameMap {
    'callback-dialog': CallbackDialog;
  }
}
