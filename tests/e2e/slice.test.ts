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
  it('redraws the chart when the slider moves, with no console errors', async () => {
    const { page, errors } = await openPage(browser);
    const scenario = page.locator('path[data-series="scenario"]');
    await scenario.waitFor();
    const before = await scenario.getAttribute('d');
    await page.locator('input[type="range"]').first().fill('9000000');
    await page.waitForFunction(
      (b) => document.querySelector('path[data-series="scenario"]')?.getAttribute('d') !== b,
      before,
    );
    const after = await scenario.getAttribute('d');
    expect(after).not.toBe(before);
    expect(errors).toEqual([]);
  });
});
