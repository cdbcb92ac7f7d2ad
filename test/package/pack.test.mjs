// Installs the packed tarball into a scratch folder, as a host would, and imports every entry point
// and the React wrappers from it (Node, with lit's DOM shim), then loads the CDN module in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'agent-desk-kit-host-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop();
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball), `react@${pkg.devDependencies.react}`], scratch);
const installed = join(scratch, 'node_modules', pkg.name);
const defines = readdirSync(join(installed, 'dist', 'define')).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, ''));

/** Runs a module in the host folder, so bare imports resolve like a host's would. */
function host(source) {
  writeFileSync(join(scratch, 'check.mjs'), source);
  return run('node', ['check.mjs'], scratch).trim();
}

test('the tarball carries the built entries, their types and the manifest', () => {
  for (const file of ['dist/index.js', 'dist/core.js', 'dist/simulator.js', 'dist/react.js', 'dist/cdn/agent-desk-kit.js', 'custom-elements.json', 'dist/types/index.d.ts', 'dist/types/react/index.d.ts', 'dist/types/define/agent-popover.d.ts']) {
    assert.ok(existsSync(join(installed, file)), file);
  }
  assert.equal(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).customElements, 'custom-elements.json');
});

test('every entry point imports, class modules define nothing, define modules register once', () => {
  const out = host(`
    const kit = await import('${pkg.name}');
    const core = await import('${pkg.name}/core');
    const sim = await import('${pkg.name}/simulator');
    const before = ['agent-popover', 'task-list', 'interaction-pane', 'callback-dialog', 'agent-status'].filter((t) => customElements.get(t));
    for (const d of ${JSON.stringify(defines)}) await import('${pkg.name}/define/' + d);
    await import('${pkg.name}/define/agent-popover'); // a second import must not throw
    const after = ['agent-popover', 'task-list', 'interaction-pane', 'callback-dialog', 'agent-status'].filter((t) => customElements.get(t));
    const store = kit.createStore({ clock: core.createVirtualClock() });
    const desk = sim.createSimulator({ clock: store.clock });
    kit.bindAdapter(store, desk.adapter);
    desk.start();
    desk.offerCall();
    console.log(JSON.stringify({ before, after, interactions: Object.keys(store.getState().interactions).length, connect: typeof kit.connectAdapter }));
  `);
  const result = JSON.parse(out);
  assert.deepEqual(result.before, []);
  assert.deepEqual(result.after, ['agent-popover', 'task-list', 'interaction-pane', 'callback-dialog', 'agent-status']);
  assert.equal(result.interactions, 1);
  assert.equal(result.connect, 'function');
});

test('the React wrappers import and are components with typed event props', () => {
  const out = host(`
    const React = await import('react');
    const wrappers = await import('${pkg.name}/react');
    const names = Object.keys(wrappers).sort();
    const element = React.createElement(wrappers.AgentPopover, { onDeskAccept: () => {} });
    console.log(JSON.stringify({ names, type: typeof wrappers.AgentPopover, ok: React.isValidElement(element) }));
  `);
  const result = JSON.parse(out);
  assert.deepEqual(result.names, ['AgentPopover', 'AgentStatus', 'CallbackDialog', 'InteractionPane', 'TaskList']);
  assert.equal(result.ok, true);
});

test('the CDN module alone gives a working desk in Chromium', async () => {
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const path = join(scratch, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/plain' }).end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  writeFileSync(join(scratch, 'cdn.html'), `<!doctype html><agent-popover></agent-popover>
    <script type="module">
      import * as kit from '/node_modules/${pkg.name}/dist/cdn/agent-desk-kit.js';
      const clock = kit.createSystemClock();
      const store = kit.createStore({ clock });
      kit.provideStore(document.body, store);
      const sim = kit.createSimulator({ clock, timings: { connectingMs: 10 } });
      kit.connectAdapter(sim.adapter, { store });
      sim.start();
      sim.offerCall();
      window.kit = kit;
    </script>`);
  const { default: puppeteer } = await import(join(root, 'node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js'));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const loaded = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(`http://127.0.0.1:${server.address().port}/cdn.html`);
    await page.waitForFunction(() => document.querySelector('agent-popover')?.shadowRoot?.textContent.includes('Ringing'), { timeout: 10000 });
    assert.equal(loaded.some((u) => u.includes('luxon')), false, 'luxon is not downloaded until the callback dialog opens');
  } finally {
    await browser.close();
    server.close();
  }
});
