import { uiSharedEn } from './ui/shared.en.js';
import { agentStatusEn } from './ui/agent-status.en.js';
import { agentPopoverEn } from './ui/agent-popover.en.js';
import { taskListEn } from './ui/task-list.en.js';
import { interactionPaneEn } from './ui/interaction-pane.en.js';
import { callbackDialogEn } from './ui/callback-dialog.en.js';
import { callbackPanelEn } from './ui/callback-panel.en.js';

/**
 * English strings the elements show. Each element registers its own (and the callback dialog's
 * panel its own, when it loads), so a page ships the text of the elements it uses.
 */
export const uiEn = { ...uiSharedEn, ...agentStatusEn, ...agentPopoverEn, ...taskListEn, ...interactionPaneEn, ...callbackDialogEn, ...callbackPanelEn } as const;
