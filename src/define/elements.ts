import { AgentPopover } from '../components/agent-popover/agent-popover.js';
import { AgentStatus } from '../components/agent-status/agent-status.js';
import { CallbackDialog } from '../components/callback-dialog/callback-dialog.js';
import { InteractionPane } from '../components/interaction-pane/interaction-pane.js';
import { TaskList } from '../components/task-list/task-list.js';

/** Every element of the kit, in the order a desk is usually laid out. */
export const deskElements = [AgentStatus, AgentPopover, TaskList, InteractionPane, CallbackDialog] as const;

export interface DefineDeskElementsOptions {
  /** `'crm'` registers `<crm-task-list>`, `<crm-agent-popover>` … instead of the default tags. */
  prefix?: string;
  /** A scoped custom element registry, where the browser has them; the page's otherwise. */
  registry?: CustomElementRegistry;
}

/**
 * Registers every element of the kit, under its default tag or under `prefix-` plus it. Returns the
 * tags that name kit elements afterwards (a tag already taken by something else is warned about
 * and left out).
 */
export function defineDeskElements(options: DefineDeskElementsOptions = {}): string[] {
  const prefix = options.prefix ? `${options.prefix.replace(/-$/, '')}-` : '';
  return deskElements
    .map((element) => `${prefix}${element.defaultTag}`)
    .filter((tag, index) => deskElements[index].define(tag, options.registry));
}
