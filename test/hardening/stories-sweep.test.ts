import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { render as litRender, type TemplateResult } from 'lit';
import type { TelephonyAdapter } from '../../src/core/adapter.js';
import { REQUEST_NAMES, RequestError } from '../../src/core/requests.js';
import * as popoverStories from '../../stories/agent-popover.stories.js';
import * as statusStories from '../../stories/agent-status.stories.js';
import * as callbackStories from '../../stories/callback-dialog.stories.js';
import * as paneStories from '../../stories/interaction-pane.stories.js';
import * as taskListStories from '../../stories/task-list.stories.js';
import { storyHooks } from '../../stories/story-desk.js';
import { HOSTILE, allElements, hostile, pwned } from './hostile-strings.js';

/** Every stories module, by its file; the file is read too, to count its stories independently of the import. */
const modules: Record<string, Record<string, unknown>> = {
  'stories/agent-popover.stories.ts': popoverStories,
  'stories/agent-status.stories.ts': statusStories,
  'stories/callback-dialog.stories.ts': callbackStories,
  'stories/interaction-pane.stories.ts': paneStories,
  'stories/task-list.stories.ts': taskListStories,
};

const LONG = HOSTILE.find((h) => h.length > 250)!;

const KIT_TAGS = ['agent-popover', 'task-list', 'interaction-pane', 'callback-dialog', 'agent-status'];

/**
 * Stories that show nothing a host or adapter set (an empty list, the connecting card, a "scheduling
 * is unavailable" message): hostile text cannot reach their screen, so for them the sweep checks
 * instead that they look exactly as they do with ordinary data.
 */
const SHOWS_NO_DATA = new Set(['agent-popover/Connecting', 'callback-dialog/NoEntryPoint', 'task-list/Empty']);

interface Meta {
  component?: string;
  args?: Record<string, unknown>;
  argTypes?: Record<string, { options?: readonly unknown[] }>;
  render?: (args: Record<string, unknown>, context: unknown) => unknown;
  includeStories?: unknown;
  excludeStories?: unknown;
}
type StoryObject = { args?: Record<string, unknown>; render?: Meta['render'] };

/** The strings a host or adapter sets that a person reads: names, labels, numbers, values, reasons. Ids, enums, times and zones stay. */
const TEXT_KEYS = new Set(['name', 'label', 'team', 'teamName', 'dialNumber', 'number', 'customerName', 'customerNumber', 'dnis', 'queueName', 'entryPointName', 'value', 'reason', 'concurrentCallLimitReasonCode']);

function hostileData() {
  const given = new Map<string, string>();
  const made = new Map<string, string>();
  let n = 0;
  /** The same original always gets the same hostile string (numbered: one each), so a name means one party everywhere. */
  const swap = (text: string) => {
    if (made.has(text)) return text;
    if (!given.has(text)) {
      // Markup, then the long unbreakable run (every field gets it: the layout's worst case), then more trouble.
      const next = `${HOSTILE[n % HOSTILE.length]}${LONG}${hostile(n + 3)} ${n++}`;
      given.set(text, next);
      made.set(next, text);
    }
    return given.get(text)!;
  };
  const isText = (key: string, parent: Record<string, unknown>) => {
    if (!TEXT_KEYS.has(key)) return false;
    // A variable's name is its key in the tenant's configuration, not text; a removal's reason is an enum.
    if (key === 'name' && 'secure' in parent && 'version' in parent) return false;
    if (key === 'reason') return 'startAt' in parent;
    return true;
  };
  const copy = <T>(value: T): T => {
    if (Array.isArray(value)) return value.map(copy) as T;
    if (!value || typeof value !== 'object') return value;
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(source).map(([key, v]) => [key, typeof v === 'string' && isText(key, source) ? swap(v) : copy(v)]),
    ) as T;
  };
  /** What the desk sends back (a customer number to list callbacks for, a destination) is the platform's own text again. */
  const restore = (value: unknown): unknown => {
    if (typeof value === 'string') return made.get(value) ?? value;
    if (Array.isArray(value)) return value.map(restore);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, restore(v)]));
  };
  /** The simulator, seen through an adapter whose every text is hostile: events, results and refusals. */
  const adapter = (inner: TelephonyAdapter): TelephonyAdapter => {
    const wrapped: Record<string, unknown> = {
      subscribe: (listener: (event: unknown) => void) => inner.subscribe((event) => listener(copy(event))),
    };
    for (const name of REQUEST_NAMES) {
      const method = inner[name] as (payload: unknown) => Promise<unknown>;
      wrapped[name] = async (payload: unknown) => {
        try {
          return copy(await method(restore(payload)));
        } catch (error) {
          if (error instanceof RequestError) throw new RequestError(error.code, swap(error.message), copy(error.conflicts));
          throw error;
        }
      };
    }
    return wrapped as unknown as TelephonyAdapter;
  };
  return { copy, adapter, swap };
}

