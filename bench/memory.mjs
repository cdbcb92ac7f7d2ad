// Memory budgets (issues 7 and 13): 10,000 complete call life cycles through the simulator and the
// elements in headless Chromium, after a warm-up long enough for every bounded memory of the store
// to be full; the heap, DOM nodes and listeners are read after garbage collection at checkpoints,
// and their slope per cycle is budgeted as well as their growth, so a small steady leak fails.
// Prints every figure with its budget, writes .bench/memory.json, exits 1 over budget.
import { createReport, environment, runBench, launchBrowser, openPage, printEnvironment, startServer } from './harness.mjs';

const CYCLES = Number(process.env.BENCH_CYCLES ?? 10_000);
/**
 * The store remembers finished interactions and event ids up to bounds of its own (about 1,000
 * cycles' worth), and what it keeps may change: the warm-up is a generous count, not those bounds,
 * so the measured cycles start with every cache full whatever they are. BENCH_WARMUP overrides it.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const CHECKPOINTS = 10;
const MB = 1024 * 1024;
/** A steady leak this small per cycle or more fails: 45 bytes a cycle did pass the growth budget alone. */
const SLOPE_BUDGET = 16;

const started = performance.now();
const server = await startServer();
const browser = await launchBrowser(['--js-flags=--expose-gc']);
const report = createReport('memory');
const problems = [];

/** Collects garbage until the heap stops shrinking, then reads it. */
async function settledHeap(cdp, page) {
  let last = Infinity;
  for (let round = 0; round < 10; round++) {
    await page.evaluate(() => window.gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= last - 1024) return usedSize;
    last = usedSize;
  }
  return last;
}

/**
 * Detached DOM nodes still held from JavaScript, by the name of each detached tree's root: CDP's
 * own list when this Chromium has it, else the detached nodes of a heap snapshot.
 */
async function detachedNodes(cdp) {
  const byRoot = {};
  const add = (name, nodes) => {
    byRoot[name] ??= { trees: 0, nodes: 0 };
    byRoot[name].trees += 1;
    byRoot[name].nodes += nodes;
  };
  try {
    await cdp.send('DOM.enable');
    const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
    for (const d of detachedNodes) add(d.treeNode?.nodeName ?? '?', 1 + (d.retainedNodeIds?.length ?? 0));
    return { how: 'CDP DOM.getDetachedDomNodes', byRoot };
  } catch (error) {
    const chunks = [];
    const collect = ({ chunk }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
    const snapshot = JSON.parse(chunks.join(''));
    const fields = snapshot.snapshot.meta.node_fields;
    const nameAt = fields.indexOf('name');
    const detachedAt = fields.indexOf('detachedness');
    for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
      const name = snapshot.strings[snapshot.nodes[i + nameAt]];
      const detached = detachedAt >= 0 ? snapshot.nodes[i + detachedAt] === 2 && name.startsWith('<') : name.startsWith('Detached ');
      // Every detached node counts here, the content of Lit's templates too: this path can over-count.
      if (detached) add(/^(Detached )?<template[ >]/.test(name) ? 'TEMPLATE' : name, 1);
    }
    return { how: `heap snapshot (no DOM.getDetachedDomNodes: ${error.message})`, byRoot };
  }
}

/**
 * Lit keeps one detached <template> per distinct template literal, by design and for the page's
 * life; those present after the warm-up are not leaks. Anything else detached, or any new
 * <template>, is.
 */
function leaked(before, after) {
  let nodes = 0;
  for (const [name, { trees, nodes: count }] of Object.entries(after.byRoot)) {
    if (name === 'TEMPLATE') {
      const had = before.byRoot.TEMPLATE ?? { trees: 0, nodes: 0 };
      if (trees > had.trees || count > had.nodes) nodes += count - had.nodes;
    } else nodes += count;
  }
  return nodes;
}

/** Least-squares slope of `key` per cycle over the readings. */
function slope(points, key) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.cycles, 0) / n;
  const my = points.reduce((s, p) => s + p[key], 0) / n;
  const sxy = points.reduce((s, p) => s + (p.cycles - mx) * (p[key] - my), 0);
  const sxx = points.reduce((s, p) => s + (p.cycles - mx) ** 2, 0);
  return sxx ? sxy / sxx : 0;
}

