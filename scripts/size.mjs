// Prints the gzip -9 size of the built JavaScript, each file with its kind: 'first' (the first screen loads it
// before any user action: the entry's static graph and the dynamic imports the page makes unasked, see
// scripts/firstLoad.mjs, checked against Chromium's requests by tests/e2e/firstLoad.test.ts), 'lazy' (loaded
// on a user action or another view) or 'worker' (the model, in its own thread). Then the first load's total,
// split into the entry graph and what follows unasked, and the model code in it.
// Fails when the entry graph holds model runtime (the pilot's or the strata's random stream, marked by their
// seed strings: capacity.ts, sample.ts): that code belongs to the worker, or to a lazy chunk.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { firstLoad } from './firstLoad.mjs';

const TARGET_KB = 62;
const dist = process.argv[2] ?? 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = (f) => gzipSync(readFileSync(`${dist}/${f}`), { level: 9 }).length;
const first = new Map(firstLoad(dist).map((f) => [f.file, f]));
const rows = [];
for (const name of readdirSync(`${dist}/assets`).filter((f) => f.endsWith('.js'))) {
  const file = `assets/${name}`;
  const f = first.get(file);
  const kind = name.includes('worker') ? 'worker' : f ? 'first' : 'lazy';
  const raw = readFileSync(`${dist}/${file}`).length;
  const from = f ? (f.source === 'entry' ? 'entry' : `unasked: ${f.source}`) + (f.model ? ', MODEL' : '') : '';
  rows.push(`  ${kind.padEnd(7)} ${name.padEnd(40)} ${kb(raw).padStart(9)}  gzip ${kb(gz(file)).padStart(8)}  ${from}`);
}
console.log('JavaScript sizes (gzip -9):\n' + rows.sort().join('\n'));

const sum = (list) => list.reduce((s, f) => s + gz(f.file), 0);
const all = [...first.values()];
const entry = all.filter((f) => f.source === 'entry');
const model = all.filter((f) => f.model);
const total = sum(all);
console.log(
  `First-load JavaScript (gzip -9, every file the first screen loads before any user action): ${kb(total)} ` +
    `(target <= ${TARGET_KB} kB${total <= TARGET_KB * 1024 ? '' : ': NOT MET'}): entry graph ${kb(sum(entry))} ` +
    `in ${entry.length} files + ${kb(total - sum(entry))} loaded unasked in ${all.length - entry.length} files`,
);
console.log(
  model.length
    ? `Model code in the first load: ${model.map((f) => f.file).join(', ')} (${kb(sum(model))}; from ${[...new Set(model.map((f) => f.source))].join(', ')})`
    : 'Model code in the first load: none',
);
const leaks = entry.filter((f) => f.markers.length).map((f) => `${f.file} holds '${f.markers.join("', '")}'`);
if (leaks.length) {
  console.error(`Model runtime in the entry graph (import it in the worker, or lazily): ${leaks.join('; ')}`);
  process.exit(1);
}
if (!rows.some((r) => r.trimStart().startsWith('worker'))) {
  console.error('No worker chunk was emitted.');
  process.exit(1);
}
