/** Registers `<interaction-pane>` (guarded) and exports its class, for a host that imports one element. */
import { InteractionPane } from '../components/interaction-pane/interaction-pane.js';

InteractionPane.define();

export { InteractionPane };

declare global {
  interface HTMLElementTagNameMap {
    'interaction-pane': InteractionPane;
  }
}
