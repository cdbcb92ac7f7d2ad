import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import { REQUEST_NAMES, RequestError, type CallbackDraft, type RequestName, type RequestPayloads } from '../../src/core/requests.js';
import type { StoreError } from '../../src/core/store-events.js';
import { requestEventName } from '../../src/events/request-events.js';
import { settle, simPage } from '../helpers/sim-page.js';

/**
 * Issue 7, hardening: for every request an element can make, a platform refusal is SHOWN to the
 * agent in that element, and changes nothing on the desk but the request record. The store-level
 * half (every request name, no DOM) is test/hardening/adapter-failures.test.ts.
 */

const TAGS = ['agent-status', 'agent-popover', 'task-list', 'interaction-pane', 'callback-dialog'] as const;
type Tag = (typeof TAGS)[number];

/** Desk events that are not requests to the adapter (README: "Two desk events are not requests"). */
const NOT_REQUESTS = ['desk-select', 'desk-open-callbacks'];
/**
 * The analyzer also lists a `dispatchEvent(new X())` it sees in an element, by class only (no name).
 * Only these classes may appear so: they fire the two events above. Request events go through
 * `emitRequest` in the shared base, which the analyzer does not read, so they are only ever documented.
 */
const UNNAMED_UI_EVENTS = ['DeskSelectEvent', 'DeskOpenCallbacksEvent'];

/** Requests no element can make, covered only by the store-level sweep (agent-status makes outdials: AGENT-5). */
const STORE_ONLY: RequestName[] = [];

const NOW = Date.UTC(2026, 10, 24, 15, 0, 0); // 15:00 UTC, the virtual clock's default
const MINUTE = 60_000;
const sam = { type: 'agent' as const, id: 'agent-sam' };

type Desk = Awaited<ReturnType<typeof deskOn>>;

