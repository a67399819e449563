/** Offline after the first visit, and safe to host: no request leaves the page's origin, no CSP violations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FINAL = '[data-testid="results"][data-final="true"]';

describe('offline', () => {
  it('load, go offline, reload, move a slider: results come; every request stays on the origin', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora&runs=200', undefined, 'allow');
    const requests: string[] = [];
    page.context().on('request', (r) => requests.push(r.url()));
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    // The service worker has precached everything once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.context().setOffline(true);
    await page.reload();
    await page.locator(`${FINAL}[data-envelope="1500000"]`).waitFor({ timeout: 45_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.locator('#envelope-range').focus();
    await page.keyboard.press('End');
    await page.locator(`${FINAL}:not([data-envelope="1500000"])`).waitFor({ timeout: 45_000 });
    for (const url of requests) expect(url.startsWith(baseUrl()) || /^(blob|data):/.test(url), url).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the built page sets a strict CSP, uses relative URLs and sets no cookies', async () => {
    const { page } = await openPage(browser, '/');
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    const srcs = await page
      .locator('script[src], link[href]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('href')));
    // Relative in the built HTML; a chunk loaded on demand is preloaded by Vite's helper at its resolved address,
    // which is still the page's own folder (so the site runs from any sub-folder).
    const folder = new URL('./', page.url()).href;
    for (const s of srcs) expect(s!.startsWith('./') || s!.startsWith(folder), s!).toBe(true);
    expect(await page.context().cookies()).toEqual([]);
  });
});
