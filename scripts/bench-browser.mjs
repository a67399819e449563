// `npm run bench:browser`: the browser benchmark of the engine (tests/bench/browser.bench.ts, run with tsx).
// Arguments pass through, e.g. `npm run bench:browser -- --moves=30 --workers=2`.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['tsx', 'tests/bench/browser.bench.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
