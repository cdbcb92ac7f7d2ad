import type { DeskState } from '../state.js';
import type { Channel, Interaction, TenantConfig, Variable } from '../types.js';
import { t } from '../i18n.js';
import { interactionList } from '../selectors.js';
import { canDeclineVoice } from './agent.js';
import { isDiallingCustomer } from './callback.js';
import { isRinging } from './status.js';
import { firstRefusal, type Verdict } from './verdict.js';
import { withCall } from './with-call.js';

/** POP-3: emails, social, chats, then calls. */
const CHANNEL_ORDER: Record<Channel, number> = { email: 0, social: 1, chat: 2, voice: 3 };

const requestsOf = new WeakMap<object, readonly Interaction[]>();

/**
 * POP-1/POP-3: the requests that show as popovers, top to bottom, earliest first per channel;
 * computed once per snapshot of the interactions and shared: read only.
 */
export function popoverRequests(state: DeskState): readonly Interaction[] {
  let list = requestsOf.get(state.interactions);
  if (!list) {
    list = interactionList(state)
      .filter(isRinging)
      .sort(
        (a, b) =>
          CHANNEL_ORDER[a.channel] - CHANNEL_ORDER[b.channel] ||
          a.offeredAt - b.offeredAt ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    requestsOf.set(state.interactions, list);
  }
  return list;
}

export interface PopoverPage<T> {
  items: T[];
  /** Zero-based, clamped to the pages that exist. */
  page: number;
  pageCount: number;
  /** "1-5 of N", only when there are more than a page of requests (POP-2). */
  label?: string;
  hasPrevious: boolean;
  hasNext: boolean;
}

export const POPOVER_PAGE_SIZE = 5;

/** POP-2: five at a time, with "1-5 of N" above five. */
export function popoverPage<T>(items: readonly T[], page: number, pageSize = POPOVER_PAGE_SIZE): PopoverPage<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  const first = current * pageSize;
  const shown = items.slice(first, first + pageSize);
  return {
    items: shown,
    page: current,
    pageCount,
    label:
      items.length > pageSize
        ? t('rules.popover.range', { first: first + 1, last: first + shown.length, total: items.length })
        : undefined,
    hasPrevious: current > 0,
    hasNext: current < pageCount - 1,
  };
}

/** POP-4: the digital requests "Accept N requests" takes at once (offered, not still connecting). */
export function acceptAllTargets(state: DeskState): Interaction[] {
  return popoverRequests(state).filter((i) => i.channel !== 'voice' && i.phase === 'offered');
}

/** POP-4: shown when at least two digital requests wait. */
export function acceptAllLabel(count: number): string | undefined {
  return count >= 2 ? t('rules.popover.acceptAll', { count }) : undefined;
}

export const POPOVER_VARIABLE_LIMIT = 6;

export interface PopoverVariable {
  name: string;
  label: string;
  value: string;
}

/**
 * POP-5, POP-6, POP-10: the configured variables in the configured order, never a secure one,
 * at most six; a consult request leads with the initiating agent's Name, DN and Team (nine at most).
 * The callback reason shows only when the tenant configured it for the popover.
 */
export function popoverVariables(i: Interaction, tenant: TenantConfig): PopoverVariable[] {
  const configured = configuredNames(i, tenant);
  const byName = new Map(i.variables.map((v) => [v.name, v]));
  const shown = configured
    .map((name) => byName.get(name))
    .filter((v): v is Variable => !!v && !v.secure && v.showOnPopover)
    .slice(0, POPOVER_VARIABLE_LIMIT)
    .map((v) => ({ name: v.name, label: v.label, value: v.value }));
  if (i.kind !== 'consult-request' || !i.consultRequester) return shown;
  const r = i.consultRequester;
  return [
    { name: 'agentName', label: t('rules.popover.agentName'), value: r.name },
    { name: 'agentDn', label: t('rules.popover.agentDn'), value: r.dialNumber },
    { name: 'agentTeam', label: t('rules.popover.agentTeam'), value: r.team },
    ...shown,
  ];
}

function configuredNames(i: Interaction, tenant: TenantConfig): readonly string[] {
  const config = tenant.popoverVariables;
  if (i.channel !== 'voice') return config[i.channel];
  return i.kind === 'outdial' ? config.outdial : config.voice;
}

export type RequestIcon =
  | 'call'
  | 'callback'
  | 'campaign'
  | 'outdial'
  | 'consult'
  | 'chat'
  | 'email'
  | 'social';

export interface RequestLabel {
  label: string;
  icon: RequestIcon;
}

/** POP-8, POP-9, CB-1: each kind of request has its own label and icon. */
export function requestLabel(i: Interaction): RequestLabel {
  const icon: RequestIcon =
    i.channel !== 'voice' ? i.channel
    : i.kind === 'callback' || i.kind === 'outdial' ? i.kind
    : i.kind === 'preview-campaign' ? 'campaign'
    : i.kind === 'consult-request' ? 'consult'
    : 'call';
  // Each label's key is named after its icon.
  return { label: t(`rules.label.${icon}`), icon };
}

/**
 * POP-4, TASK-2: a request is accepted while it is offered, from its popover or from the list
 * alike; the same holds for declining it.
 */
export const canAccept = (state: DeskState, id: string): Verdict =>
  withCall(state, id, (i) => firstRefusal(i.phase !== 'offered' && 'rules.request.notOffered'));

/**
 * POP-9, TASK-3, CB-2: a web callback can be cancelled where the tenant allows it, while it rings and
 * once accepted until the customer answers.
 */
export const canCancelCallback = (state: DeskState, id: string): Verdict =>
  withCall(state, id, (i) =>
    firstRefusal(
      (i.kind !== 'callback' || i.callbackKind !== 'web') && 'rules.callback.notWeb',
      !state.tenant.endCallForWebCallbacks && 'rules.callback.cancelDisabled',
      !isRinging(i) && !isDiallingCustomer(i) && 'rules.callback.notRinging',
    ),
  );

/** Which actions a request offers on its popover or card (POP-4, AGENT-3, POP-9). */
export interface RequestActions {
  accept: boolean;
  /** Voice in phone mode: the agent answers on the phone, the page says so. */
  answerOnPhone: boolean;
  decline: boolean;
  cancel: boolean;
}

export function requestActions(state: DeskState, i: Interaction): RequestActions {
  const offered = i.phase === 'offered';
  const voice = i.channel === 'voice';
  const desktop = canDeclineVoice(state.agent);
  const cancel = offered && canCancelCallback(state, i.id).allowed;
  return {
    accept: offered && (!voice || desktop),
    answerOnPhone: offered && voice && !desktop,
    // The guide gives digital requests Accept only; calls can be declined in desktop mode.
    decline: offered && voice && desktop && !cancel,
    cancel,
  };
}

/** POP-11: the RONA popover lets the agent go Available again or stay Idle. */
export function ronaChoices(state: DeskState): ('available' | 'idle')[] {
  return state.rona ? ['available', 'idle'] : [];
}
