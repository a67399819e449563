/**
 * A new version of the site: the page that is open keeps working on the version it loaded (its lazy chunks
 * still come from the old service worker's cache, nothing breaks in between), and a later visit shows the new
 * version. The built site is copied into a folder of our own and served by a small server whose files can be
 * swapped for "version 2" (index.html with a marker, sw.js with another revision for it, as a new build makes).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

let browser: Browser;
let server: Server;
let root = '';
let base = '';
const dirs: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const v1 = mkdtempSync(join(tmpdir(), 'halvera-v1-'));
  cpSync('dist', v1, { recursive: true });
  dirs.push(v1);
  root = v1;
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * Version 2, as a new build publishes it: index.html marked and its precache revision changed, and the curve
 * view's chunk under a new name (the old file is gone from the server, so the open page can only get it from
 * its own cache).
 */
function publishVersion2() {
  const v2 = mkdtempSync(join(tmpdir(), 'halvera-v2-'));
  cpSync(root, v2, { recursive: true });
  dirs.push(v2);
  const assets = join(v2, 'assets');
  const old = readdirSync(assets).find((f) => /^CurveView-.*\.js$/.test(f))!;
  const renamed = old.replace('CurveView-', 'CurveView-v2');
  renameSync(join(assets, old), join(assets, renamed));
  for (const f of [...readdirSync(assets).map((a) => join('assets', a)), 'sw.js', 'index.html'].filter((f) =>
    /\.(js|html)$/.test(f),
  )) {
    const text = readFileSync(join(v2, f), 'utf8');
    if (text.includes(old)) writeFileSync(join(v2, f), text.split(old).join(renamed));
  }
  const html = readFileSync(join(v2, 'index.html'), 'utf8');
  writeFileSync(join(v2, 'index.html'), html.replace('<head>', '<head><meta name="halvera-build" content="2">'));
  const sw = readFileSync(join(v2, 'sw.js'), 'utf8');
  const bumped = sw.replace(
    /(url:"index\.html",revision:")[0-9a-f]+"/,
    '$1' + 'feedc0de00000000000000000000000' + '2"',
  );
  expect(bumped).not.toBe(sw);
  writeFileSync(join(v2, 'sw.js'), bumped);
  root = v2;
}

const FINAL = '[data-testid="results"][data-final="true"]';
const build = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="halvera-build"]')?.getAttribute('content') ?? '1');

describe('a new version', () => {
  it('leaves the open page working on its version, and the next visit shows the new one', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'allow' });
    const errors: string[] = [];
    context.on('weberror', (e) => errors.push(String(e.error())));
    const open = async () => {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${base}/?m=hedemora&p=hedemora&runs=200`);
      await page.locator(FINAL).waitFor({ timeout: 45_000 });
      return page;
    };
    const page = await open();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    publishVersion2();
    // The open page, reloaded, still gets its own version, and a chunk it had not loaded yet comes from the cache.
    await page.reload();
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await build(page)).toBe('1');
    await page.getByTestId('curve-tab').click();
    await page.locator('[data-testid="curve"] svg[data-chart="curve"]').waitFor({ timeout: 45_000 });
    // The browser finds the new version (as it does on its own on a later navigation) and keeps it waiting.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
      await new Promise<void>((resolve) => {
        const check = () => (reg?.waiting ? resolve() : setTimeout(check, 50));
        check();
      });
    });
    await page.close();
    // The next visit (the old page gone): the new version, working.
    let next = await open();
    if ((await build(next)) === '1') {
      // Chromium may still be activating the waiting worker during the first navigation: one more visit.
      await next.close();
      next = await open();
    }
    expect(await build(next)).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
