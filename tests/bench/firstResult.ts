/**
 * Time to the first result for municipalities of different sizes (issue 24: a large city's first result must
 * appear as fast as Hedemora's preview). For each, a fresh page of `/?m=<id>&p=hedemora`: the time from navigation
 * to the frame that shows the first result (any runs; the results element gets data-runs) and to the final one,
 * three loads each, median. Printed as `FIRST <id>: …` lines by `npm run bench:browser` (tests/bench/browser.bench.ts).
 */
import type { Browser } from 'playwright-core';

export const FIRST_PLACES = ['hedemora', 'orebro', 'malmo', 'goteborg', 'stockholm', 'sweden'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function firstResults(browser: Browser, base: string, loads = 3): Promise<void> {
  console.log(`\nfirst result per municipality (Hedemora's plan, scaled), median of ${loads} fresh loads:`);
  for (const m of FIRST_PLACES) {
    const first: number[] = [];
    const final: number[] = [];
    let runs = '';
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${base}/?m=${m}&p=hedemora`);
      await page.locator('[data-testid="results"][data-runs]').first().waitFor({ timeout: 120_000 });
      first.push(Date.now() - t0);
      runs = (await page.locator('[data-testid="results"]').first().getAttribute('data-runs')) ?? '';
      await page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 120_000 });
      final.push(Date.now() - t0);
      await context.close();
    }
    console.log(
      `FIRST ${m.padEnd(10)} first result ${String(median(first)).padStart(5)} ms (${runs} runs), final ${String(median(final)).padStart(6)} ms`,
    );
  }
}
