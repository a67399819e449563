// Prints the gzip size of the built JavaScript: the initial (entry) chunk, each lazy chunk and each worker, separately.
// Fails when the initial JavaScript holds model runtime (the pilot's or the strata's random stream, marked by their
// seed strings: capacity.ts, sample.ts): that code belongs to the worker, or to a lazy chunk (model/runs.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'dist/assets';
const html = readFileSync('dist/index.html', 'utf8');
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const MODEL_MARKERS = ['halvera-pilot', 'halvera-strata'];
let initial = 0;
const rows = [];
const leaks = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const buf = readFileSync(`${dir}/${f}`);
  const gz = gzipSync(buf, { level: 9 }).length;
  const kind = f.includes('worker') ? 'worker' : html.includes(f) ? 'initial' : 'lazy';
  if (kind === 'initial') initial += gz;
  if (kind === 'initial') for (const m of MODEL_MARKERS) if (buf.includes(m)) leaks.push(`${f} holds '${m}'`);
  rows.push(`  ${kind.padEnd(8)} ${f.padEnd(44)} ${kb(buf.length).padStart(9)}  gzip ${kb(gz).padStart(8)}`);
}
console.log('JavaScript sizes:\n' + rows.sort().join('\n'));
console.log(`Initial JavaScript (gzip): ${kb(initial)} (target <= 66 kB)`);
if (leaks.length) {
  console.error(`Model runtime in the initial JavaScript (import it in the worker, or lazily): ${leaks.join('; ')}`);
  process.exit(1);
}
if (!rows.some((r) => r.trimStart().startsWith('worker'))) {
  console.error('No worker chunk was emitted.');
  process.exit(1);
}
