/** Registers `<interaction-pane>` (guarded) and exports its class, for a host that imports one element. */
import { InteractionPane } from '../components/interaction-pane/interaction-pane.js';
// The desk-* events' types on HTMLElementEventMap, for a host that imports this entry alone.
import '../events/request-events.js';
import '../events/ui-events.js';

InteractionPane.define();

export { InteractionPane };

declare global {
  interface HTMLElementTagNameMap {
    'interaction-pane': InteractionPane;
  }
}
