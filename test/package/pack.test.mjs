// Packs the package (`npm pack`) and installs the tarball into a scratch project, as a host would,
// from the local npm cache: then type-checks a strict TypeScript app and a React TSX app against it,
// validates its manifest, checks the generated editor data and typings, imports every entry in Node
// (lit's DOM shim), and loads the README's CDN snippets from a static server in Chromium.
// Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname, dirname, resolve } from 'node:path';
import { validateManifest, elementsOf } from '../../scripts/manifest-schema.mjs';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TAGS = ['agent-popover', 'agent-status', 'callback-dialog', 'interaction-pane', 'task-list'];
const CLASSES = ['AgentPopover', 'AgentStatus', 'CallbackDialog', 'InteractionPane', 'TaskList'];
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const tsc = (project, cwd) => {
  try {
    return run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], cwd);
  } catch (error) {
    throw new Error(`tsc -p ${project} failed:\n${error.stdout}${error.stderr}`);
  }
};

let scratch;
let installed;
/** Which packages a plain install of the tarball brought, before React's. */
let vanilla;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'agent-desk-kit-host-'));
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop();
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball)], scratch);
  installed = join(scratch, 'node_modules', pkg.name);
  vanilla = Object.fromEntries(['react', '@lit/react', '@types/react', 'lit', '@lit/context', 'mitt', 'luxon'].map((name) => [name, existsSync(join(scratch, 'node_modules', name))]));
  // Then the React host's own installs, for the React checks.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `react@${pkg.devDependencies.react}`, `@types/react@${pkg.devDependencies['@types/react']}`, `@lit/react@${pkg.devDependencies['@lit/react']}`], scratch);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a module in the host folder, so bare imports resolve like a host's would. */
function host(source) {
  writeFileSync(join(scratch, 'check.mjs'), source);
  return run(process.execPath, ['check.mjs'], scratch).trim();
}

test('a plain install brings only the runtime dependencies: no React, no @lit/react, no @types/react', () => {
  for (const name of ['react', '@lit/react', '@types/react']) assert.equal(vanilla[name], false, name);
  for (const name of ['lit', '@lit/context', 'mitt', 'luxon']) assert.equal(vanilla[name], true, name);
  for (const [name, range] of Object.entries(pkg.dependencies)) assert.match(range, /^\^/, `${name} is a caret range, so a host's copy dedupes`);
});

test('the tarball carries the entries, their types, the manifest, LICENSE and CHANGELOG, and nothing stale', () => {
  for (const file of ['dist/index.js', 'dist/core.js', 'dist/simulator.js', 'dist/react.js', 'dist/react/task-list.js', 'dist/cdn/agent-desk-kit.js', 'dist/types/cdn.d.ts', 'dist/types/index.d.ts', 'dist/types/react/task-list.d.ts', 'custom-elements.json', 'LICENSE', 'CHANGELOG.md', 'docs/semver.md']) {
    assert.ok(existsSync(join(installed, file)), file);
  }
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.customElements, 'custom-elements.json');
  assert.equal(manifest.jsdelivr, './dist/cdn/agent-desk-kit.js');
  assert.equal(manifest.unpkg, './dist/cdn/agent-desk-kit.js');
  assert.match(manifest.repository.url, /agent-desk-kit/);
  assert.match(readFileSync(join(installed, 'LICENSE'), 'utf8'), /MIT License/);
  // Every chunk is loaded by some module: a build leaves no chunk of an earlier one behind.
  const files = [];
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') && files.push(join(dir, e.name))));
  walk(join(installed, 'dist'));
  const imported = new Set();
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import|import\()\s*["'](\.[^"']+)["']/g)) imported.add(resolve(dirname(file), spec));
  }
  const orphans = files.filter((f) => f.includes('/chunks/') && !imported.has(f));
  assert.deepEqual(orphans, []);
});

