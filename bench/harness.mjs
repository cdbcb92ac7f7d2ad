// Shared by the speed and memory benchmarks (issue 7): serves the bench pages from the sources
// (esbuild, Lit's production build), drives headless Chromium with puppeteer-core, and prints
// every figure with its budget in the style of bench/size.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium-flags.mjs';

export const FRAME_MS = 1000 / 60;

/** Cross-origin isolation gives performance.now() its fine resolution (5 µs instead of 100 µs). */
const isolation = async (context, next) => {
  await next();
  context.set('Cross-Origin-Opener-Policy', 'same-origin');
  context.set('Cross-Origin-Embedder-Policy', 'require-corp');
  context.set('Cross-Origin-Resource-Policy', 'same-origin');
  context.set('Cache-Control', 'no-store');
};

export async function startServer() {
  const server = await startDevServer({
    config: {
      rootDir: process.cwd(),
      port: 0,
      // 'production' picks Lit's production build: the dev build's checks and warnings would be measured too.
      nodeResolve: { exportConditions: ['production'] },
      middleware: [isolation],
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
      watch: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const { port } = server.server.address();
  return { url: `http://localhost:${port}`, stop: () => server.stop() };
}

export async function launchBrowser(extraArgs = []) {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    protocolTimeout: 15 * 60_000,
    args: [
      ...chromiumFlags,
      // One page at a time, never throttled as a background tab.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      ...extraArgs,
    ],
  });
}

/** Opens a bench page and waits for its module to say it is ready; page errors fail the run. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.ready === true || window.bench?.failed, { timeout: 60_000 });
  const failed = await page.evaluate(() => window.bench.failed);
  if (failed) throw new Error(`the bench page failed to load: ${failed}\n${errors.join('\n')}`);
  return { page, errors };
}

/** What the page runs on: fine timers, Lit's build, the sources. */
export async function environment(page) {
  return page.evaluate(() => window.bench.environment());
}

export function printEnvironment(env, browserVersion) {
  console.log(`Chromium ${browserVersion}; kit from src/ compiled by esbuild (unminified), Lit ${env.litMode} build`);
  if (!env.crossOriginIsolated) {
    console.log(`⚠ the page is not cross-origin isolated: performance.now() is coarse (${env.timerResolutionUs.toFixed(0)} µs steps)`);
  } else {
    console.log(`cross-origin isolated: performance.now() resolution ${env.timerResolutionUs.toFixed(1)} µs`);
  }
  if (env.litMode !== 'production') console.log('⚠ Lit runs its development build: figures include its dev-mode checks');
}

export const median = (values) => quantile(values, 0.5);
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** One printed line per figure, ✓ or ✗ against its budget; informative rows have no budget. */
export function createReport(name) {
  const rows = [];
  return {
    rows,
    /** `ok` is decided by the caller when the budget is not a plain "at most". */
    row(label, value, { budget, unit = '', shown, budgetShown, ok, note } = {}) {
      const hasBudget = budget !== undefined || ok !== undefined;
      const pass = ok ?? (budget === undefined ? true : value <= budget);
      const mark = hasBudget ? (pass ? '✓' : '✗') : '·';
      const text = shown ?? `${format(value)} ${unit}`.trim();
      const limit = hasBudget ? `budget ${budgetShown ?? `${format(budget)} ${unit}`.trim()}` : 'no budget';
      // `text`, `limit` and `ok` as printed, for tables (bench/run.mjs); the numbers too.
      rows.push({ label: label.trim(), value: text, budget: hasBudget ? limit.slice('budget '.length) : 'none (informative)', ok: hasBudget ? pass : true, number: value, unit, informative: !hasBudget, note: note ?? null });
      console.log(`${mark} ${label.padEnd(62)} ${text.padStart(16)}  ${limit}${note ? `  (${note})` : ''}`);
    },
    failed: () => rows.some((r) => !r.ok),
    write(extra = {}) {
      mkdirSync('.bench', { recursive: true });
      const file = `.bench/${name}.json`;
      writeFileSync(file, `${JSON.stringify({ bench: name, at: new Date().toISOString(), rows, ...extra }, null, 2)}\n`);
      console.log(`figures written to ${file}`);
    },
  };
}

function format(value) {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(3);
}

/**
 * Runs a benchmark's body and ends the process with its verdict. A step the page could not do is
 * a failed measurement, not a crash: it is said, written down, and fails the run.
 */
export async function runBench({ report, problems, browser, server }, body) {
  try {
    report.write({ problems, ...(await body()) });
  } catch (error) {
    const first = error.message.split('\n')[0];
    console.log(`✗ ${first}`);
    report.row('checks: the run completed', 1, { budget: 0, shown: 'failed', budgetShown: 'none may fail', note: first });
    report.write({ problems: [...problems, error.message] });
  } finally {
    await browser.close();
    await server.stop();
  }
  process.exit(report.failed() || problems.length ? 1 : 0);
}
