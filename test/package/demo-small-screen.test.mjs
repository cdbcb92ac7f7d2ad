// The demo CRM page on a 360 px wide phone, driven as an agent would: requests stack in the
// popover, Answer brings the call into the pane with the focus, and the callback dialog opens;
// at every step nothing is cut off (every box inside the viewport, no sideways scrolling, no date
// or time field narrower than its value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function startDemo() {
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo server did not start')), 30000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes('localhost')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`the demo server exited (${code})`)));
  });
  return { url: `http://localhost:${port}/demo/`, stop: () => server.kill() };
}

/** Runs in the page: what is cut off under the kit element `tag` (or the whole page). */
function cutOff(tag) {
  const width = window.innerWidth;
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -0.5 || r.right > width + 0.5)) found.push(`${el.localName}[${el.getAttribute('part') ?? el.className}] ${Math.round(r.left)}..${Math.round(r.right)}`);
      if (el instanceof HTMLInputElement && ['date', 'time', 'datetime-local'].includes(el.type)) {
        const probe = el.cloneNode();
        probe.style.cssText = 'position:absolute; visibility:hidden; inline-size:auto; min-inline-size:auto; max-inline-size:none';
        el.after(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        if (r.width + 0.5 < needed) found.push(`${el.id || el.name} ${Math.round(r.width)} < ${Math.round(needed)}`);
      }
    }
  };
  const root = tag ? document.querySelector(tag) : document.body;
  walk(tag ? root.shadowRoot : root);
  if (document.documentElement.scrollWidth > width) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
  return found;
}

test('[CALL-2] the demo CRM page at 360 px wide: nothing cut off, Answer brings the pane', { timeout: 120000 }, async () => {
  const demo = await startDemo();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 800 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(demo.url, { waitUntil: 'networkidle0' });
    // The simulated platform's buttons stand for the contact center, not the agent: pressed directly.
    const platform = (label) => page.evaluate((l) => [...document.querySelectorAll('#sim-controls button')].find((b) => b.textContent === l).click(), label);
    assert.deepEqual(await page.evaluate(cutOff, ''), [], 'the page as it opens');

    await platform('Incoming call');
    await platform('Chat');
    await platform('Web callback');
    await page.waitForFunction(() => document.querySelector('agent-popover').shadowRoot.querySelectorAll('[part~=request-card]').length === 3, { timeout: 15000 });
    assert.deepEqual(await page.evaluate(cutOff, 'agent-popover'), [], 'the popover stack');
    assert.deepEqual(await page.evaluate(cutOff, ''), [], 'the page with the popover stack');

    // Answer the call on its popover: the pane shows it and has the focus (CALL-2).
    await page.locator('agent-popover >>> [part~=request-card] [part~=accept-button]:not([disabled])').click();
    await page.waitForFunction(() => document.querySelector('interaction-pane').shadowRoot.querySelector('[part=controls]'), { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'interaction-pane');
    assert.deepEqual(await page.evaluate(cutOff, 'interaction-pane'), [], 'the pane with a call');

    await page.locator('task-list >>> [part=schedule]').click();
    await page.waitForFunction(() => document.querySelector('callback-dialog').shadowRoot.querySelector('form'), { timeout: 15000 });
    assert.deepEqual(await page.evaluate(cutOff, 'callback-dialog'), [], 'the callback dialog');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    demo.stop();
  }
});