test("the manifest in the package is valid against the schema, and every path it names is in the package", () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  assert.deepEqual(validateManifest(manifest), []);
  assert.deepEqual(elementsOf(manifest).map((e) => e.tagName).sort(), TAGS);
  for (const module of manifest.modules) {
    assert.ok(existsSync(join(installed, module.path)), module.path);
    if (module.typeDefinitionPath) assert.ok(existsSync(join(installed, module.typeDefinitionPath)), module.typeDefinitionPath);
  }
});

test('the generated editor data and framework typings exist and name every element', () => {
  const html = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
  assert.deepEqual(html.tags.map((t) => t.name).sort(), TAGS);
  for (const tag of html.tags) assert.ok(tag.attributes.some((a) => a.name === 'theme'), `${tag.name} theme`);
  const css = JSON.parse(readFileSync(join(installed, 'dist/vscode.css-custom-data.json'), 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--desk-color-accent'));
  assert.ok(css.pseudoElements.some((p) => p.name.startsWith('::part(')));
  const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(installed, installedPkg['web-types']), 'utf8'));
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), TAGS);
  for (const file of ['jsx', 'vue', 'svelte']) {
    const text = readFileSync(join(installed, `dist/types/${file}.d.ts`), 'utf8');
    for (const tag of TAGS) assert.ok(text.includes(`"${tag}"`), `${file}.d.ts names ${tag}`);
    const handler = file === 'svelte' ? '"on:desk-hold"' : '"ondesk-hold"';
    assert.ok(text.includes(`${handler}?: (e: CustomEvent<DeskRequestDetail<"hold">>) => void`), `${file}.d.ts types events`);
  }
});

test('a strict TypeScript app type-checks against the package: classes, define, prefix, typed events, tag map, JSX typings, CDN types', () => {
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], skipLibCheck: false, types: [] },
    files: ['app.ts'],
  }));
  writeFileSync(join(scratch, 'app.ts'), `
    import { createStore, createSystemClock, provideStore, connectAdapter, defineDeskElements, TaskList, type DeskTheme } from '${pkg.name}';
    import { InteractionPane } from '${pkg.name}/define/interaction-pane';
    import { createSimulator } from '${pkg.name}/simulator';
    import * as cdn from '${pkg.name}/cdn';
    import type { CustomElements } from '${pkg.name}/jsx';

    const clock = createSystemClock();
    const store = createStore({ clock });
    provideStore(document.body, store);
    connectAdapter(createSimulator({ clock }).adapter, { store });
    const renamed: boolean = TaskList.define('crm-task-list');
    const tags: string[] = defineDeskElements({ prefix: 'acme', registry: new CustomElementRegistry() });
    const pane: InteractionPane = document.createElement('interaction-pane');
    pane.theme = 'dark';
    window.addEventListener('desk-accept', (event) => {
      const id: string | undefined = event.detail.payload.interactionId;
      event.preventDefault();
      void id;
    });
    document.addEventListener('desk-select', (event) => void event.detail.interactionId.toUpperCase());
    // @ts-expect-error a theme is light or dark
    const wrong: DeskTheme = 'blue';
    const props: CustomElements['task-list'] = { theme: 'dark', 'ondesk-select': (event) => void event.detail.interactionId };
    const fromCdn: typeof TaskList = cdn.TaskList;
    void [renamed, tags, wrong, props, fromCdn];
  `);
  tsc('tsconfig.json', scratch);
});

test('a React TSX app type-checks against the per-element wrappers: typed theme prop, typed events', () => {
  writeFileSync(join(scratch, 'tsconfig.react.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', jsx: 'react-jsx', lib: ['ES2023', 'DOM', 'DOM.Iterable'], skipLibCheck: false, types: [] },
    files: ['app.tsx'],
  }));
  writeFileSync(join(scratch, 'app.tsx'), `
    import { TaskList } from '${pkg.name}/react/task-list';
    import { InteractionPane } from '${pkg.name}/react';

    export function Desk({ onPick }: { onPick: (id: string) => void }) {
      return (
        <>
          <TaskList theme="dark" onDeskSelect={(event) => onPick(event.detail.interactionId)} />
          <InteractionPane interactionId="i-1" onDeskHold={(event) => void event.detail.payload.leg} />
        </>
      );
    }
    // @ts-expect-error a theme is light or dark
    export const wrong = <TaskList theme="blue" />;
  `);
  tsc('tsconfig.react.json', scratch);
});

