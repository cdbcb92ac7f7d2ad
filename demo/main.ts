// The demo wires the kit the way a host would, through its public entry points only.
import { connectAdapter, createStore, createSystemClock, provideStore } from '../src/index.js';
import type { DeskState } from '../src/index.js';
import { createSimulator } from '../src/simulator/index.js';
import '../src/define/agent-status.js';
import '../src/define/agent-popover.js';
import '../src/define/task-list.js';
import '../src/define/interaction-pane.js';
import '../src/define/callback-dialog.js';

const clock = createSystemClock();
const store = createStore({ clock });
provideStore(document.body, store);

const sim = createSimulator({ clock });
connectAdapter(sim.adapter, { store });
sim.start();

const firstLive = (state: DeskState) =>
  (state.selectedInteractionId && state.interactions[state.selectedInteractionId]) ||
  Object.values(state.interactions).find((i) => i.phase === 'connected' || i.phase === 'post-call');

const controls: [string, () => void][] = [
  ['Incoming call', () => sim.offerCall()],
  ['Chat', () => sim.offerChat()],
  ['Email', () => sim.offerEmail()],
  ['Social message', () => sim.offerSocial()],
  ['Web callback', () => sim.offerCallback('web')],
  ['Colleague consults me', () => sim.colleagueConsultsMe()],
  ['Customer hangs up', () => { const live = firstLive(store.getState()); if (live) sim.customerHangsUp(live.id); }],
  ['Supervisor barges in', () => { const live = firstLive(store.getState()); if (live) sim.supervisorBargesIn(live.id); }],
  ['Colleague saves "Case number"', () => { const live = firstLive(store.getState()); if (live?.variables.some((v) => v.name === 'caseNumber')) sim.colleagueSavesVariable(live.id, 'caseNumber', 'CASE-FROM-SAM'); }],
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
