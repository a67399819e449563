/**
 * The first screen (issue 25), in Chromium: on a phone the answer comes before the controls (the headline chart's
 * top within the first 900 px at 390 × 844); at 1920 × 1080 the chart and the chance panel fit the first screen;
 * Hedemora's plan says how small its effect is, why the lines overlap, and offers the next steps, which work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function final(page: Page) {
  await page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 30_000 });
}

/** Top and bottom of an element in page coordinates (the page not scrolled). */
async function box(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    });
}

describe('on a phone (390 × 844)', () => {
  for (const path of ['/', '/?lang=en'])
    it(`shows the answer first: the headline chart starts within 900 px, the controls after the chance (${path})`, async () => {
      const { page, errors } = await openPage(browser, path, { width: 390, height: 844 });
      await final(page);
      const chart = await box(page, 'svg[data-chart="halving"]');
      console.log(`phone ${path}: chart top ${chart.top.toFixed(0)} px`);
      expect(chart.top).toBeLessThan(900);
      const chance = await box(page, '[data-figure="chance"]');
      const controls = await box(page, '#controls');
      expect(controls.top).toBeGreaterThan(chance.bottom);
      // The sticky strip stays: still at the top of the screen once the controls are scrolled to.
      await page.locator('#envelope-range').scrollIntoViewIfNeeded();
      const strip = (await page.locator('[data-testid="result-strip"]').boundingBox())!;
      expect(strip.y).toBeGreaterThanOrEqual(0);
      expect(strip.y).toBeLessThan(5);
      expect(errors).toEqual([]);
    });
});

describe('on a projector (1920 × 1080)', () => {
  for (const path of ['/', '/?lang=en']) {
    it(`fits the headline chart and the whole chance panel on the first screen (${path})`, async () => {
      const { page, errors } = await openPage(browser, path, { width: 1920, height: 1080 });
      await final(page);
      const chart = (await box(page, 'svg[data-chart="halving"]')).bottom;
      const chance = (await box(page, '[data-figure="chance"]')).bottom;
      console.log(`projector ${path}: chart bottom ${chart.toFixed(0)}, chance bottom ${chance.toFixed(0)} px`);
      expect(chart).toBeLessThanOrEqual(1080);
      expect(chance).toBeLessThanOrEqual(1080);
      expect(errors).toEqual([]);
    });
  }
});

describe("Hedemora's plan: nothing visible happens, and the page says so", () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser, '/?p=hedemora', { width: 1280, height: 800 }));
    await final(page);
  });

  it('leads with the effect in words and the chance, the details after the chart', async () => {
    const lead = await page.locator('[data-testid="result-sentence"]').innerText();
    expect(lead).toMatch(/^Hedemoras plan: 4,5 miljoner på tre år – ungefär ett barn till blir behörigt på \S+ år\./);
    expect(lead).not.toContain('i Hedemora');
    expect(lead.split(' – ')[1]).not.toMatch(/\d/); // no fractional children: the effect in words
    expect(await page.locator('[data-testid="flat-note"]').count()).toBe(1);
    const details = await page.locator('[data-testid="result-details"]').innerText();
    expect(details).toMatch(/^I genomsnitt \d+,\d+ färre barn i riskzonen/);
    const chart = await box(page, 'svg[data-chart="halving"]');
    expect((await box(page, '[data-testid="result-details"]')).top).toBeGreaterThan(chart.bottom);
  });

  it('"Som i studierna" switches the effects to the studies\' (a new lead, the step gone); "Vad krävs?" opens the curve', async () => {
    const before = await page.locator('[data-testid="result-sentence"]').innerText();
    await page.locator('[data-step="studies"]').click();
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 5000 }).toContain('studies');
    await expect
      .poll(() => page.locator('[data-testid="result-sentence"]').innerText(), { timeout: 30_000 })
      .not.toBe(before);
    await final(page);
    expect(await page.locator('[data-step="studies"]').count()).toBe(0);
    expect(await page.locator('input[name="effects"][value="studies"]').isChecked()).toBe(true);
    await page.locator('[data-step="curve"]').click();
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 5000 }).toContain('view=curve');
  });
});
