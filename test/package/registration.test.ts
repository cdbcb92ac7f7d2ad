// Registration as a host meets it: a page that already has its own <task-list>, tags renamed with a
// prefix, a second import, and a scoped custom element registry. Each test file runs in its own page,
// so the page's registry starts empty here.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import * as kit from '../../src/index.js';
import { simPage } from '../helpers/sim-page.js';

/** The host's own element, defined before the kit is imported. */
class HostTaskList extends HTMLElement {}
customElements.define('task-list', HostTaskList);

const warnings: string[] = [];
const realWarn = console.warn;
beforeEach(() => {
  warnings.length = 0;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = realWarn;
});

describe('registration', () => {
  it('the package root exports every element class by its name, and importing it registers nothing', () => {
    const classes = [kit.AgentPopover, kit.AgentStatus, kit.CallbackDialog, kit.InteractionPane, kit.TaskList];
    expect(classes.map((c) => c.name)).to.deep.equal(['AgentPopover', 'AgentStatus', 'CallbackDialog', 'InteractionPane', 'TaskList']);
    expect(classes.map((c) => c.defaultTag)).to.deep.equal(['agent-popover', 'agent-status', 'callback-dialog', 'interaction-pane', 'task-list']);
    for (const c of classes) expect(c.prototype).to.be.instanceOf(kit.DeskElement);
    expect(customElements.get('agent-popover')).to.equal(undefined);
  });

  it('a tag the page already uses for its own element is left to it, with a console warning naming the way out', async () => {
    const { TaskList } = await import('../../src/define/task-list.js');
    expect(TaskList).to.equal(kit.TaskList);
    expect(customElements.get('task-list')).to.equal(HostTaskList);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<task-list> is already defined by another element');
    expect(warnings[0]).to.contain("TaskList.define('my-task-list')");
    expect(kit.TaskList.define()).to.equal(false);
  });

  it('define(tag) registers under another tag, and the element works there', async () => {
    expect(kit.TaskList.define('crm-task-list')).to.equal(true);
    expect(customElements.get('crm-task-list')).to.equal(kit.TaskList);
    expect(kit.TaskList.define('crm-task-list'), 'a second call is harmless').to.equal(true);
    expect(warnings).to.deep.equal([]);
    const page = simPage();
    try {
      const el = await fixture<kit.TaskList>(html`<crm-task-list .store=${page.store}></crm-task-list>`);
      page.sim.offerCall();
      page.clock.advance(1000);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=status]')?.textContent?.trim()).to.equal('Ringing');
    } finally {
      page.disconnect();
    }
  });

  it('defineDeskElements({ prefix }) registers every element under the prefix; each renders from the provided store', async () => {
    const tags = kit.defineDeskElements({ prefix: 'acme' });
    expect(tags).to.deep.equal(['acme-agent-status', 'acme-agent-popover', 'acme-task-list', 'acme-interaction-pane', 'acme-callback-dialog']);
    // TaskList already holds crm-task-list: the registry takes a subclass for the second tag.
    expect(customElements.get('acme-task-list')!.prototype).to.be.instanceOf(kit.TaskList);
    expect(warnings).to.deep.equal([]);
    const page = simPage();
    try {
      const root = await fixture<HTMLDivElement>(html`<div>${tags.map((tag) => staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`)}</div>`);
      kit.provideStore(root, page.store);
      page.sim.offerCall();
      page.clock.advance(1000);
      const popover = root.querySelector<kit.AgentPopover>('acme-agent-popover')!;
      await popover.updateComplete;
      expect(popover.shadowRoot!.textContent).to.contain('Ringing');
      expect(root.querySelector<kit.AgentStatus>('acme-agent-status')!.shadowRoot!.querySelector('[part=state-select]')).to.not.equal(null);
    } finally {
      page.disconnect();
    }
  });

  it('a scoped custom element registry gets its own <task-list>, beside the page’s', async () => {
    // Chromium ships scoped registries (the browser this suite runs in); the kit needs nothing else.
    const registry = new CustomElementRegistry();
    expect(kit.TaskList.define('task-list', registry)).to.equal(true);
    expect(registry.get('task-list')).to.equal(kit.TaskList);
    expect(customElements.get('task-list'), 'the page keeps its own').to.equal(HostTaskList);
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    const el = document.createElement('task-list', { customElementRegistry: registry } as ElementCreationOptions);
    shadow.append(el);
    expect(el).to.be.instanceOf(kit.TaskList);
    host.remove();
  });
});
