// `npm test`: every step, in order, stopping at the first failure. Time zone and locale are pinned.
// When Debian's headless Chromium (`chromium-headless-shell`, twice as fast per page as the full browser) is
// missing (a fresh machine) and we are root with apt-get, it is installed in the background while the first steps run (it takes about a minute), and the browser tests wait for it; otherwise
// tests/e2e/chromium.ts says what to install. Never downloads a browser from anywhere else.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, TZ: 'Europe/Stockholm', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', FORCE_COLOR: '0' };
const steps = [
  ['type check (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
  ['lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint']],
  ['unit and worker tests (vitest)', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['production build', 'npm', ['run', '--silent', 'build']],
  ['browser tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e', '--project', 'e2e-timing']],
];
const results = [];

function installChromiumInBackground() {
  const present = process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium-headless-shell');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (present || !root || !existsSync('/usr/bin/apt-get')) return null;
  console.log(
    '[npm test] headless Chromium not found: installing Debian\'s "chromium-headless-shell" in the background…',
  );
  const t0 = Date.now();
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const cmd = 'apt-get update -qq && apt-get install -y -qq chromium-headless-shell';
  const child = spawn('sh', ['-c', cmd], { env: aptEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (code === 0) console.log(`[npm test] chromium-headless-shell installed in the background (${secs} s).`);
      else console.log(`[npm test] installing chromium-headless-shell failed (exit ${code}):\n${out.slice(-2000)}`);
      resolve(code);
    }),
  );
}

const chromium = installChromiumInBackground();
for (const [name, cmd, args] of steps) {
  if (name.startsWith('browser tests') && chromium) await chromium;
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
