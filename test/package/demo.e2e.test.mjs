// Starts the demo server and drives the CRM page in Chromium as an agent would: a call with a screen
// pop, a consult, a transfer and wrap-up, then a scheduled callback that comes due.
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

test('the demo CRM page through a whole call and a scheduled callback', { timeout: 120000 }, async () => {
  const demo = await startDemo();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(demo.url, { waitUntil: 'networkidle0' });
    const text = (selector) => page.$eval(selector, (e) => (e.shadowRoot ?? e).textContent.replace(/\s+/g, ' ').trim());
    const waitForText = (selector, wanted, timeout = 15000) =>
      page.waitForFunction(
        (s, w) => {
          const [host, inner] = s.split(' >>> ');
          const el = document.querySelector(host);
          const scope = inner ? el?.shadowRoot?.querySelector(inner) : el?.shadowRoot ?? el;
          return scope?.textContent.replace(/\s+/g, ' ').includes(w);
        },
        { timeout },
        selector,
        wanted,
      );
    const button = (label) => page.locator(`xpath/.//button[contains(., '${label}')]`);

    // A call arrives; the agent answers on the popover; the CRM pops the customer's record.
    await button('Incoming call').click();
    await waitForText('agent-popover', 'Ringing');
    await page.locator('agent-popover >>> [part~=accept-button]').click();
    await waitForText('#record', 'AC-100201');
    assert.match(await text('#record'), /Ada Lovelace.*Gold/);

    // The pane shows the call; the agent consults a colleague, who answers, then transfers to them.
    await page.locator('task-list >>> [part=card-select]').click();
    await waitForText('interaction-pane', 'Consult');
    await page.locator('interaction-pane >>> [part~=consult]').click();
    await page.locator('interaction-pane >>> dialog label ::-p-text(Sam Okafor)').click();
    await page.locator('interaction-pane >>> dialog [part~=submit]').click();
    await waitForText('interaction-pane', 'Consult Requested');
    await waitForText('interaction-pane', 'Consult: Sam Okafor', 20000);
    await page.locator('interaction-pane >>> [part~=transfer]').click();
    await waitForText('interaction-pane', 'Wrap Up Reasons');
    await page.locator('interaction-pane >>> [part=wrap-up-search]').fill('bill');
    await page.locator('interaction-pane >>> [part=wrap-up-list] input').click();
    await page.locator('interaction-pane >>> [part~=submit-wrap-up]').click();
    await waitForText('task-list', 'No interactions yet.');

    // The agent schedules a callback from "+", and it comes due as a Callback request.
    await page.locator('task-list >>> [part=schedule]').click();
    await page.waitForFunction(() => document.querySelector('callback-dialog')?.shadowRoot?.querySelector('form'), { timeout: 15000 });
    // 90 minutes ahead, rounded back to the minute; the window stays on one UTC day.
    let start = new Date(Date.now() + 90 * 60_000);
    if (start.getUTCHours() === 23 && start.getUTCMinutes() >= 20) start = new Date(start.getTime() + 60 * 60_000);
    const end = new Date(start.getTime() + 30 * 60_000);
    const pad = (n) => String(n).padStart(2, '0');
    const fields = {
      customerNumber: '+44 2079460958',
      customerName: 'Alan Turing',
      timeZone: 'UTC',
      date: `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`,
      start: `${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}`,
      end: `${pad(end.getUTCHours())}:${pad(end.getUTCMinutes())}`,
    };
    for (const [id, value] of Object.entries(fields)) {
      await page.$eval('callback-dialog', (el, [i, v]) => {
        const input = el.shadowRoot.getElementById(i);
        input.value = v;
        input.dispatchEvent(new Event('input'));
        input.dispatchEvent(new Event('blur'));
      }, [id, value]);
    }
    await page.locator('callback-dialog >>> #queueId').fill('q-billing');
    await page.locator('callback-dialog >>> [part~=submit]').click();
    await waitForText('callback-dialog', 'The callback is scheduled.');
    await page.keyboard.press('Escape');
    await button('Scheduled callback comes due').click();
    await waitForText('agent-popover', 'Callback');
    await waitForText('agent-popover', 'Alan Turing');
    assert.deepEqual(errors, []);
  } catch (error) {
    await browser.pages().then((pages) => pages[1]?.screenshot({ path: '/tmp/e2e-failure.png' })).catch(() => {});
    throw error;
  } finally {
    await browser.close();
    demo.stop();
  }
});