/** The five elements on one store, on the simulator, with a virtual clock. */
async function deskOn(options: Parameters<typeof simPage>[0] = {}) {
  const page = simPage({ now: NOW, ...options, tenant: { ringTimeoutMs: 3_600_000, ...options.tenant } });
  const errors: StoreError[] = [];
  page.store.events.on('error', (e) => errors.push(e));
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
    <agent-status .store=${page.store}></agent-status>
    <agent-popover .store=${page.store}></agent-popover>
    <task-list .store=${page.store}></task-list>
    <interaction-pane .store=${page.store}></interaction-pane>
    <callback-dialog .store=${page.store} agent-time-zone="UTC"></callback-dialog>
  </div>`);
  const el = (tag: Tag) => wrapper.querySelector<LitElement>(tag)!;
  const root = (tag: Tag) => el(tag).shadowRoot!;
  const render = async () => {
    await settle();
    for (const tag of TAGS) await el(tag).updateComplete;
  };
  /** The one control the selector names, present and not refused by the rules. */
  const control = <T extends HTMLElement = HTMLButtonElement>(tag: Tag, selector: string) => {
    const found = root(tag).querySelector<T>(selector);
    expect(found, `${tag}: ${selector}`).to.exist;
    expect(found!.getAttribute('aria-disabled'), `${tag}: ${selector} is refused`).to.not.equal('true');
    expect((found as unknown as HTMLButtonElement).disabled, `${tag}: ${selector} is disabled`).to.not.equal(true);
    return found!;
  };
  /** Keyboard, as an agent does: focus the control and press Enter (Space for a checkbox). */
  const press = async (tag: Tag, selector: string, key = 'Enter') => {
    control(tag, selector).focus();
    await sendKeys({ press: key });
    await render();
  };
  const click = async (tag: Tag, selector: string) => {
    control(tag, selector).click();
    await render();
  };
  /** A request straight through the adapter, to set the scene (not the request under test). */
  const run = async <K extends RequestName>(name: K, payload: RequestPayloads[K]) => {
    const method = page.sim.adapter[name] as unknown as (p: RequestPayloads[K]) => Promise<never>;
    const outcome = await page.store.request(name, payload, (p) => method.call(page.sim.adapter, p));
    expect(outcome.ok, `setting the scene: ${name}`).to.equal(true);
    await render();
    return outcome;
  };
  const advance = async (ms: number) => {
    page.clock.advance(ms);
    await render();
  };
  const offered = async (offer: () => string) => {
    const id = offer();
    await advance(1000);
    return id;
  };
  /** An accepted call, selected for the pane. */
  const acceptedCall = async (offer = () => page.sim.offerCall()) => {
    const id = await offered(offer);
    await run('accept', { interactionId: id });
    page.store.select(id);
    await render();
    return id;
  };
  /** An accepted call consulting Sam, answered by now. */
  const consulting = async () => {
    const id = await acceptedCall();
    await run('consult', { interactionId: id, destination: sam });
    await advance(3000);
    return id;
  };
  const conference = async () => {
    const id = await consulting();
    await run('conference', { interactionId: id });
    return id;
  };
  /** A choice in one of the pane's dialogs, by its label text. */
  const choose = async (text: string) => {
    const label = [...root('interaction-pane').querySelectorAll('dialog[open] label')].find((l) => l.textContent!.includes(text));
    expect(label, `a choice "${text}"`).to.exist;
    label!.querySelector('input')!.click();
    await render();
  };
  /** The callback dialog, opened the agent's way: the task list's "+". */
  const openCallbacks = async () => {
    await click('task-list', '[part~=schedule]');
    await waitUntil(() => root('callback-dialog').querySelector('form'), 'the callback dialog loads and shows its form');
    await render();
  };
  const fill = async (id: string, value: string) => {
    const input = root('callback-dialog').getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    input.dispatchEvent(new Event('blur'));
    await render();
  };
  const manage = async () => {
    await click('callback-dialog', '#tab-manage');
    await waitUntil(() => root('callback-dialog').querySelector('[part~=callback]'), 'the manage tab lists the callback');
  };
  const callback = (): CallbackDraft => ({
    customerName: 'Ada Lovelace',
    customerNumber: '+1 415 555 0134',
    startAt: new Date(page.clock.now() + 60 * MINUTE).toISOString(),
    endAt: new Date(page.clock.now() + 90 * MINUTE).toISOString(),
    timeZone: 'UTC',
    assignment: { to: 'myself' },
    queueId: 'q-billing',
    personal: false,
  });
  return { page, errors, wrapper, el, root, render, control, press, click, run, advance, offered, acceptedCall, consulting, conference, choose, openCallbacks, fill, manage, callback };
}

interface Scenario {
  /** The rule IDs (../shared/spec/RULES.md) the scene also proves, for the test's title. */
  rules?: string;
  /** Options of the simulated contact center, when the scene needs other than the defaults. */
  options?: Parameters<typeof simPage>[0];
  /** Brings the desk where the rules allow the request and the control is in reach (dialogs opened). */
  arrange(d: Desk): Promise<unknown>;
  /** What the agent does to make the request. */
  act(d: Desk): Promise<unknown>;
}

/** A button on the one ringing request's card. */
const card = (tag: Tag, part: string) => `${tag === 'agent-popover' ? '[part~=request-card]' : '[part~=card]'} [part~=${part}]`;

/** Ringing requests: the same scenes for the popover and the task list. */
const ringing = (tag: 'agent-popover' | 'task-list'): Record<string, Scenario> => ({
  [`${tag} desk-accept`]: { arrange: (d) => d.offered(() => d.page.sim.offerChat()), act: (d) => d.press(tag, card(tag, 'accept-button')) },
  [`${tag} desk-decline`]: { arrange: (d) => d.offered(() => d.page.sim.offerCall()), act: (d) => d.press(tag, card(tag, 'decline-button')) },
  [`${tag} desk-cancel-callback`]: { arrange: (d) => d.offered(() => d.page.sim.offerCallback('web')), act: (d) => d.press(tag, card(tag, 'cancel-button')) },
});

/** For every documented request event of every element: "<tag> <event>". */
const scenarios: Record<string, Scenario> = {
  'agent-status desk-set-agent-state': {
    arrange: async () => undefined,
    // Available → the next option, Idle with the first reason, by keyboard on the select.
    act: (d) => d.press('agent-status', '[part=state-select]', 'ArrowDown'),
  },
  'agent-status desk-set-bnr-default': { arrange: async () => undefined, act: (d) => d.press('agent-status', '[part=bnr-setting] input', 'Space') },
  'agent-status desk-sign-out': { arrange: async () => undefined, act: (d) => d.press('agent-status', '[part~=sign-out]') },
  'agent-status desk-outdial': {
    rules: '[AGENT-5] ',
    arrange: async (d) => {
      await d.press('agent-status', '[part~=outdial-toggle]');
      await sendKeys({ type: '+44 20 7946 0958' });
    },
    act: (d) => d.press('agent-status', '[part~=outdial-call]'),
  },

  ...ringing('agent-popover'),
  'agent-popover desk-accept-all': {
    arrange: async (d) => {
      d.page.sim.offerChat();
      d.page.sim.offerEmail();
      await d.advance(1000);
    },
    act: (d) => d.press('agent-popover', '[part~=accept-all]'),
  },
  'agent-popover desk-set-agent-state': {
    // POP-11: the offer rings out, the RONA popover offers Available; refused, it stays and says why.
    rules: '[POP-11] ',
    options: { tenant: { ringTimeoutMs: 10_000 } },
    arrange: async (d) => {
      await d.offered(() => d.page.sim.offerCall());
      await d.advance(10_000);
    },
    act: (d) => d.press('agent-popover', '[part~=rona-available]'),
  },

  ...ringing('task-list'),

  'callback-dialog desk-schedule-callback': {
    arrange: async (d) => {
      await d.openCallbacks();
      await d.fill('customerNumber', '+1 415 555 0134');
      await d.fill('customerName', 'Ada Lovelace');
      await d.fill('date', '2026-11-24');
      await d.fill('start', '17:00');
      await d.fill('end', '17:30');
      await d.fill('timeZone', 'UTC');
      await d.fill('queueId', 'q-billing');
    },
    act: (d) => d.press('callback-dialog', '[part~=submit]'),
  },
  'callback-dialog desk-update-callback': {
    arrange: async (d) => {
      await d.run('scheduleCallback', { callback: d.callback() });
      await d.openCallbacks();
      await d.manage();
      await d.click('callback-dialog', '[part~=callback] [part~=edit]');
      await waitUntil(() => d.root('callback-dialog').querySelector('form'));
      await d.fill('reason', 'Prefers the afternoon');
    },
    act: (d) => d.press('callback-dialog', '[part~=submit]'),
  },
  'callback-dialog desk-delete-callback': {
    arrange: async (d) => {
      await d.run('scheduleCallback', { callback: d.callback() });
      await d.openCallbacks();
      await d.manage();
      await d.click('callback-dialog', '[part~=callback] [part~=delete]');
    },
    act: (d) => d.press('callback-dialog', '[part~=confirm-delete]'),
  },
  'callback-dialog desk-list-callbacks': {
    arrange: (d) => d.openCallbacks(),
    // The tabs follow the arrow keys; the Manage tab fetches the list.
    act: async (d) => {
      d.control('callback-dialog', '#tab-schedule').focus();
      await sendKeys({ press: 'ArrowRight' });
      await d.render();
    },
  },

  'interaction-pane desk-hold': { arrange: (d) => d.acceptedCall(), act: (d) => d.press('interaction-pane', '[part~=hold]') },
  'interaction-pane desk-resume': {
    arrange: async (d) => d.run('hold', { interactionId: await d.acceptedCall(), leg: 'customer' }),
    act: (d) => d.press('interaction-pane', '[part~=resume]'),
  },
  'interaction-pane desk-consult': {
    arrange: async (d) => {
      await d.acceptedCall();
      await d.press('interaction-pane', '[part~=consult]');
      await d.choose('Sam Okafor');
    },
    act: (d) => d.press('interaction-pane', 'dialog[open] [part~=submit]'),
  },
  'interaction-pane desk-end-consult': { arrange: (d) => d.consulting(), act: (d) => d.press('interaction-pane', '[part~=end-consult]') },
  'interaction-pane desk-exit-consult': {
    arrange: (d) => d.acceptedCall(() => d.page.sim.colleagueConsultsMe()),
    act: (d) => d.press('interaction-pane', '[part~=exit-consult]'),
  },
  'interaction-pane desk-conference': { arrange: (d) => d.consulting(), act: (d) => d.press('interaction-pane', '[part~=conference]') },
  'interaction-pane desk-exit-conference': { arrange: (d) => d.conference(), act: (d) => d.press('interaction-pane', '[part~=exit-conference]') },
  'interaction-pane desk-transfer': {
    arrange: async (d) => {
      await d.acceptedCall();
      await d.press('interaction-pane', '[part~=transfer]');
      await d.choose('Sam Okafor');
    },
    act: (d) => d.press('interaction-pane', 'dialog[open] [part~=submit]'),
  },
  'interaction-pane desk-drop-participant': {
    arrange: (d) => d.conference(),
    act: (d) => d.press('interaction-pane', '[data-participant-id=agent-sam] [part~=drop]'),
  },
  'interaction-pane desk-pause-recording': { arrange: (d) => d.acceptedCall(), act: (d) => d.press('interaction-pane', '[part~=pause-recording]') },
  'interaction-pane desk-resume-recording': {
    arrange: async (d) => d.run('pauseRecording', { interactionId: await d.acceptedCall() }),
    act: (d) => d.press('interaction-pane', '[part~=resume-recording]'),
  },
  'interaction-pane desk-set-bnr': { arrange: (d) => d.acceptedCall(), act: (d) => d.press('interaction-pane', '[part~=bnr]') },
  'interaction-pane desk-save-variables': {
    arrange: async (d) => {
      await d.acceptedCall();
      d.control<HTMLInputElement>('interaction-pane', '#var-caseNumber').focus();
      await sendKeys({ type: 'CASE-1' });
      await d.render();
    },
    act: (d) => d.press('interaction-pane', '[part~=save]'),
  },
  'interaction-pane desk-reveal-variable': { rules: '[CAD-2] ', arrange: (d) => d.acceptedCall(), act: (d) => d.press('interaction-pane', '[part~=reveal]') },
  'interaction-pane desk-refresh-directory': {
    arrange: async (d) => {
      await d.acceptedCall();
      await d.press('interaction-pane', '[part~=consult]');
    },
    act: (d) => d.press('interaction-pane', 'dialog[open] [part~=refresh]'),
  },
  'interaction-pane desk-end': { arrange: (d) => d.acceptedCall(), act: (d) => d.press('interaction-pane', '[part~=end]') },
  'interaction-pane desk-send-dtmf': {
    arrange: async (d) => {
      await d.acceptedCall();
      d.root('interaction-pane').querySelector<HTMLDetailsElement>('[part~=keypad]')!.open = true;
      await d.render();
    },
    act: (d) => d.press('interaction-pane', '[part~=dtmf-key]'),
  },
  'interaction-pane desk-cancel-callback': {
    // CB-2: an accepted web callback whose customer is still being dialled.
    rules: '[CB-2] ',
    arrange: (d) => d.acceptedCall(() => d.page.sim.offerCallback('web')),
    act: (d) => d.press('interaction-pane', '[part~=cancel-callback]'),
  },
  'interaction-pane desk-submit-wrap-up': {
    arrange: async (d) => {
      await d.run('end', { interactionId: await d.acceptedCall() });
      await waitUntil(() => d.root('interaction-pane').querySelector('dialog[open][part~=wrap-up-dialog]'), 'wrap-up opens');
      await d.choose('Resolved');
    },
    act: (d) => d.press('interaction-pane', 'dialog[open] [part~=submit-wrap-up]'),
  },
};

const REQUEST_BY_EVENT = new Map<string, RequestName>(REQUEST_NAMES.map((name) => [requestEventName(name), name]));

/** Every element of a shadow tree, nested shadow roots included. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

/**
 * Where the element shows `message` to the agent: an alert (announced), rendered and visible, and
 * inside the open modal dialog when there is one (everything behind a modal is inert).
 */
function shownAlerts(host: Element, message: string): Element[] {
  const root = host.shadowRoot!;
  const modal = root.querySelector('dialog:modal');
  return allElements(root).filter(
    (el) =>
      el.matches('[role=alert]') &&
      (el.textContent ?? '').includes(message) &&
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      (!modal || modal.contains(el)),
  );
}

describe('adapter failures are shown: every request an element makes, refused by the platform', () => {
  it('covers every request event the elements document (custom-elements.json), and no more', async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is served (generate it with `npm run analyze`)').to.equal(true);
    type Fired = { name?: string; type?: { text: string } };
    const manifest = (await response.json()) as { modules: { declarations?: { tagName?: string; events?: Fired[] }[] }[] };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((d) => d.tagName).sort(), 'the manifest describes the five elements').to.deep.equal([...TAGS].sort());
    const unnamed = elements.flatMap((d) => (d.events ?? []).filter((e) => !e.name).map((e) => `${d.tagName} ${e.type?.text}`));
    expect(unnamed.filter((e) => !UNNAMED_UI_EVENTS.includes(e.split(' ')[1])), 'events fired without a documented name').to.deep.equal([]);
    const documented = elements.flatMap((d) => (d.events ?? []).filter((e) => e.name).map((e) => ({ tag: d.tagName!, event: e.name! })));
    const unknown = documented.filter(({ event }) => !REQUEST_BY_EVENT.has(event) && !NOT_REQUESTS.includes(event));
    expect(unknown, 'documented events that are neither requests nor the known UI events').to.deep.equal([]);
    const requests = documented.filter(({ event }) => REQUEST_BY_EVENT.has(event)).map(({ tag, event }) => `${tag} ${event}`);
    expect(Object.keys(scenarios).sort(), 'a failure scene for every request event an element fires').to.deep.equal([...requests].sort());
    const made = new Set(documented.flatMap(({ event }) => REQUEST_BY_EVENT.get(event) ?? []));
    expect(REQUEST_NAMES.filter((name) => !made.has(name)), 'requests no element can make').to.deep.equal(STORE_ONLY);
  });

  for (const [key, scenario] of Object.entries(scenarios)) {
    const [tag, event] = key.split(' ') as [Tag, string];
    const name = REQUEST_BY_EVENT.get(event)!;
    it(`${scenario.rules ?? ''}${tag}: a refused ${event} is shown in the element and changes nothing else`, async () => {
      const d = await deskOn(scenario.options);
      try {
        await scenario.arrange(d);
        const message = `The platform refused ${name} (asked from ${tag}).`;
        d.page.sim.adapter[name] = (() => Promise.reject(new RequestError('refused', message))) as never;
        const fired: { type: string; fromElement: boolean }[] = [];
        const listen = (e: Event) => fired.push({ type: e.type, fromElement: e.composedPath().includes(d.el(tag)) });
        for (const type of REQUEST_BY_EVENT.keys()) document.addEventListener(type, listen);
        const before = d.page.store.getState();
        expect(shownAlerts(d.el(tag), message), 'nothing shown before').to.deep.equal([]);

        await scenario.act(d);
        await d.render();

        for (const type of REQUEST_BY_EVENT.keys()) document.removeEventListener(type, listen);
        expect(fired, 'the agent made exactly this request, from this element').to.deep.equal([{ type: event, fromElement: true }]);
        const after = d.page.store.getState();
        const records = Object.values(after.requests).filter((r) => r.name === name);
        expect(records.at(-1), 'the rules let it through to the adapter, which refused it').to.include({ status: 'failed', code: 'refused', reason: message });
        expect(shownAlerts(d.el(tag), message), `the refusal is shown in ${tag}`).to.not.be.empty;
        expect({ ...after, requests: {} }, 'only the request record changed').to.deep.equal({ ...before, requests: {} });
        expect(d.errors, 'store errors').to.deep.equal([]);
      } finally {
        d.page.disconnect();
      }
    });
  }
});
