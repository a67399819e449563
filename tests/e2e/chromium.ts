/**
 * Finds Debian's Chromium for the browser tests, preferring Debian's `chromium-headless-shell` (the old
 * headless browser: the browser tests ran in 23 s per file where Chromium 156's full browser in --headless mode
 * took 46–49 s). Never downloads a browser: when none is found and we are root on a Debian-like system,
 * installs the `chromium-headless-shell` package with apt-get and says so; otherwise stops with a message
 * naming the packages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** In order of preference: the headless shell is much faster per page than the full browser. */
export const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Install Debian's "chromium" package or fix the path.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[e2e] Chromium not found: installing Debian\'s "chromium-headless-shell" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], { stdio: 'inherit', env });
    if (existsSync(CANDIDATES[0])) return CANDIDATES[0];
  }
  throw new Error(
    'No Chromium found for the browser tests. Install Debian\'s "chromium-headless-shell" package ' +
      '(sudo apt-get install chromium-headless-shell; "chromium" works too, at half the speed) ' +
      'or set CHROMIUM_PATH. This project never downloads a browser.',
  );
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
