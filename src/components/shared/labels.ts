import { t } from '../../core/i18n.js';
import type { InteractionStatus } from '../../core/types.js';

/** What an interaction's status reads as on a card or a popover. */
export function statusLabel(status: InteractionStatus): string {
  return t(`ui.status.${status}`);
}
