import { executeServerCommand } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { UA, WebSocketInterface } from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import '../../src/define/agent-popover.js';
import '../../src/define/interaction-pane.js';
import { createSystemClock } from '../../src/core/clock.js';
import type { StoreError } from '../../src/core/store-events.js';
import { createStore } from '../../src/core/store.js';
import type { Directory } from '../../src/core/types.js';
import { connectAdapter } from '../../src/connect-adapter.js';
import { createSipAdapter, type SipAdapterOptions } from '../../src/sip/index.js';

export interface Stack {
  ws: string;
  domain: string;
  customer: string;
}

export const stack = () => executeServerCommand('sip-stack') as Promise<Stack>;

/** Drives baresip, the customer's phone, over ctrl_tcp (on the test server's side). */
export const phone = {
  command: (line: string) => executeServerCommand('sip-phone', { line }),
  mark: () => executeServerCommand('sip-phone-mark') as Promise<number>,
  wait: (type: string, from: number, timeoutMs = 10000) => executeServerCommand('sip-phone-wait', { type, from, timeoutMs }) as Promise<{ type: string; param?: string }>,
  events: (from: number) => executeServerCommand('sip-phone-events', { from }) as Promise<{ type: string; param?: string }[]>,
  audioBytes: () => executeServerCommand('sip-phone-audio') as Promise<number>,
};

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` is true (real time: a real network is on the other side). */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** The first element matching `selector` anywhere under `root`, shadow roots included. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  const found = root.querySelector<T & Element>(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot ? deepQuery<T>(el.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

export const directory = (...users: string[]): Directory => ({
  agents: users.map((u) => ({ id: `agent-${u}`, name: `Agent ${u}`, teamId: 'sip', teamName: 'SIP', dialNumber: u, available: true })),
  queues: [],
  entryPoints: [],
  dialNumbers: [{ id: 'dn-customer', name: 'Customer phone', number: '15550100', capacityBased: false }],
  organizations: [],
});

const desks: { stop(): void }[] = [];
afterEach(async () => {
  desks.splice(0).forEach((d) => d.stop());
  await sleep(300);
});

/** RTP packets received on every inbound audio stream of a connection. */
export async function packetsReceived(pc: RTCPeerConnection | undefined): Promise<number> {
  if (!pc) return 0;
  let total = 0;
  (await pc.getStats()).forEach((report) => {
    if (report.type === 'inbound-rtp' && report.kind === 'audio') total += report.packetsReceived ?? 0;
  });
  return total;
}

/**
 * One agent's desk in this page: its own store, SIP line, popover and pane, in its own section
 * (request events from its elements reach only its adapter).
 */
export async function sipDesk(user: string, options: Partial<SipAdapterOptions> = {}) {
  const { ws, domain } = await stack();
  const container = document.createElement('section');
  container.setAttribute('aria-label', `Desk of ${user}`);
  document.body.append(container);
  const clock = createSystemClock();
  const store = createStore({ clock });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const line = createSipAdapter({
    server: ws,
    uri: `sip:${user}@${domain}`,
    displayName: `Agent ${user}`,
    agent: { id: `agent-${user}`, availability: 'available' },
    tenant: { ringTimeoutMs: 60_000, wrapUpReasons: [{ id: 'resolved', label: 'Resolved' }] },
    directory: directory('agent1', 'agent2'),
    clock,
    ...options,
  });
  const connection = connectAdapter(line.adapter, { store, root: container });
  render(html`<agent-popover .store=${store}></agent-popover><interaction-pane .store=${store}></interaction-pane>`, container);
  const desk = {
    user,
    uri: `sip:${user}@${domain}`,
    store,
    line,
    errors,
    container,
    state: () => store.getState(),
    stop() {
      connection.disconnect();
      line.stop();
      container.remove();
    },
    /** Ids of interactions on the desk. */
    ids: () => Object.keys(store.getState().interactions),
    /** Clicks a control of the popover or the pane by its part name, once it is shown and enabled. */
    async click(part: string, within: ParentNode = container) {
      let button: HTMLButtonElement | null = null;
      await waitFor(() => {
        button = deepQuery<HTMLButtonElement>(within, `[part~=${part}]`);
        return !!button && !button.disabled && button.getAttribute('aria-disabled') !== 'true';
      }, `${user}'s ${part} button`).catch((error: Error) => {
        const why = (button as HTMLButtonElement | null)?.title;
        throw new Error(`${error.message}${button ? ` (shown, refused: ${why})` : ' (not shown)'}`);
      });
      button!.click();
    },
    /** The RTCPeerConnection of an interaction's customer leg, or of its consult leg. */
    connection(id: string, leg: 'customer' | 'consult' = 'customer'): RTCPeerConnection | undefined {
      return line.connectionOf(id, leg);
    },
    /** In the pane's destination dialog: picks the agent named, then submits. */
    async chooseDestination(name: string) {
      let label: HTMLLabelElement | undefined;
      await waitFor(() => {
        const dialog = deepQuery<HTMLDialogElement>(container, 'dialog[part~=destination-dialog]');
        label = dialog?.open ? [...dialog.querySelectorAll('label')].find((l) => l.textContent!.includes(name)) : undefined;
        return !!label?.querySelector('input');
      }, `${user}: ${name} in the destination dialog`);
      label!.querySelector('input')!.click();
      await sleep(50);
      await desk.click('submit');
    },
    /** Wrap-up: opens the dialog, picks the first reason, submits. */
    async wrapUp(id: string) {
      await desk.waitForPhase(id, 'wrap-up');
      store.select(id);
      await desk.click('wrap-up');
      let radio: HTMLInputElement | null = null;
      await waitFor(() => {
        radio = deepQuery<HTMLInputElement>(container, 'dialog[part~=wrap-up-dialog] [part~=wrap-up-list] input');
        return !!radio;
      }, `${user}: a wrap-up reason`);
      radio!.click();
      await sleep(50);
      await desk.click('submit-wrap-up');
      await desk.waitGone(id);
    },
    /** Text the desk shows (shadow roots included). */
    text: () => deepText(container),
    async waitForPhase(id: string, phase: string, timeoutMs = 10000) {
      await waitFor(() => store.getState().interactions[id]?.phase === phase, `${user}: ${id} ${phase}`, timeoutMs);
    },
    async waitForOffer(timeoutMs = 10000): Promise<string> {
      let id = '';
      await waitFor(() => {
        id = Object.values(store.getState().interactions).find((i) => i.phase === 'offered')?.id ?? '';
        return !!id;
      }, `${user}: a call offered`, timeoutMs);
      return id;
    },
    async waitGone(id: string, timeoutMs = 10000) {
      await waitFor(() => !store.getState().interactions[id], `${user}: ${id} gone`, timeoutMs);
    },
  };
  desks.push(desk);
  await line.start();
  await waitFor(() => store.getState().agent.signedIn && store.getState().agent.availability === 'available', `${user} signed in`);
  return desk;
}

