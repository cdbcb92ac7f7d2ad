// Fails the build when luxon is reachable from an entry without a dynamic import: a page that
// never opens the callback dialog must never download it. Covers both builds: dist/ (bundlers:
// the dialog's panel is a chunk loaded by `import()`, and it imports the bare "luxon") and
// dist/cdn/ (one module; the panel and luxon are one chunk loaded by `import()`).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) files.push(resolve(path));
  }
};
walk('dist');
const code = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** luxon's own code, not a file name that mentions it. */
const isLuxon = (file) => /Invalid DateTime/.test(code.get(file));
const edges = (file, dynamic) => {
  const text = code.get(file);
  const found = [];
  const pattern = dynamic ? /import\(\s*["']([^"']+)["']\s*\)/g : /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const m of text.matchAll(pattern)) found.push(m[1]);
  return found;
};
const resolveEdge = (from, spec) => (spec.startsWith('.') ? resolve(dirname(from), spec) : spec);

/** Everything an entry loads before any dynamic import. */
function staticClosure(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !code.has(file)) {
      seen.add(file);
      continue;
    }
    seen.add(file);
    queue.push(...edges(file, false).map((spec) => resolveEdge(file, spec)));
  }
  return seen;
}

const entries = files.filter((f) => !f.includes(`${resolve('dist')}/chunks/`) && !f.includes(`${resolve('dist/cdn')}/chunks/`));
let failed = false;
const lazyFrom = [];
for (const entry of entries) {
  const closure = staticClosure(entry);
  const statically = [...closure].filter((f) => f === 'luxon' || (code.has(f) && isLuxon(f)));
  if (statically.length) {
    console.error(`✗ ${relative('.', entry)} loads luxon statically`);
    failed = true;
  }
  // Through a dynamic import, luxon may be the target itself or what the target loads with it.
  const dynamically = [...closure].filter((f) => code.has(f)).some((f) => edges(f, true).some((spec) =>
    [...staticClosure(resolveEdge(f, spec))].some((target) => target === 'luxon' || (code.has(target) && isLuxon(target)))));
  if (dynamically) lazyFrom.push(relative('dist', entry));
}

// Not vacuous: the callback dialog does reach luxon, lazily, and only entries that contain it do.
// The root exports every element class, so it reaches the dialog's panel too (on demand, like the rest).
const allowed = new Set(['index.js', 'define/callback-dialog.js', 'define/all.js', 'react.js', 'react/callback-dialog.js', 'cdn/agent-desk-kit.js']);
if (existsSync('src/define/callback-dialog.ts')) {
  for (const needed of ['define/callback-dialog.js', 'cdn/agent-desk-kit.js']) {
    if (!lazyFrom.includes(needed)) {
      console.error(`✗ ${needed} should load luxon on demand`);
      failed = true;
    }
  }
  const strangers = lazyFrom.filter((e) => !allowed.has(e));
  if (strangers.length) {
    console.error(`✗ luxon is reachable from entries without the callback dialog: ${strangers.join(', ')}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`bundle check: ${entries.length} entries, none loads luxon statically; on demand from ${lazyFrom.join(', ') || 'none'}`);
