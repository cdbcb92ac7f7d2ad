// Size budgets (issue 7): gzip of minified production bundles, lit included. Prints every figure
// with its budget and exits 1 over budget.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

rmSync('.bench', { recursive: true, force: true });
execFileSync('npx', ['rollup', '-c', 'bench/rollup.bench.mjs', '--silent'], { stdio: 'inherit' });
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const chunks = readdirSync('.bench/dist/chunks').map((f) => `.bench/dist/chunks/${f}`);
const luxon = chunks.filter((f) => /Invalid DateTime/.test(readFileSync(f, 'utf8')));
const rows = [
  ['core alone', gz('.bench/dist/core.js'), 8 * 1024],
  ['four elements with core', gz('.bench/dist/core.js') + gz('.bench/dist/elements.js') + chunks.filter((f) => !luxon.includes(f)).reduce((sum, f) => sum + gz(f), 0), 30 * 1024],
  ['luxon chunk (callback dialog only, on demand)', luxon.reduce((sum, f) => sum + gz(f), 0), Infinity],
];
let over = false;
for (const [name, size, budget] of rows) {
  const ok = size <= budget;
  over ||= !ok;
  console.log(`${ok ? '✓' : '✗'} ${name.padEnd(48)} ${kb(size).padStart(9)}  budget ${budget === Infinity ? 'none' : kb(budget)}`);
}
process.exit(over ? 1 : 0);
