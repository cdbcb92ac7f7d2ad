import type { AdapterCapabilities } from './capabilities.js';
import type {
  Agent,
  Directory,
  Interaction,
  Notice,
  RonaNotice,
  ScheduledCallback,
  TenantConfig,
} from './types.js';
import type { RequestRecord } from './requests.js';

/** One immutable snapshot of the desk. Unchanged parts keep their identity between snapshots. */
export interface DeskState {
  agent: Agent;
  tenant: TenantConfig;
  directory: Directory;
  /** By id, in arrival order. */
  interactions: Readonly<Record<string, Interaction>>;
  /** POP-11: the RONA popover, until the agent answers it. */
  rona: RonaNotice | null;
  callbacks: readonly ScheduledCallback[];
  /** Outstanding and recently settled requests, by request id. */
  requests: Readonly<Record<string, RequestRecord>>;
  notices: readonly Notice[];
  /** TASK-5: the interaction the task list selected for the interaction pane. */
  selectedInteractionId?: string;
  /** What the adapter declared it cannot do (session-started); everything when absent. */
  capabilities?: AdapterCapabilities;
}

export const defaultAgent: Agent = {
  id: 'agent-self',
  name: 'Agent',
  dialNumber: '',
  teamId: 'team',
  teamName: 'Team',
  buddyTeamIds: [],
  availability: 'idle',
  idleCodes: [],
  telephonyMode: 'desktop',
  settings: { backgroundNoiseReduction: true },
  signedIn: false,
};

export const defaultTenant: TenantConfig = {
  popoverVariables: { voice: [], outdial: [], chat: [], email: [], social: [] },
  sensitiveDataProtection: false,
  ringTimeoutMs: 30_000,
  recordingPauseMs: 60_000,
  endCallForWebCallbacks: false,
  concurrentCallLimit: 100,
  concurrentCallLimitReasonCode: 'CONCURRENT_LIMIT',
  conferenceLimit: 8,
  wrapUpReasons: [],
  callbackReasonVariable: 'callbackReason',
  ronaIdleCodeId: 'rona',
};

export const emptyDirectory: Directory = {
  agents: [],
  queues: [],
  entryPoints: [],
  dialNumbers: [],
  organizations: [],
};

export function initialState(overrides: Partial<DeskState> = {}): DeskState {
  return {
    agent: defaultAgent,
    tenant: defaultTenant,
    directory: emptyDirectory,
    interactions: {},
    rona: null,
    callbacks: [],
    requests: {},
    notices: [],
    ...overrides,
  };
}
