// Size budgets (issue 14): gzip of minified production bundles with lit and every dependency
// included, as a page without a bundler downloads them. Prints every entry's size, checks the
// budgets, checks that luxon and the callback panel are reached only through the callback dialog's dynamic import (which
// brings luxon and the dialog's panel in one chunk), writes .bench/size.json, and exits 1 over budget.
import { rollup } from 'rollup';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleOne, compile, entries as entryInputs } from './rollup.bench.mjs';

const KB = 1024;
const quiet = () => {};
rmSync('.bench/js', { recursive: true, force: true });
const compiled = await rollup({ ...compile, onwarn: quiet });
await compiled.write(compile.output);
await compiled.close();
// The compiled tree is a package of its own whose side effects are the kit's: registering tags.
writeFileSync('.bench/js/package.json', JSON.stringify({ type: 'module', sideEffects: ['./define/*.js', './src/define/*.js', './cdn.js', './elements.js'] }));

/** Each entry bundled on its own: its own file, and the chunks it may load later. */
async function build(entry, options = {}) {
  const config = bundleOne(`.bench/js/${entry}.js`);
  const bundle = await rollup({ ...config, ...options, onwarn: quiet });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  return split(output.filter((o) => o.type === 'chunk'));
}
/** What a page downloads up front (the entry and what it imports statically), and the rest. */
function split(chunks) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const upFront = new Set();
  const queue = chunks.filter((c) => c.isEntry);
  while (queue.length) {
    const chunk = queue.pop();
    if (upFront.has(chunk)) continue;
    upFront.add(chunk);
    queue.push(...chunk.imports.map((file) => byFile.get(file)).filter(Boolean));
  }
  return { upFront: [...upFront], onDemand: chunks.filter((c) => !upFront.has(c)) };
}
const entries = Object.keys(entryInputs).sort();
const built = Object.fromEntries(await Promise.all(entries.map(async (e) => [e, await build(e)])));
const gz = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
const gzAll = (chunks) => chunks.reduce((sum, c) => sum + gz(c), 0);
/** luxon's own code, not a file that mentions it. */
const isLuxon = (chunk) => /Invalid DateTime/.test(chunk.code);
/** The callback dialog's panel (schedule form, manage list): only ever loaded when the dialog opens. */
const isPanel = (chunk) => Object.keys(chunk.modules).some((id) => /callback-dialog\/(callback-panel|schedule-form|manage-list)\.js$/.test(id));

const figures = {};
const rows = [];
const withLuxonStatic = [];
const withLuxonLazy = [];
const withPanelStatic = [];
for (const entry of entries) {
  const { upFront, onDemand } = built[entry];
  figures[entry] = { bytes: gzAll(upFront), lazyBytes: gzAll(onDemand) };
  if (upFront.some(isLuxon)) withLuxonStatic.push(entry);
  if (upFront.some(isPanel)) withPanelStatic.push(entry);
  if (onDemand.some(isLuxon)) {
    withLuxonLazy.push(entry);
    // The on-demand chunk holds luxon and the dialog's panel: the panel is what it weighs with
    // luxon left out (gzipped alone), luxon the rest.
    const panel = gzAll((await build(entry, { external: (id) => /^luxon(\/|$)/.test(id) })).onDemand);
    figures[entry].lazyParts = { dialogPanel: panel, luxon: figures[entry].lazyBytes - panel };
  }
}
const lazyParts = figures['define/callback-dialog']?.lazyParts;
const luxonBytes = lazyParts?.luxon ?? 0;
// Only entries that contain the callback dialog may reach luxon, and only lazily.
const mayReachLuxon = new Set(['define/callback-dialog', 'define/all', 'elements', 'cdn']);
const luxonOk =
  luxonBytes > 0 &&
  withLuxonStatic.length === 0 &&
  withPanelStatic.length === 0 &&
  built['define/callback-dialog'].onDemand.some(isPanel) &&
  withLuxonLazy.includes('define/callback-dialog') &&
  withLuxonLazy.every((e) => mayReachLuxon.has(e));

