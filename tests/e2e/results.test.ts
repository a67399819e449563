/** The results view in Chromium: the charts show, the sentence follows a change, tables and a11y hold. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const results = '[data-testid="results"]';

async function finalFor(page: Page, envelope: string | null = null) {
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector('[data-testid="results"]');
      return el?.getAttribute('data-final') === 'true' && (v === null || el.getAttribute('data-envelope') === v);
    },
    envelope,
    { timeout: 30_000 },
  );
}

describe('the results view', () => {
  it('shows the halving chart, the chance and a sentence that follows a change', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await finalFor(page);
    await expect(
      page.locator(`${results} svg[data-chart="halving"] path[data-series="scenario"]`).count(),
    ).resolves.toBe(1);
    await expect(page.locator(`${results} [data-figure="chance"]`).innerText()).resolves.toMatch(
      /simulerade framtider/,
    );
    const sentence = page.locator('[data-testid="result-sentence"]');
    expect(await sentence.getAttribute('aria-live')).toBe('polite');
    const before = await sentence.innerText();
    expect(before).toMatch(/barn till blir behörigt/);
    expect(await page.locator('[data-testid="result-details"]').innerText()).toMatch(/barn i riskzonen/);

    await page.locator('#envelope-range').fill('6000000');
    await finalFor(page, '6000000');
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid="result-sentence"]')?.textContent !== b,
      before,
    );
    expect(await sentence.innerText()).not.toBe(before);
    expect(errors).toEqual([]);
  });

  it('announces final results only: the sentence never changes on a preview while a slider moves', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await finalFor(page);
    const log = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const out: string[] = [];
          const root = document.querySelector('[data-testid="results"]')!;
          const sentence = document.querySelector('[data-testid="result-sentence"]')!;
          new MutationObserver(() => out.push(`sentence:${root.getAttribute('data-final')}`)).observe(sentence, {
            childList: true,
            characterData: true,
            subtree: true,
          });
          new MutationObserver(() => {
            out.push(`root:${root.getAttribute('data-final')}`);
            if (root.getAttribute('data-final') === 'true' && root.getAttribute('data-envelope') === '5000000')
              resolve(out);
          }).observe(root, { attributes: true, attributeFilter: ['data-final', 'data-envelope'] });
        }),
    );
    for (const v of ['2000000', '3000000', '4000000', '5000000']) await page.locator('#envelope-range').fill(v);
    const seen = await log;
    expect(seen).toContain('root:false');
    expect(seen.filter((e) => e.startsWith('sentence:')).every((e) => e === 'sentence:true')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('offers every chart as a table, with labelled images', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await finalFor(page);
    const charts = page.locator(`${results} svg[data-chart]`);
    const n = await charts.count();
    expect(n).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < n; i++) {
      expect(await charts.nth(i).getAttribute('role')).toBe('img');
      expect(await charts.nth(i).getAttribute('aria-label')).toBeTruthy();
    }
    const details = page.locator(`${results} details`);
    expect(await details.count()).toBe(5);
    await details.first().locator('summary').click();
    const rows = details.first().locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    expect(await rows.first().locator('th').innerText()).toMatch(/^20\d\d$/);
  });

  it('fits a 390 px phone without sideways scrolling, and passes axe', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora', { width: 390, height: 844 });
    await finalFor(page);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // The built page's strict CSP refuses an injected script tag: evaluate axe through the DevTools protocol.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (c: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const r = await axe.run('[data-testid="results"]');
      return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
