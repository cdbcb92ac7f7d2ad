// custom-elements.json is what editors, Storybook and the generated typings read: it must be valid
// against the schema, current with the sources, and complete (every part a template renders, every
// --desk-* property an element's styles read, every event with its name and type).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { validateManifest, elementsOf } from '../../scripts/manifest-schema.mjs';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = elementsOf(manifest);
const icons = readFileSync(join(root, 'src/components/shared/icons.ts'), 'utf8');
const TAGS = ['agent-popover', 'agent-status', 'callback-dialog', 'interaction-pane', 'task-list'];

/** Every source file of one element's folder. */
const sources = (tag) => {
  const dir = join(root, 'src/components', tag);
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8'));
};

/**
 * Part names a template renders: `part="a b"` tokens, string literals inside an expression
 * (`part="card ${selected ? 'card-selected' : ''}"`), `control('name …')` (control.ts renders
 * `part="control ${name}"`), and the shared icon's part where the element draws icons.
 */
function renderedParts(code) {
  const parts = new Set();
  for (const [, value] of code.matchAll(/\bpart="([^"]*)"/g)) {
    for (const [, expression] of value.matchAll(/\$\{([^}]*)\}/g)) for (const [, literal] of expression.matchAll(/'([\w-]+)'/g)) parts.add(literal);
    for (const token of value.replace(/[\w-]*\$\{[^}]*\}/g, ' ').split(/\s+/)) if (token) parts.add(token);
  }
  for (const [, value] of code.matchAll(/\bcontrol\(\s*'([^']*)'/g)) for (const token of value.split(/\s+/)) parts.add(token);
  if (/\bicon\(/.test(code)) for (const [, value] of icons.matchAll(/\bpart="([^"]*)"/g)) parts.add(value);
  return parts;
}

/** `--desk-*` names read in some CSS text. */
const deskProperties = (code) => new Set([...code.matchAll(/var\(\s*(--desk-[a-z0-9-]+)/g)].map((m) => m[1]));

/** The shared style blocks of tokens.styles.ts, by their exported name. */
const sharedBlocks = Object.fromEntries(
  [...readFileSync(join(root, 'src/components/shared/tokens.styles.ts'), 'utf8').matchAll(/export const (\w+) = css`([\s\S]*?)`;/g)].map(([, name, body]) => [name, body]),
);

test('custom-elements.json is valid against the schema the custom-elements-manifest package ships', () => {
  const errors = validateManifest(manifest);
  assert.deepEqual(errors, []);
});

test('custom-elements.json is the one the analyzer makes from the sources today (run `npm run analyze`)', () => {
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, out)], { cwd: root, stdio: 'pipe' });
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')), manifest);
});

test('every element is described, registered by its define module, and points only at files the package ships', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), TAGS);
  for (const element of elements) {
    const module = manifest.modules.find((m) => m.declarations?.includes(element));
    assert.equal(module.path, `dist/define/${element.tagName}.js`);
    assert.ok(module.exports.some((e) => e.kind === 'js' && e.name === element.name), `${element.tagName} exports its class`);
    assert.ok(module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === element.tagName), `${element.tagName} has a definition`);
  }
  assert.doesNotMatch(JSON.stringify(manifest), /"[^"]*src\/[^"]*\.ts"/, 'no path into src/');
});

test('every element has store and theme (inherited from DeskElement), and no private field as a public one', () => {
  for (const element of elements) {
    const member = (name) => element.members.find((m) => m.name === name);
    assert.equal(member('store')?.inheritedFrom?.name, 'DeskElement', `${element.tagName} store`);
    assert.ok(element.attributes.some((a) => a.name === 'theme'), `${element.tagName} theme attribute`);
    assert.equal(member('theme')?.type?.text, 'DeskTheme | undefined');
  }
  const pane = elements.find((e) => e.tagName === 'interaction-pane');
  const source = sources('interaction-pane').join('\n');
  const privateInSource = [...source.matchAll(/^\s+private (?:readonly )?(\w+)/gm)].map((m) => m[1]);
  assert.ok(privateInSource.length > 10, 'the pane has private fields to check');
  for (const name of privateInSource) {
    const member = pane.members.find((m) => m.name === name);
    if (member) assert.equal(member.privacy, 'private', name);
  }
});

test('every event is named and typed, and typed as the event the kit fires', () => {
  for (const element of elements) {
    assert.ok(element.events.length > 0, element.tagName);
    for (const event of element.events) {
      assert.match(event.name, /^desk-[a-z-]+$/);
      const expected =
        event.name === 'desk-select' ? 'DeskSelectEvent'
        : event.name === 'desk-open-callbacks' ? 'DeskOpenCallbacksEvent'
        : `DeskRequestEvent<'${event.name.slice(5).replace(/-([a-z])/g, (_, c) => c.toUpperCase())}'>`;
      assert.equal(event.type?.text, expected, `${element.tagName} ${event.name}`);
    }
  }
});

test('every part a template renders is in the manifest, and every part in the manifest is rendered', () => {
  for (const tag of TAGS) {
    const element = elements.find((e) => e.tagName === tag);
    const documented = new Set(element.cssParts.map((p) => p.name));
    const rendered = renderedParts(sources(tag).join('\n'));
    assert.deepEqual([...rendered].filter((p) => !documented.has(p)).sort(), [], `${tag}: rendered but not documented (@csspart)`);
    // A part made of an expression (`rona-${choice}`, `hold-${leg}`) is checked by its prefix.
    const made = [...documented].filter((p) => !rendered.has(p) && !sources(tag).join('\n').includes(`${p.replace(/-[^-]+$/, '')}-\${`));
    assert.deepEqual(made, [], `${tag}: documented but never rendered`);
  }
});

test('every --desk-* custom property an element reads is in its manifest entry, and none that it does not', () => {
  for (const tag of TAGS) {
    const element = elements.find((e) => e.tagName === tag);
    const code = sources(tag).join('\n');
    const used = deskProperties(code);
    for (const [name, body] of Object.entries(sharedBlocks)) {
      if (new RegExp(`\\b${name}\\b`).test(code)) for (const p of deskProperties(body)) used.add(p);
    }
    const documented = new Set(element.cssProperties.map((p) => p.name));
    assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), [], `${tag}: read but not documented`);
    assert.deepEqual([...documented].filter((p) => !used.has(p)).sort(), [], `${tag}: documented but never read`);
  }
  const all = new Set(elements.flatMap((e) => e.cssProperties.map((p) => p.name)));
  assert.equal(all.size, 18, 'the kit has 18 --desk-* properties');
});

test('the slots a host fills are documented', () => {
  const slots = Object.fromEntries(elements.map((e) => [e.tagName, (e.slots ?? []).map((s) => s.name).sort()]));
  assert.deepEqual(slots['interaction-pane'], ['header-actions']);
  assert.deepEqual(slots['task-list'], ['empty']);
  for (const tag of TAGS) {
    const rendered = [...sources(tag).join('\n').matchAll(/<slot name="([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(slots[tag], rendered, tag);
  }
});
