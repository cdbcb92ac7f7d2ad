import { interactionList } from '../selectors.js';
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

/** Items keep their identity while their interaction and the tenant do: a list re-renders only what changed. */
const itemsByTenant = new WeakMap<TenantConfig, WeakMap<Interaction, TaskListItem>>();

/** TASK-1: every incoming and active interaction of every channel, in arrival order. */
export function taskListItems(state: DeskState): TaskListItem[] {
  let cache = itemsByTenant.get(state.tenant);
  if (!cache) itemsByTenant.set(state.tenant, (cache = new WeakMap()));
  const known = cache;
  return interactionList(state)
    .filter((i) => i.phase !== 'ended')
    .map((interaction) => {
      let item = known.get(interaction);
      if (!item) {
        item = { interaction, status: interactionStatus(interaction), callbackReason: callbackReason(interaction, state.tenant) };
        known.set(interaction, item);
      }
      return item;
    });
}

/** TASK-3: the callback reason is the CAD variable the tenant names for it. */
export function callbackReason(i: Interaction, tenant: TenantConfig): string | undefined {
  if (i.kind !== 'callback') return undefined;
  const variable = i.variables.find((v) => v.name === tenant.callbackReasonVariable);
  return variable && !variable.secure && variable.value ? variable.value : undefined;
}

/** TASK-4, SCHED-12: "+" schedules a callback, only with a callback entry point configured. */
export function canScheduleCallback(state: DeskState): Verdict {
  return state.tenant.callbackEntryPointId ? allow() : deny('rules.callback.noEntryPoint');
}
