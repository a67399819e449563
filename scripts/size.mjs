// Prints the gzip size of the built JavaScript: the initial (entry) chunk, and each worker, separately.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'dist/assets';
const html = readFileSync('dist/index.html', 'utf8');
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let initial = 0;
const rows = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const buf = readFileSync(`${dir}/${f}`);
  const gz = gzipSync(buf, { level: 9 }).length;
  const kind = f.includes('worker') ? 'worker' : html.includes(f) ? 'initial' : 'lazy';
  if (kind === 'initial') initial += gz;
  rows.push(`  ${kind.padEnd(8)} ${f.padEnd(44)} ${kb(buf.length).padStart(9)}  gzip ${kb(gz).padStart(8)}`);
}
console.log('JavaScript sizes:\n' + rows.sort().join('\n'));
console.log(`Initial JavaScript (gzip): ${kb(initial)} (target <= 80 kB)`);
if (!rows.some((r) => r.trimStart().startsWith('worker'))) {
  console.error('No worker chunk was emitted.');
  process.exit(1);
}
