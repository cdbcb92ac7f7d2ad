import type { DeskState } from '../state.js';
import type { Interaction, InteractionStatus, TenantConfig } from '../types.js';
import { interactionStatus } from './status.js';
import { allow, deny, type Verdict } from './verdict.js';

export interface TaskListItem {
  interaction: Interaction;
  status: InteractionStatus;
  /** TASK-3: a callback card shows its reason. */
  callbackReason?: string;
}

/** TASK-1: every incoming and active interaction of every channel, in arrival order. */
export function taskListItems(state: DeskState): TaskListItem[] {
  return Object.values(state.interactions)
    .filter((i) => i.phase !== 'ended')
    .map((interaction) => ({
      interaction,
      status: interactionStatus(interaction),
      callbackReason: callbackReason(interaction, state.tenant),
    }));
}

/** TASK-3: the callback reason is the CAD variable the tenant names for it. */
export function callbackReason(i: Interaction, tenant: TenantConfig): string | undefined {
  if (i.kind !== 'callback') return undefined;
  const variable = i.variables.find((v) => v.name === tenant.callbackReasonVariable);
  return variable && !variable.secure && variable.value ? variable.value : undefined;
}

/** TASK-2: a ringing request can be taken from the list as from its popover. */
export function canAcceptFromList(state: DeskState, id: string): Verdict {
  const i = state.interactions[id];
  if (!i) return deny('rules.unknownInteraction');
  return i.phase === 'offered' ? allow() : deny('rules.request.notOffered');
}

/** TASK-4, SCHED-12: "+" schedules a callback, only with a callback entry point configured. */
export function canScheduleCallback(state: DeskState): Verdict {
  return state.tenant.callbackEntryPointId ? allow() : deny('rules.callback.noEntryPoint');
}