/**
 * A browser customer (JsSIP), for what baresip cannot do: it drops the Replaces of a REFER, so an
 * attended transfer needs a customer like this one as transferee.
 */
export async function browserCustomer(user = 'webcustomer') {
  const { ws, domain } = await stack();
  const ua = new UA({ sockets: [new WebSocketInterface(ws)], uri: `sip:${user}@${domain}`, display_name: 'Web Customer', register: true, session_timers: false });
  const sessions: RTCSession[] = [];
  ua.on('newRTCSession', (e: { session: RTCSession }) => {
    const session = e.session;
    sessions.push(session);
    if (session.direction === 'incoming') session.answer({ mediaConstraints: { audio: true, video: false } });
    // The transferee: follows a REFER (with Replaces when the agent transfers after a consult).
    session.on('refer', (r) => (r.accept as () => void)());
  });
  await new Promise<void>((resolve, reject) => {
    ua.once('registered', () => resolve());
    ua.once('registrationFailed', (e) => reject(new Error(String(e.cause))));
    ua.start();
  });
  const customer = {
    ua,
    sessions,
    call: (target: string) => ua.call(target, { mediaConstraints: { audio: true, video: false } }),
    live: () => sessions.filter((s) => !s.isEnded()),
    stop: () => ua.stop(),
  };
  desks.push(customer);
  return customer;
}
