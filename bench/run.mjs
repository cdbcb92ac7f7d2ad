// `npm run bench`: every benchmark of issue 7 in turn (each prints its figures against its
// budgets), then the latest figures into BENCHMARKS.md. Exits 1 when any budget is missed.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const benches = [
  ['size', 'bench/size.mjs'],
  ['speed', 'bench/speed.mjs'],
  ['memory', 'bench/memory.mjs'],
];
const only = process.argv.slice(2);
const results = [];
for (const [name, script] of benches) {
  if (only.length && !only.includes(name)) continue;
  rmSync(`.bench/${name}.json`, { force: true });
  console.log(`\n━━ ${name} ━━`);
  const { status } = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  const figures = existsSync(`.bench/${name}.json`) ? JSON.parse(readFileSync(`.bench/${name}.json`, 'utf8')) : undefined;
  results.push({ name, passed: status === 0, rows: figures?.rows ?? [] });
}

const chromium = (() => {
  try {
    return execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
})();
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/</g, '&lt;');
const table = [
  `Last run ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, ${chromium}.`,
  '',
  '| figure | latest | budget | holds |',
  '|---|---|---|---|',
  // The budgeted figures; the informative ones are printed by each run and kept in .bench/*.json.
  ...results.flatMap(({ name, rows }) =>
    rows.filter((row) => !row.informative).map((row) => `| ${cell(`${name}: ${row.label}`)} | ${cell(row.value)} | ${cell(row.budget)} | ${row.ok ? 'yes' : '**no**'} |`),
  ),
].join('\n');

if (!only.length && existsSync('BENCHMARKS.md')) {
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const start = '<!-- figures:start (written by `npm run bench`) -->';
  const end = '<!-- figures:end -->';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) {
    writeFileSync('BENCHMARKS.md', `${doc.slice(0, from + start.length)}\n${table}\n${doc.slice(to)}`);
    console.log('\nBENCHMARKS.md updated.');
  }
}

const failed = results.filter((r) => !r.passed).map((r) => r.name);
console.log(failed.length ? `\n✗ over budget: ${failed.join(', ')}` : '\n✓ every benchmark within budget');
process.exit(failed.length ? 1 : 0);
