/**
 * The first load (issue 22, point 6): the JavaScript Chromium requests on "/" before any user action is
 * exactly the set scripts/firstLoad.mjs derives from the build (the entry's static graph plus the dynamic
 * imports the page makes unasked), which scripts/size.mjs measures; at desktop and phone sizes. Waits until the
 * first screen has settled: the final result, then no new request for 1.5 s (the compact curve, asked a second
 * after it until issue 22's point 6, now waits for the reader). Then a reader scrolls down: the parts below the
 * first screen load and are shown (helped children, the details, the share panel, the compact curve drawn).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AUTO_LAZY, firstLoad } from '../../scripts/firstLoad.mjs';
import { baseUrl, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const QUIET_MS = 1500;

async function scriptsRequested(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'sv-SE', serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts: string[] = [];
  const workers: string[] = [];
  let last = Date.now();
  page.on('request', (r) => {
    last = Date.now();
    if (r.resourceType() !== 'script') return;
    const path = new URL(r.url()).pathname.replace(/^\//, '');
    (path.includes('worker') ? workers : scripts).push(path);
  });
  await page.goto(baseUrl() + '/');
  await page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 60_000 });
  while (Date.now() - last < QUIET_MS) await page.waitForTimeout(250);
  const before = [...new Set(scripts)].sort();
  // A reader scrolls down (the mouse wheel, as a person does): what was left for later comes.
  const belowCount = async () =>
    page.locator('svg[data-chart="helped"], [data-testid="payers"], #share-heading').count();
  const belowBefore = await belowCount();
  const compactBefore = await page.getByTestId('curve-compact').count();
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  await page.mouse.wheel(0, viewport.height);
  await page.getByTestId('curve-compact').locator('svg[data-chart="curve"]').waitFor({ timeout: 90_000 });
  await page.getByTestId('payers').waitFor({ timeout: 10_000 });
  const afterScroll = { below: await belowCount(), scripts: [...new Set(scripts)].sort() };
  await context.close();
  return { scripts: before, workers, belowBefore, compactBefore, afterScroll };
}

describe('first load', () => {
  const expected = firstLoad('dist')
    .map((f) => f.file)
    .sort();

  it('the derived set is the entry graph of index.html plus the unasked dynamic imports', () => {
    // The entry graph is exactly index.html's script and its modulepreload links; the rest comes from AUTO_LAZY.
    const html = readFileSync('dist/index.html', 'utf8');
    const linked = [
      ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/([^"]+)"/g),
    ].map(([, file]) => file);
    expect(linked.length).toBeGreaterThan(0);
    const derived = firstLoad('dist');
    expect(
      derived
        .filter((f) => f.source === 'entry')
        .map((f) => f.file)
        .sort(),
    ).toEqual([...linked].sort());
    expect(derived.every((f) => f.source === 'entry' || AUTO_LAZY.includes(f.source))).toBe(true);
    expect(expected.some((f) => f.includes('worker'))).toBe(false);
  });

  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)
    it(`Chromium on "/" (${name}) requests exactly the derived set, and the worker`, async () => {
      const { scripts, workers, belowBefore, compactBefore, afterScroll } = await scriptsRequested(viewport);
      expect(scripts).toEqual(expected);
      expect(workers.length).toBeGreaterThan(0);
      // Nothing below the first screen before the reader acts; all of it once they scroll.
      expect(belowBefore).toBe(0);
      expect(compactBefore).toBe(0);
      expect(afterScroll.below).toBe(3);
      expect(afterScroll.scripts.length).toBeGreaterThan(expected.length + 4);
      expect(afterScroll.scripts.some((f) => f.includes('CurveCompact'))).toBe(true);
    });
});
