// Fails the build when luxon is reachable from an entry without a dynamic import: a page that
// never opens the callback dialog must never download it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';

const dist = 'dist';
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) files.push(path);
  }
};
walk(dist);

// luxon's own code, not a file name that mentions it.
const LUXON = /Invalid DateTime/;
const staticImports = (file) => {
  const code = readFileSync(file, 'utf8');
  const found = [];
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.push(m[1]);
  for (const m of code.matchAll(/export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.push(m[1]);
  return found.filter((spec) => spec.startsWith('.')).map((spec) => resolve(dirname(file), spec));
};

const entries = files.filter((f) => !f.includes(`${dist}/chunks/`));
let failed = false;
for (const entry of entries) {
  const seen = new Set();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (LUXON.test(readFileSync(file, 'utf8'))) {
      console.error(`✗ ${entry} loads luxon statically (through ${file})`);
      failed = true;
      break;
    }
    queue.push(...staticImports(file));
  }
}
// The check must not pass vacuously: luxon is in a chunk of its own, reached only by a dynamic import
// from the callback dialog.
const luxonChunks = files.filter((f) => f.includes(`${dist}/chunks/`) && LUXON.test(readFileSync(f, 'utf8')));
const dynamicImporters = files.filter((f) => luxonChunks.some((chunk) => readFileSync(f, 'utf8').includes(`import("./${chunk.split('/').pop()}")`) || readFileSync(f, 'utf8').includes(`import("../chunks/${chunk.split('/').pop()}")`)));
if (existsSync('src/define/callback-dialog.ts')) {
  if (luxonChunks.length !== 1) {
    console.error(`✗ expected luxon in exactly one lazily loaded chunk, found ${luxonChunks.length}`);
    failed = true;
  }
  const strangers = dynamicImporters.filter((f) => !readFileSync(f, 'utf8').includes('callback-dialog') && !f.includes('callback'));
  if (!dynamicImporters.length || strangers.length) {
    console.error(`✗ luxon should be imported dynamically by the callback dialog only: ${dynamicImporters.join(', ') || 'nobody'}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`bundle check: ${entries.length} entries, none loads luxon statically; luxon lives in ${luxonChunks.map((f) => f.split('/').pop()).join(', ') || 'no chunk'}, imported on demand by ${dynamicImporters.map((f) => f.split('/').pop()).join(', ') || 'nobody'}`);
