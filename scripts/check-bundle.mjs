// Fails the build when luxon is reachable from an entry without a dynamic import: a page that
// never opens the callback dialog must never download it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

const LUXON = /Invalid DateTime|luxon/;
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
if (failed) process.exit(1);
console.log(`bundle check: ${entries.length} entries, none loads luxon statically`);
