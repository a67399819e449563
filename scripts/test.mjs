// `npm test`: every step, in order, stopping at the first failure. Time zone and locale are pinned.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TZ: 'Europe/Stockholm', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', FORCE_COLOR: '0' };
const steps = [
  ['type check (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
  ['lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint']],
  ['unit and worker tests (vitest)', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['production build', 'npm', ['run', '--silent', 'build']],
  ['browser tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e', '--project', 'e2e-timing']],
];
const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = r.status === 0;
  results.push(`${ok ? 'PASS' : 'FAIL'}  ${name} (${secs} s)`);
  if (!ok) {
    console.log('\n' + results.join('\n'));
    console.error(`\nnpm test stopped: "${name}" failed.`);
    process.exit(r.status || 1);
  }
}
console.log('\n' + results.join('\n') + '\n\nAll steps passed.');
