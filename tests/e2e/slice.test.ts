/** Smoke test of the whole page: it loads, the envelope slider redraws the chart, nothing logs an error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the page', () => {
  it('shows the question, the controls and the results, and redraws when the envelope moves', async () => {
    const { page, errors } = await openPage(browser);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/halveras/);
    const scenario = page.locator('path[data-series="scenario"]');
    await scenario.waitFor();
    const before = await scenario.getAttribute('d');
    await page.locator('#envelope-range').fill('9000000');
    await page.waitForFunction(
      (b) => document.querySelector('path[data-series="scenario"]')?.getAttribute('d') !== b,
      before,
    );
    expect(await scenario.getAttribute('d')).not.toBe(before);
    expect(errors).toEqual([]);
  });
});
