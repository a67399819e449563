/** Issue 14: stored data cannot blank the page; a worker that dies silently never leaves a stale final answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { firstAction, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const final = (page: Page, timeout = 30_000) =>
  page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout });

/** What the results say: the chance figure and the halving table. */
const readResults = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('[data-testid="results"]')!;
    return {
      chance: r.querySelector('[data-figure="chance"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      table: [...r.querySelector('table')!.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    };
  });

/** Closes every simulation worker from inside (`self.close()`): no error event, no answer, ever. */
async function killWorkersSilently(page: Page) {
  const workers = page.workers();
  await Promise.all(
    workers.map((w) =>
      Promise.race([w.evaluate('self.close()').catch(() => {}), new Promise((r) => setTimeout(r, 200))]),
    ),
  );
  return workers.length;
}

/** The same scenario opened fresh: the right final answer. */
async function freshAnswer(page: Page) {
  const { page: fresh } = await openPage(browser, new URL(page.url()).search ? '/' + new URL(page.url()).search : '/');
  await final(fresh);
  const out = await readResults(fresh);
  await fresh.context().close();
  return out;
}

describe('hostile storage', () => {
  it('opens with saved scenarios whose names clean to the same name (no blank page)', async () => {
    const { page, errors } = await openPage(browser, '/?lang=en');
    await page.evaluate(() =>
      localStorage.setItem(
        'halvera.saved.v1',
        JSON.stringify([
          { name: 'dup', query: 'v=1', savedAt: 'x' },
          { name: 'dup ', query: 'v=1', savedAt: 'x' },
          { name: 'dup\u0007', query: 'v=1&detect=5', savedAt: 'x' },
        ]),
      ),
    );
    await page.reload();
    await final(page);
    // The saved list is below the first screen: it loads on the reader's first action (after the reload too).
    await firstAction(page);
    await page.locator('.saved li .open').first().waitFor({ timeout: 10_000 });
    const names = await page.locator('.saved li .open').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(['dup', 'dup (2)']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Moves the budget and times until the final answer shows (ms). */
async function change(page: Page, envelope: string, kill: 'before' | 'after' | 'none') {
  if (kill === 'before') expect(await killWorkersSilently(page)).toBeGreaterThan(0);
  const t0 = Date.now();
  await page.locator('#envelope-range').fill(envelope);
  if (kill === 'after') await killWorkersSilently(page);
  // The old answer is never shown as final for the new scenario.
  expect(await page.locator('[data-testid="results"]').getAttribute('data-final')).toBe('false');
  await final(page, 20_000);
  return Date.now() - t0;
}

// "Within 3 s on this machine": the machine is shared, so the bound is 3 s beyond the same page's ordinary
// change, measured first (on an idle machine an ordinary change takes well under a second).
describe('a worker that dies silently', () => {
  it('while idle, then mid-run: the right final answer within 3 s of an ordinary change', async () => {
    const { page } = await openPage(browser, '/?lang=en');
    await final(page);
    const ordinary = await change(page, '3000000', 'none');
    const idle = await change(page, '4000000', 'before');
    console.log(`silent worker death: ordinary change ${ordinary} ms, killed while idle ${idle} ms`);
    expect(idle).toBeLessThan(ordinary + 3000);
    expect(await readResults(page)).toEqual(await freshAnswer(page));
    const midRun = await change(page, '6000000', 'after');
    console.log(`silent worker death: killed mid-run ${midRun} ms`);
    expect(midRun).toBeLessThan(ordinary + 3000);
    expect(await readResults(page)).toEqual(await freshAnswer(page));
    await page.context().close();
  }, 120_000);
});