await runBench({ report, problems, browser, server }, async () => {
  const { page, errors } = await openPage(browser, `${server.url}/bench/memory.html`);
  const env = await environment(page);
  printEnvironment(env, await browser.version());
  const cdp = await page.createCDPSession();
  const gcExposed = await page.evaluate(() => typeof window.gc === 'function');
  if (!gcExposed) console.log('⚠ window.gc is not exposed (--js-flags=--expose-gc); collecting through CDP only');
  console.log(`${CYCLES} life cycles (offer, accept, hold, resume, consult, conference, end, wrap-up), each step through the elements' controls, after ${WARMUP} warm-up cycles (past every bounded memory of the store); heap, DOM nodes and listeners read after GC ${CHECKPOINTS} times`);

  const run = (count) => page.evaluate((n) => window.bench.cycles({ count: n }), count);
  const w0 = performance.now();
  let state;
  for (let done = 0; done < WARMUP; done += 500) {
    state = await run(Math.min(500, WARMUP - done));
    process.stdout.write(`\r  warm-up ${state.cycles} / ${WARMUP} cycles, ${((performance.now() - w0) / 1000).toFixed(0)} s`);
  }
  process.stdout.write('\n');
  /** Heap, DOM nodes and listeners after garbage collection, at a number of cycles. */
  const reading = async (cycles) => {
    const heap = await settledHeap(cdp, page);
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { cycles, heap, nodes, listeners: jsEventListeners };
  };
  const points = [await reading(0)];
  const heapBefore = points[0].heap;
  const domBefore = { nodes: points[0].nodes, jsEventListeners: points[0].listeners };
  const detachedBefore = await detachedNodes(cdp);
  const t0 = performance.now();
  const step = Math.ceil(CYCLES / CHECKPOINTS);
  for (let done = 0; done < CYCLES; ) {
    const count = Math.min(step, CYCLES - done);
    state = await run(count);
    done += count;
    points.push(await reading(done));
    process.stdout.write(`\r  ${done} / ${CYCLES} cycles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  process.stdout.write('\n');
  const seconds = (performance.now() - t0) / 1000;
  const last = points[points.length - 1];
  const heapAfter = last.heap;
  const domAfter = { nodes: last.nodes, jsEventListeners: last.listeners };
  const detached = await detachedNodes(cdp);
  if (errors.length) problems.push(...errors);

  // Not vacuous: every cycle ended in a wrap-up the store saw, and nothing is left on the desk.
  if (state.cycles !== CYCLES + WARMUP || state.wrappedUp !== CYCLES + WARMUP) problems.push(`${state.cycles} cycles run, ${state.wrappedUp} wrapped up, for ${CYCLES + WARMUP}`);
  if (state.liveInteractions !== 0) problems.push(`${state.liveInteractions} interactions left on the desk`);

  report.row('life cycles completed (each checked on screen)', state.cycles - WARMUP, { ok: state.wrappedUp === CYCLES + WARMUP, budgetShown: `${CYCLES}` });
  report.row('heap after warm-up, after GC', heapBefore / MB, { unit: 'MB' });
  report.row(`heap after ${CYCLES} more cycles, after GC`, heapAfter / MB, { unit: 'MB' });
  report.row('  growth', (heapAfter - heapBefore) / MB, { budget: 1, unit: 'MB', shown: `${((heapAfter - heapBefore) / 1024).toFixed(0)} KB`, budgetShown: '1 MB' });
  const heapSlope = slope(points, 'heap');
  report.row(`  slope over ${points.length} readings after GC`, heapSlope, { budget: SLOPE_BUDGET, shown: `${heapSlope.toFixed(1)} bytes a cycle`, budgetShown: `${SLOPE_BUDGET} bytes a cycle` });
  const templates = detached.byRoot.TEMPLATE ?? { trees: 0, nodes: 0 };
  report.row('detached DOM nodes, leaked', leaked(detachedBefore, detached), { budget: 0, note: detached.how });
  report.row("  Lit's template cache: detached <template>s (warm-up → end)", templates.trees, { shown: `${detachedBefore.byRoot.TEMPLATE?.trees ?? 0} → ${templates.trees} (${templates.nodes} nodes)` });
  // The desk is empty again at every reading: as many nodes and listeners as after the warm-up.
  const most = (key) => Math.max(...points.map((p) => p[key]));
  report.row('DOM nodes (warm-up → most at a reading → end)', most('nodes') - domBefore.nodes, { budget: 0, shown: `${domBefore.nodes} → ${most('nodes')} → ${domAfter.nodes}`, budgetShown: 'no growth' });
  report.row('JS event listeners (warm-up → most at a reading → end)', most('listeners') - domBefore.jsEventListeners, { budget: 0, shown: `${domBefore.jsEventListeners} → ${most('listeners')} → ${domAfter.jsEventListeners}`, budgetShown: 'no growth' });
  report.row('virtual clock timers left', state.clockTimers);
  report.row('time for the cycles', seconds, { unit: 's', note: `${((seconds * 1000) / CYCLES).toFixed(1)} ms per cycle` });
  const others = Object.entries(detached.byRoot).filter(([name]) => name !== 'TEMPLATE');
  if (others.length) console.log(`  detached trees by root: ${others.map(([name, d]) => `${name} ×${d.trees} (${d.nodes} nodes)`).join(', ')}`);

  report.row('checks: every cycle wrapped up, desk empty, no page error', problems.length, { budget: 0, shown: problems.length ? `${problems.length} failed` : 'all hold', budgetShown: 'none may fail' });
  for (const problem of problems) console.log(`✗ ${problem}`);
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { environment: { ...env, chromium: await browser.version() }, cycles: CYCLES, warmup: WARMUP, raw: { points, heapBefore, heapAfter, domBefore, domAfter, detachedBefore, detached, state } };
});