// Issue 14's budgets: room to write plain code, and a ceiling size may not grow past.
const budgets = [
  ['core alone (agent-desk-kit/core)', figures.core.bytes, 15 * KB],
  ['four elements with core (popover, list, pane, callback dialog)', figures.elements.bytes, 36 * KB],
];

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log('Size: gzip -9 of minified production bundles, lit included (bench/rollup.bench.mjs)\n');
console.log('  entry                                 static   + on demand');
for (const entry of entries) {
  const { bytes, lazyBytes, lazyParts: parts } = figures[entry];
  const lazy = lazyBytes ? `+ ${kb(lazyBytes)}${parts ? ` (dialog panel ${kb(parts.dialogPanel)} + luxon ${kb(parts.luxon)})` : ''}` : '';
  console.log(`  ${entry.padEnd(34)} ${kb(bytes).padStart(9)}   ${lazy}`);
}
console.log('');
let failed = false;
for (const [label, bytes, budget] of budgets) {
  const ok = bytes <= budget;
  failed ||= !ok;
  rows.push({ label, value: kb(bytes), budget: `≤ ${kb(budget)}`, ok });
  console.log(`${ok ? '✓' : '✗'} ${label.padEnd(66)} ${kb(bytes).padStart(9)}  budget ≤ ${kb(budget)}`);
}
const luxonLabel = `on-demand chunk of the callback dialog ${kb(figures['define/callback-dialog']?.lazyBytes ?? 0)}, luxon ${kb(luxonBytes)} with the dialog's panel ${kb(lazyParts?.dialogPanel ?? 0)}: loaded on demand only by ${withLuxonLazy.join(', ') || 'nothing'}`;
failed ||= !luxonOk;
rows.push({ label: 'luxon and the callback panel loaded only by the callback dialog, on demand', value: luxonLabel, budget: 'no static import; only entries with the dialog', ok: luxonOk });
console.log(`${luxonOk ? '✓' : '✗'} ${luxonLabel}${withLuxonStatic.length ? `; luxon STATIC in ${withLuxonStatic.join(', ')}` : ''}${withPanelStatic.length ? `; the panel STATIC in ${withPanelStatic.join(', ')}` : ''}`);

// Where the four elements' bytes go: what the bundle loses without each part (gzip does not add
// up part by part, so these are differences, not shares), and what lit alone weighs.
const elementsEntry = readFileSync('.bench/js/elements.js', 'utf8');
const variant = async (name, source, options = {}) => {
  writeFileSync(`.bench/js/${name}.js`, source);
  return gzAll((await build(name, options)).upFront);
};
/** Every English catalog emptied: what the text weighs. */
const withoutText = {
  plugins: [
    { name: 'no-text', transform: (code, id) => (/\/core\/messages\/.*\.en\.js$/.test(id) ? code.replace(/= \{[\s\S]*?\};/, '= {};') : null) },
    ...bundleOne('').plugins,
  ],
};
const breakdown = [];
for (const tag of ['agent-popover', 'task-list', 'interaction-pane', 'callback-dialog']) {
  const without = await variant(`elements-without-${tag}`, elementsEntry.replace(`import './define/${tag}.js';\n`, ''));
  breakdown.push([`<${tag}> (its own code, styles and text)`, figures.elements.bytes - without]);
}
breakdown.push(['English text (every catalog the bundle carries)', figures.elements.bytes - (await variant('elements-no-text', elementsEntry, withoutText))]);
const litAlone = await variant('lit-alone', [
  "export { LitElement, html, svg, css, nothing } from 'lit';",
  "export { repeat } from 'lit/directives/repeat.js';",
  "export { guard } from 'lit/directives/guard.js';",
  "export { live } from 'lit/directives/live.js';",
  "export { ifDefined } from 'lit/directives/if-defined.js';",
  "export { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';",
].join('\n'));
const storeAlone = await variant('store-alone', "export { createStore } from './src/core/store.js';\nexport { createSystemClock } from './src/core/clock.js';\nexport { bindAdapter } from './src/core/bind-adapter.js';\n");
console.log(`\nWhere the four elements' ${kb(figures.elements.bytes)} go (how much smaller the bundle is without each part):`);
for (const [label, bytes] of breakdown) console.log(`  ${label.padEnd(58)} ${kb(bytes).padStart(9)}`);
console.log('and, bundled alone:');
console.log(`  ${'lit with @lit/context and the directives the kit uses'.padEnd(58)} ${kb(litAlone).padStart(9)}`);
console.log(`  ${'the store: validation, reducer, rules guard, their English'.padEnd(58)} ${kb(storeAlone).padStart(9)}`);

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/size.json', JSON.stringify({ rows, entries: figures, breakdown: Object.fromEntries([...breakdown, ['lit alone', litAlone], ['store alone', storeAlone]]) }, null, 2));
process.exit(failed ? 1 : 0);
