/** "Vad avgör svaret?" in Chromium: its own view in the link, the tornado, the table, the thresholds, axe, both languages. */
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

const VIEW = '[data-testid="sensitivity-view"]';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<Result> } }).axe;
    const r = await axe.run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
const query = (page: Page) => new URL(page.url()).searchParams;

describe('what decides the answer', () => {
  it('opens from the link, settles with three tornados, thresholds and shares; table; tabs keep the link in step', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora&runs=200&view=sensitivity');
    await page.locator(`${VIEW}[data-final="true"]`).waitFor({ timeout: 120_000 });
    for (const o of ['atRisk', 'chance', 'npv'])
      expect(await page.locator(`${VIEW} svg[data-outcome="${o}"] [data-assumption]`).count()).toBe(10);
    expect(await page.getByTestId('sensitivity-thresholds').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sensitivity-shares').locator('tbody tr').count()).toBe(17);
    await page.getByTestId('sensitivity-table-toggle').click();
    expect(await page.getByTestId('sensitivity-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(15);
    expect(query(page).get('view')).toBe('sensitivity');
    expect(await seriousViolations(page)).toEqual([]);
    // Back to the results: the link drops the view, and the workshop names the assumption that matters most.
    await page.getByRole('group', { name: 'Visa' }).getByRole('button', { name: 'Resultat', exact: true }).click();
    await expect.poll(() => query(page).get('view')).toBeNull();
    await page.getByTestId('most-decisive').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('most-decisive').innerText()).toMatch(/betyder mest/);
    await page.getByTestId('sensitivity-tab').click();
    await expect.poll(() => query(page).get('view')).toBe('sensitivity');
    await page.locator(VIEW).waitFor();
    expect(errors).toEqual([]);
  }, 200_000);

  it('speaks English from the link, axe clean', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora&runs=100&view=sensitivity&lang=en');
    await page.locator(`${VIEW} svg[data-outcome="atRisk"]`).waitFor({ timeout: 120_000 });
    expect(await page.locator(`${VIEW} h2`).innerText()).toBe('What decides the answer?');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 200_000);

  it('an embed of the view (embed=1&view=sensitivity) shows the tornado, the most decisive assumption, axe clean', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora&runs=100&view=sensitivity&embed=1', {
      width: 1280,
      height: 720,
    });
    const stage = '[data-testid="sensitivity-stage"]';
    await page.locator(`${stage}[data-final="true"]`).waitFor({ timeout: 120_000 });
    expect(await page.locator(`${stage} svg[data-outcome="atRisk"] [data-assumption]`).count()).toBe(6);
    expect(await page.locator(`${stage} [data-testid="most-decisive"]`).innerText()).toMatch(
      /^Det antagande som betyder mest/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 200_000);
});
