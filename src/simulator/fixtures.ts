import type { VariableInput } from '../core/adapter-events.js';
import type { Agent, Directory, TenantConfig } from '../core/types.js';

/** A realistic demo tenant: what the demo, Storybook and tests run on by default. */
export const sampleAgent: Agent = {
  id: 'agent-riley',
  name: 'Riley Chen',
  dialNumber: '+1 415 555 0100',
  teamId: 'team-billing',
  teamName: 'Billing',
  buddyTeamIds: ['agent-sam', 'agent-noor'],
  availability: 'available',
  idleCodes: [
    { id: 'lunch', label: 'Lunch' },
    { id: 'meeting', label: 'Meeting' },
    { id: 'rona', label: 'Missed request (RONA)' },
  ],
  telephonyMode: 'desktop',
  settings: { backgroundNoiseReduction: true },
  signedIn: true,
};

export const sampleTenant: TenantConfig = {
  popoverVariables: {
    voice: ['accountNumber', 'customerTier', 'lastOrder', 'accountPin', 'intent', 'language', 'region'],
    outdial: ['accountNumber', 'customerTier', 'accountPin', 'lastOrder', 'campaign'],
    chat: ['intent', 'language'],
    email: ['subject'],
    social: ['network'],
  },
  sensitiveDataProtection: false,
  ringTimeoutMs: 20_000,
  recordingPauseMs: 60_000,
  endCallForWebCallbacks: true,
  callbackEntryPointId: 'ep-callbacks',
  concurrentCallLimit: 50,
  concurrentCallLimitReasonCode: 'TENANT_CONCURRENT_CALL_LIMIT',
  outdialAnis: [
    { id: 'ani-main', name: 'Main line', number: '+1 800 555 0100' },
    { id: 'ani-billing', name: 'Billing', number: '+1 800 555 0142' },
  ],
  conferenceLimit: 8,
  wrapUpReasons: [
    { id: 'resolved', label: 'Resolved' },
    { id: 'billing-question', label: 'Billing question' },
    { id: 'billing-dispute', label: 'Billing dispute' },
    { id: 'callback-scheduled', label: 'Callback scheduled' },
    { id: 'transferred', label: 'Transferred' },
    { id: 'no-answer', label: 'No answer' },
  ],
  callbackReasonVariable: 'callbackReason',
  ronaIdleCodeId: 'rona',
};

const agent = (id: string, name: string, teamId: string, teamName: string, dialNumber: string, available = true) => ({
  id,
  name,
  teamId,
  teamName,
  dialNumber,
  available,
});

export const sampleDirectory: Directory = {
  agents: [
    agent('agent-riley', 'Riley Chen', 'team-billing', 'Billing', '+1 415 555 0100'),
    agent('agent-sam', 'Sam Okafor', 'team-billing', 'Billing', '+1 415 555 0101'),
    agent('agent-noor', 'Noor Haddad', 'team-billing', 'Billing', '+1 415 555 0102'),
    agent('agent-lea', 'Léa Martin', 'team-tech', 'Technical support', '+1 415 555 0103'),
    agent('agent-kenji', 'Kenji Watanabe', 'team-tech', 'Technical support', '+1 415 555 0104', false),
    agent('agent-ana', 'Ana Souza', 'team-sales', 'Sales', '+1 415 555 0105'),
  ],
  queues: [
    { id: 'q-billing', name: 'Billing', active: true, channel: 'telephony', agentIds: [] },
    { id: 'q-tech', name: 'Technical support', active: true, channel: 'telephony', agentIds: ['agent-lea', 'agent-kenji', 'agent-riley'] },
    { id: 'q-sales', name: 'Sales', active: true, channel: 'telephony', agentIds: ['agent-ana'] },
    { id: 'q-legacy', name: 'Legacy support (closed)', active: false, channel: 'telephony', agentIds: [] },
    { id: 'q-chat', name: 'Web chat', active: true, channel: 'chat', agentIds: [] },
  ],
  entryPoints: [
    { id: 'ep-main', name: 'Main line', active: true, capacityBased: false, outdial: false },
    { id: 'ep-capacity', name: 'Priority team (capacity-based)', active: true, capacityBased: true, outdial: false },
    { id: 'ep-callbacks', name: 'Scheduled callbacks', active: true, capacityBased: false, outdial: true },
  ],
  dialNumbers: [
    { id: 'dn-legal', name: 'Legal desk', number: '+1 415 555 0199', capacityBased: false },
    { id: 'dn-capacity', name: 'Overflow (capacity-based)', number: '+1 415 555 0198', capacityBased: true },
  ],
  organizations: [{ id: 'org-partner', name: 'Partner support' }],
};

const v = (name: string, label: string, value: string, order: number, extra: Partial<VariableInput> = {}): VariableInput => ({
  name,
  label,
  type: 'string',
  value,
  editable: false,
  secure: false,
  showOnPopover: true,
  order,
  version: 1,
  ...extra,
});

/** The call-associated variables a sample voice call carries; one secure, a few editable. */
export function sampleCallVariables(seed: number): VariableInput[] {
  return [
    v('accountNumber', 'Account number', `AC-${100200 + seed}`, 1),
    v('customerTier', 'Tier', seed % 2 ? 'Gold' : 'Standard', 2),
    v('lastOrder', 'Last order', `#${48000 + seed * 7}`, 3),
    v('accountPin', 'Account PIN', `${4000 + seed}`, 4, { secure: true }),
    v('intent', 'Intent', 'Billing question', 5),
    v('language', 'Language', 'English', 6),
    v('region', 'Region', 'West', 7),
    v('caseNumber', 'Case number', '', 8, { editable: true, showOnPopover: false }),
    v('followUpAt', 'Follow-up at', '', 9, { editable: true, type: 'datetime', showOnPopover: false }),
    v('notes', 'Notes', '', 10, { editable: true, showOnPopover: false }),
  ];
}

export const sampleCustomers = [
  { name: 'Ada Lovelace', number: '+1 415 555 0134' },
  { name: 'Grace Hopper', number: '+1 212 555 0187' },
  { name: 'Alan Turing', number: '+44 20 7946 0958' },
  { name: 'Katherine Johnson', number: '+1 757 555 0112' },
  { name: 'Hedy Lamarr', number: '+43 1 555 0177' },
  { name: 'Margaret Hamilton', number: '+1 617 555 0163' },
  { name: 'Tim Berners-Lee', number: '+41 22 555 0145' },
];
