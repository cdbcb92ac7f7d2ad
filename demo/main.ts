// The demo CRM wires the kit the way a host would, through the package's public entry points only.
import { connectAdapter, createStore, createSystemClock, interactionList, isAccepted, provideStore, selectedInteraction } from 'agent-desk-kit';
import type { DeskState, Interaction } from 'agent-desk-kit';
import { createSimulator } from 'agent-desk-kit/simulator';
import 'agent-desk-kit/define/all';
import { lookUp } from './crm.js';

const clock = createSystemClock();
const store = createStore({ clock });
provideStore(document.body, store);

const sim = createSimulator({ clock });
connectAdapter(sim.adapter, { store });
sim.start();

// Screen pop: when the agent accepts, the CRM opens the caller's record. Text only, never HTML.
const record = document.getElementById('record')!;
const notes = document.getElementById('notes') as HTMLTextAreaElement;
const notesByCustomer = new Map<string, string>();
let shownCustomer = '';
function screenPop(i: Interaction) {
  notesByCustomer.set(shownCustomer, notes.value);
  const name = i.customer.name ?? i.customer.number;
  shownCustomer = name;
  const found = lookUp(i.customer.name);
  const title = document.createElement('h3');
  title.textContent = name;
  const details = document.createElement('dl');
  const rows: [string, string][] = found
    ? [['Account', found.account], ['Tier', found.tier], ['Customer since', found.since], ['Open cases', String(found.openCases)], ['Last order', found.lastOrder], ['Number', i.customer.number]]
    : [['Number', i.customer.number], ['Record', 'No record yet for this caller']];
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    details.append(dt, dd);
  }
  record.replaceChildren(title, details);
  notes.value = notesByCustomer.get(name) ?? '';
}
store.events.on('applied', (event) => {
  if (event.type !== 'interaction-accepted' || !event.interactionId) return;
  const accepted = store.getState().interactions[event.interactionId];
  if (accepted && accepted.kind !== 'consult-request') screenPop(accepted);
});

const selectedOrLive = (state: DeskState) => selectedInteraction(state) ?? interactionList(state).find(isAccepted);

const controls: [string, () => void][] = [
  ['Incoming call', () => sim.offerCall()],
  ['Chat', () => sim.offerChat()],
  ['Email', () => sim.offerEmail()],
  ['Social message', () => sim.offerSocial()],
  ['Web callback', () => sim.offerCallback('web')],
  ['Colleague consults me', () => sim.colleagueConsultsMe()],
  ['Customer hangs up', () => { const live = selectedOrLive(store.getState()); if (live) sim.customerHangsUp(live.id); }],
  ['Supervisor barges in', () => { const live = selectedOrLive(store.getState()); if (live) sim.supervisorBargesIn(live.id); }],
  ['Colleague saves “Case number”', () => { const live = selectedOrLive(store.getState()); if (live?.variables.some((v) => v.name === 'caseNumber')) sim.colleagueSavesVariable(live.id, 'caseNumber', 'CASE-FROM-SAM'); }],
  ['Scheduled callback comes due', () => { if (!sim.scheduledCallbackComesDue()) logLine('No scheduled callback yet: schedule one with “+” or the “…” menu.'); }],
];
const panel = document.getElementById('sim-controls')!;
for (const [label, run] of controls) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', run);
  panel.append(button);
}

const log = document.getElementById('log')!;
function logLine(text: string, error = false) {
  const item = document.createElement('li');
  item.textContent = `${new Date(clock.now()).toLocaleTimeString()} ${text}`;
  if (error) item.className = 'error';
  log.prepend(item);
  while (log.children.length > 200) log.lastElementChild!.remove();
}
store.events.on('applied', (e) => logLine(`${e.type}${e.interactionId ? ` ${e.interactionId}` : ''}`));
store.events.on('error', (e) => logLine(`error ${e.kind}: ${e.message}`, true));
store.events.on('request', (r) => logLine(`request ${r.name} ${r.status}${r.reason ? `: ${r.reason}` : ''}`, r.status === 'failed'));
store.events.on('notice', (n) => logLine(`notice: ${n.message}`));
