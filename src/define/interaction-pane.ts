import { InteractionPane } from '../components/interaction-pane/interaction-pane.js';
import { define } from './define.js';

define('interaction-pane', InteractionPane);

declare global {
  interface HTMLElementTagNameMap {
    'interaction-pane': InteractionPane;
  }
}