test('every entry imports in Node; the root registers nothing; define modules register once; React wrappers are named', () => {
  const defines = readdirSync(join(installed, 'dist', 'define')).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, ''));
  const out = host(`
    const kit = await import('${pkg.name}');
    const tags = ${JSON.stringify(TAGS)};
    const before = tags.filter((t) => customElements.get(t));
    const classes = ${JSON.stringify(CLASSES)}.map((name) => typeof kit[name] === 'function' && kit[name].name);
    for (const d of ${JSON.stringify(defines)}) await import('${pkg.name}/define/' + d);
    const second = await import('${pkg.name}/define/task-list'); // a second import must not throw
    const after = tags.filter((t) => customElements.get(t));
    const React = await import('react');
    const wrappers = await import('${pkg.name}/react');
    const one = await import('${pkg.name}/react/task-list');
    console.log(JSON.stringify({
      before, after, classes, same: second.TaskList === kit.TaskList,
      names: Object.keys(wrappers).sort(),
      displayNames: Object.values(wrappers).map((w) => w.displayName).sort(),
      one: one.TaskList === wrappers.TaskList && React.isValidElement(React.createElement(one.TaskList, { theme: 'dark' })),
    }));
  `);
  const result = JSON.parse(out);
  assert.deepEqual(result.before, []);
  assert.deepEqual(result.classes, CLASSES);
  assert.deepEqual(result.after, TAGS);
  assert.equal(result.same, true);
  assert.deepEqual(result.names, CLASSES);
  assert.deepEqual(result.displayNames, CLASSES);
  assert.equal(result.one, true);
});

test('a per-element React entry loads only its own element', () => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) visit(resolve(dirname(file), spec));
  };
  visit(join(installed, 'dist/react/task-list.js'));
  const chunks = [...seen].map((f) => f.split('/').pop());
  assert.ok(chunks.some((f) => f.startsWith('task-list-')), 'the task list itself');
  for (const other of ['agent-popover-', 'agent-status-', 'callback-dialog-', 'interaction-pane-', 'callback-panel-']) {
    assert.equal(chunks.some((f) => f.startsWith(other)), false, other);
  }
});

/** The README's snippet between `<!-- name:start -->` and `<!-- name:end -->`, pointed at the installed package. */
function readmeSnippet(name) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippet = new RegExp(`<!-- ${name}:start -->\\n\`\`\`html\\n([\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`).exec(readme)?.[1];
  assert.ok(snippet, `README has a ${name} snippet`);
  const cdn = /https:\/\/[^'"\s]+\/agent-desk-kit@[^/]+\//g;
  assert.match(snippet, cdn);
  return snippet.replace(cdn, `/node_modules/${pkg.name}/`);
}

test("the README's CDN snippets run from a static server in Chromium, as written (script, and import map)", async () => {
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const path = join(scratch, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/plain' }).end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { default: puppeteer } = await import(join(root, 'node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js'));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'] });
  try {
    for (const name of ['cdn-script', 'cdn-importmap']) {
      writeFileSync(join(scratch, `${name}.html`), readmeSnippet(name));
      const page = await browser.newPage();
      const errors = [];
      const loaded = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
      page.on('request', (r) => loaded.push(r.url()));
      await page.goto(`http://127.0.0.1:${server.address().port}/${name}.html`);
      await page.waitForFunction(() => document.querySelector('agent-popover')?.shadowRoot?.textContent.includes('Ringing'), { timeout: 20000 });
      assert.deepEqual(errors, [], name);
      assert.equal(loaded.some((u) => u.includes('luxon')), false, `${name}: luxon is not downloaded until the callback dialog opens`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});
