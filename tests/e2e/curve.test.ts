/** The investment curve in Chromium: its own view in the link, the chart and its words, the table, the best split. */
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

const CURVE = '[data-testid="curve"]';

describe('the investment curve', () => {
  it('opens from the link, draws three panels with words and a table, and the tabs keep the link in step', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora&view=curve');
    await page.locator(`${CURVE}[data-final="true"]`).waitFor({ timeout: 90_000 });
    const svg = page.locator(`${CURVE} svg[data-chart="curve"]`);
    expect(await svg.getAttribute('role')).toBe('img');
    for (const series of ['expected', 'band', 'target', 'cost', 'marks'])
      expect(await svg.locator(`[data-series="${series}"]`).count()).toBeGreaterThanOrEqual(1);
    // The chance: its line, or, when it is 0 at every budget (Hedemora's default), words saying so instead.
    const chanceLine = svg.locator('[data-series="chance"], [data-series="chance-zero"]').first();
    expect(await chanceLine.count()).toBe(1);
    if ((await chanceLine.getAttribute('data-series')) === 'chance-zero')
      expect(await chanceLine.textContent()).toMatch(/Chansen är 0 % vid varje budget här/);
    // In words: reached at some budget, or out of reach with the reason.
    const statement = await page.getByTestId('curve-statement').innerText();
    expect(statement).toMatch(/Chansen når 50 %|nås målet inte vid någon budget/);
    // The table alternative: one row per level (41 by default).
    await page.locator(`${CURVE} details summary`).first().click();
    expect(await page.locator(`${CURVE} details tbody tr`).count()).toBe(41);
    // The total moved with the split kept: the same curve (its levels depend on the split only), nothing computed
    // again, and the plan's mark moves along it.
    const mark = () => svg.locator('[data-series="marks"] line').first().getAttribute('x1');
    const chanceNow = () => chanceLine.evaluate((e) => e.getAttribute('d') ?? e.textContent);
    const chance = await chanceNow();
    const markBefore = await mark();
    // Watched: data-final (false at once, true when the finished curve is back) and any status line on the way.
    type Watch = { finals: string[]; status: boolean };
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="curve"]')!;
      const w: Watch = { finals: [], status: false };
      (window as unknown as { watch: Watch }).watch = w;
      new MutationObserver(() => {
        if (el.querySelector('p.status')) w.status = true;
        if (w.finals.at(-1) !== el.getAttribute('data-final')) w.finals.push(el.getAttribute('data-final')!);
      }).observe(el, { attributes: true, childList: true, subtree: true });
      const input = document.querySelector<HTMLInputElement>('#envelope-range')!;
      input.value = '3000000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(mark, { timeout: 10_000 }).not.toBe(markBefore);
    await page.locator(`${CURVE}[data-final="true"]`).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { watch: Watch }).watch)).toEqual({
      finals: ['false', 'true'],
      status: false,
    });
    expect(await chanceNow()).toBe(chance);
    // Another split: computed again (a preview, then the full curve).
    await page.getByRole('textbox', { name: /^Skolnärvaro/ }).fill('2000000');
    await page.getByRole('textbox', { name: /^Skolnärvaro/ }).press('Enter');
    await page.locator(`${CURVE}[data-final="false"]`).waitFor({ timeout: 30_000 });
    await page.locator(`${CURVE}[data-final="true"]`).waitFor({ timeout: 60_000 });
    // The curve view computes no result (the curve has the workers); a budget changed there gets its result when
    // the results tab opens. The results tab leaves the curve (and the link follows); the curve tab comes back.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#envelope-range')!;
      input.value = '3000000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByRole('button', { name: 'Resultat', exact: true }).click();
    await page
      .locator('[data-testid="results"][data-final="true"][data-envelope="3000000"]')
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 5000 }).not.toContain('view=curve');
    await page.getByTestId('curve-tab').click();
    await page.locator(`${CURVE}[data-final="true"]`).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 5000 }).toContain('view=curve');
    expect(errors).toEqual([]);
  }, 150_000);

  it('finds the best split of the same total, applies it and undoes it', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora&view=curve&lang=en');
    await page.locator(`${CURVE}[data-final="true"]`).waitFor({ timeout: 90_000 });
    const total = await page.locator('#envelope-range').inputValue();
    const detect = await page.getByRole('textbox', { name: /^Early detection/ }).inputValue();
    await page.getByRole('button', { name: 'Find the best split' }).click();
    const panel = page.getByTestId('best-split');
    await panel.locator('table').waitFor({ timeout: 90_000 });
    expect(await panel.locator('tbody tr').count()).toBe(6);
    const use = panel.getByRole('button', { name: 'Use this split' });
    if ((await use.count()) === 1) {
      await use.click();
      // The same total, another split; undo returns to the split before.
      await expect.poll(() => page.locator('#envelope-range').inputValue()).toBe(total);
      await panel.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: /^Early detection/ }).inputValue()).toBe(detect);
    } else {
      expect(await panel.innerText()).toContain('already the best');
    }
    expect(errors).toEqual([]);
  }, 150_000);

  it('shows a compact curve under the results, which opens the whole curve', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora');
    const compact = page.getByTestId('curve-compact');
    await compact.locator('svg[data-chart="curve"]').waitFor({ timeout: 90_000 });
    await compact.getByRole('button', { name: 'Se hela kurvan' }).click();
    await page.locator(CURVE).waitFor();
    expect(await page.evaluate(() => location.search)).toContain('view=curve');
    expect(errors).toEqual([]);
  }, 150_000);
});