/** A story's args with every free-text arg hostile; a choice among options (theme, scene, mode) stays a valid choice. */
function hostileArgs(meta: Meta, story: StoryObject, swap: (text: string) => string): Record<string, unknown> {
  const args = { ...meta.args, ...story.args };
  return Object.fromEntries(
    Object.entries(args).map(([key, value]) => [key, typeof value === 'string' && !meta.argTypes?.[key]?.options ? swap(value) : value]),
  );
}

/** What Storybook would call a story: every named export, unless the meta narrows them (none of ours does). */
function storiesOf(module: Record<string, unknown>): [string, StoryObject][] {
  const meta = module.default as Meta;
  expect(meta.includeStories ?? meta.excludeStories, 'includeStories/excludeStories are not handled here').to.equal(undefined);
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .map(([name, story]) => [name, (typeof story === 'function' ? { render: story } : story) as StoryObject]);
}

/** Everything the page shows as text in the tree, shadow roots included: text nodes and field values. */
function shownText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element && child.tagName !== 'STYLE') {
        if (child instanceof HTMLInputElement || child instanceof HTMLTextAreaElement) parts.push(child.value);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(root);
  return parts.join(' ');
}

/** Waits until the story has rendered and stopped changing (some open a dialog, load code, click a tab). */
async function rendered(container: HTMLElement) {
  const kit = () => allElements(container).filter((el) => KIT_TAGS.includes(el.localName)) as (HTMLElement & { updateComplete: Promise<unknown> })[];
  await waitUntil(() => kit().length > 0, 'no kit element rendered');
  // The callback dialog says "Loading…" until its code has arrived. It opens a moment after the story
  // renders, so this is checked on every round, not just once before the dialog is open.
  const loading = () => kit().some((el) => el.localName === 'callback-dialog' && el.shadowRoot?.querySelector('dialog[open] p[role=status]:not([part])'));
  let last = '';
  for (let stable = 0, round = 0; stable < 3; round++) {
    if (round > 100) throw new Error('the story never stopped changing');
    await waitUntil(() => !loading(), 'the callback dialog never finished loading', { timeout: 5000 });
    await Promise.all(kit().map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    const now = `${allElements(container).length}:${shownText(container)}`;
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  return kit();
}

async function renderStory(meta: Meta, story: StoryObject, args: Record<string, unknown>, container: HTMLElement) {
  const output = (story.render ?? meta.render)!(args, { args, globals: {}, argTypes: meta.argTypes ?? {} });
  if (output instanceof Node) container.append(output);
  else litRender(output as TemplateResult, container);
  return rendered(container);
}

/** Whatever could run a script or load something: tags, handlers, URLs. */
function markupFromData(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of allElements(container)) {
    if (['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) found.push(`<${el.localName}>`);
    // The kit's own icons are 24px, aria-hidden paths; a payload's <svg onload> is not.
    if (el.localName === 'svg' && (el.getAttribute('viewBox') !== '0 0 24 24' || el.getAttribute('aria-hidden') !== 'true')) found.push('<svg> not an icon');
    if (el.closest('svg') && !['svg', 'path'].includes(el.localName)) found.push(`<${el.localName}> in an svg`);
    for (const attribute of el.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${el.localName}[${attribute.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attribute.name) && /javascript:/i.test(attribute.value)) found.push(`${el.localName}[${attribute.name}=javascript:]`);
    }
  }
  return found;
}

/** Boxes whose content is wider than they are, described. */
function overflowing(boxes: (Element | null | undefined)[]): string[] {
  return boxes
    .filter((box): box is HTMLElement => box instanceof HTMLElement && box.clientWidth > 0)
    .filter((box) => box.scrollWidth > box.clientWidth + 1)
    .map((box) => `${box.localName}${box.getAttribute('part') ? `[part=${box.getAttribute('part')}]` : ''} ${box.scrollWidth} > ${box.clientWidth}`);
}

describe('every story, with hostile strings in every field a host or adapter can set', () => {
  afterEach(() => {
    delete storyHooks.adapter;
    delete storyHooks.state;
  });

  it('renders every story of every element as text: no script runs, no markup from data, nothing overflows', async function () {
    this.timeout(120_000);
    const manifest = JSON.parse((await readFile({ path: '../../custom-elements.json' }))!) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect([...tags].sort(), 'the kit elements').to.deep.equal([...KIT_TAGS].sort());
    expect(Object.values(modules).map((m) => (m.default as Meta).component).sort(), 'a stories module for every element').to.deep.equal([...KIT_TAGS].sort());

    let exported = 0;
    const swept: string[] = [];
    const problems: string[] = [];
    for (const [file, module] of Object.entries(modules)) {
      // Counted from the source, so a story the sweep skipped cannot go unnoticed.
      exported += [...(await readFile({ path: `../../${file}` }))!.matchAll(/^export const \w+/gm)].length;
      const meta = module.default as Meta;
      for (const [name, story] of storiesOf(module)) {
        const id = `${meta.component}/${name}`;
        const data = hostileData();
        storyHooks.adapter = data.adapter;
        storyHooks.state = data.copy;
        const args = hostileArgs(meta, story, data.swap);
        const container = document.createElement('div');
        container.style.width = '720px';
        document.body.append(container);
        try {
          const kit = await renderStory(meta, story, args, container);
          const root = container.firstElementChild as HTMLElement;

          problems.push(...markupFromData(container).map((p) => `${id}: markup from data: ${p}`));
          if (pwned() !== undefined) problems.push(`${id}: a script ran (${pwned()})`);
          const text = shownText(container);
          const reached = HOSTILE.some((h) => text.includes(h.slice(0, 20)));
          if (SHOWS_NO_DATA.has(id)) {
            if (reached) problems.push(`${id}: shows hostile text after all: take it off SHOWS_NO_DATA`);
            delete storyHooks.adapter;
            delete storyHooks.state;
            const plain = document.createElement('div');
            plain.style.width = container.style.width;
            document.body.append(plain);
            await renderStory(meta, story, { ...meta.args, ...story.args }, plain);
            if (shownText(plain) !== text) problems.push(`${id}: shows data after all (it reads differently with ordinary data)`);
            plain.remove();
          } else if (!reached) {
            problems.push(`${id}: no hostile text reached the screen`);
          }
          // The box the story was given, the story's root, each kit element, its base, its open dialog, each popover or task card.
          const inside = (selector: string) => kit.flatMap((el) => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])]);
          const boxes = [container, root, ...kit, ...inside('[part~=base]'), ...inside('dialog[open]'), ...inside('[part~=card]')];
          problems.push(...overflowing(boxes).map((p) => `${id}: overflows: ${p}`));
          swept.push(id);
        } catch (error) {
          problems.push(`${id}: could not render: ${(error as Error).message}`);
        } finally {
          container.remove();
        }
      }
    }
    expect(problems).to.deep.equal([]);
    expect(pwned(), 'a script ran').to.equal(undefined);
    // Every story was swept: as many as the stories files export.
    expect(swept.length, swept.join(', ')).to.equal(exported);
    expect(exported).to.be.greaterThan(40);
  });
});
