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

/** Waits until the results show the final answer for the slider's current value. */
async function finalFor(page: Page, value: string) {
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector('[data-testid="results"]');
      return el?.getAttribute('data-final') === 'true' && el.getAttribute('data-envelope') === v;
    },
    value,
    { timeout: 30_000 },
  );
}

describe('the engine in Chromium', () => {
  it('answers with real module workers: a preview, then the full result', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await page.locator(`${results}[data-final="true"]`).waitFor({ timeout: 30_000 });
    const el = page.locator(results);
    expect(await el.getAttribute('data-runs')).toBe('1000');
    expect(await el.getAttribute('data-envelope')).toBe(await page.locator('#envelope-range').inputValue());
    const workers = page.workers();
    expect(workers.length).toBeGreaterThanOrEqual(1);
    expect(workers.length).toBeLessThanOrEqual(8);
    expect(workers.some((w) => /simulation\.worker/.test(w.url()))).toBe(true);

    // A new value shows a preview (fewer runs, not final) before the full result.
    const seen = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const log: string[] = [];
          const el = document.querySelector('[data-testid="results"]')!;
          new MutationObserver(() => {
            log.push(
              `${el.getAttribute('data-envelope')}:${el.getAttribute('data-runs')}:${el.getAttribute('data-final')}`,
            );
            if (el.getAttribute('data-final') === 'true' && el.getAttribute('data-envelope') === '4000000')
              resolve(log);
          }).observe(el, { attributes: true });
        }),
    );
    await page.locator('#envelope-range').fill('4000000');
    const log = await seen;
    const mine = log.filter((l) => l.startsWith('4000000:'));
    expect(mine[0]).toMatch(/^4000000:\d+:false$/);
    expect(Number(mine[0].split(':')[1])).toBeLessThan(1000);
    expect(mine.at(-1)).toBe('4000000:1000:true');
    expect(errors).toEqual([]);
  });

  it('keeps the main thread free of long tasks while the slider is dragged, and ends on the last value', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await page.locator(`${results}[data-final="true"]`).waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const slider = page.locator('#envelope-range');
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 40, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const value = await slider.inputValue();
    expect(Number(value)).toBeGreaterThan(5_000_000);
    await finalFor(page, value);
    expect(await page.locator(results).getAttribute('data-runs')).toBe('1000');
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks).toEqual([]);
    expect(errors).toEqual([]);
  });
});
