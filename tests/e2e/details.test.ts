/** Issue 25's details in Chromium: the (?) explanations, "Fäst som A" by the result, the phone's plan names, the embed's fit. */
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

const FINAL = '[data-testid="results"][data-final="true"]';

describe('the details of the first screens', () => {
  it('a (?) opens its explanation with the keyboard and Escape closes it, the focus kept', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora');
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    const q = page.locator('[data-testid="payers-note"] [data-explain="npv"] button');
    await q.scrollIntoViewIfNeeded();
    expect(await q.getAttribute('aria-expanded')).toBe('false');
    expect(await q.getAttribute('aria-label')).toBe('Vad betyder ”nuvärde”?');
    const text = page.locator(`#${await q.getAttribute('aria-controls')}`);
    expect(await text.isVisible()).toBe(false);
    await q.focus();
    await page.keyboard.press('Enter');
    expect(await q.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => text.innerText(), { timeout: 5000 }).toMatch(/^Nuvärde är framtida kronor/);
    expect(await text.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await q.getAttribute('aria-expanded')).toBe('false');
    expect(await text.isVisible()).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-explain]')?.getAttribute('data-explain')),
    ).toBe('npv');
    // The halving chart's legend explains its 90 % band.
    expect(await page.locator('.legend [data-explain="futures90"] button').count()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it('"Fäst som A" by the key figures pins the result; the comparison names the plan of each column', async () => {
    const { page, errors } = await openPage(browser, '/?mv=3&m=hedemora&p=hedemora');
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    const pin = page.getByTestId('pin-here');
    // In the key figures' column, under them (and their notes), far above the share panel's button.
    const side = page.locator('[data-figure="key"]').locator('..');
    expect(await side.locator('[data-testid="pin-here"]').count()).toBe(1);
    const [pinBox, keyBox, shareBox] = await Promise.all(
      [pin, page.locator('[data-figure="key"]'), page.locator('#pin-a')].map((l) => l.boundingBox()),
    );
    expect(pinBox!.y).toBeGreaterThan(keyBox!.y);
    expect(pinBox!.y - (keyBox!.y + keyBox!.height)).toBeLessThan(400);
    expect(shareBox!.y - pinBox!.y).toBeGreaterThan(600);
    await pin.click();
    await page.getByTestId('compare').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('compare-a').innerText()).toMatch(/^A\s+Hedemora: 4,5 mnkr på 3 år$/);
    expect(await page.getByTestId('compare-now').innerText()).toMatch(/^Nuvarande plan\s+Hedemora: 4,5 mnkr på 3 år$/);
    expect(await pin.innerText()).toBe('Fäst nuvarande som A');
    expect(errors).toEqual([]);
  });

  it.each(['sv', 'en'])(
    'on a phone (390 × 844) the closed plan dropdown shows every plan name whole (%s)',
    async (lang) => {
      const { page } = await openPage(browser, `/?mv=3&m=hedemora&p=hedemora&lang=${lang}`, {
        width: 390,
        height: 844,
      });
      await page.locator('#plan').waitFor({ timeout: 30_000 });
      const fit = await page.locator('#plan').evaluate((el: HTMLSelectElement) => {
        const cs = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        // The text's room: the box less its padding, its border and about 1.5 em for the arrow.
        const room =
          el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 1.5 * parseFloat(cs.fontSize);
        return [...el.options].map((o) => ({ text: o.text, width: ctx.measureText(o.text).width, room }));
      });
      for (const f of fit) expect(f.width, f.text).toBeLessThanOrEqual(f.room);
    },
  );

  it('the embed at 1280 × 800: the chart at its own height, no band inside the figure, the block in the middle', async () => {
    const { page, errors } = await openPage(browser, '/?embed=1&m=hedemora&p=hedemora', { width: 1280, height: 800 });
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    const m = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const svg = document.querySelector<SVGSVGElement>('svg[data-chart="halving"]')!;
      const vb = svg.viewBox.baseVal;
      return {
        head: box('.head'),
        title: box('.fig .title'),
        svg: box('svg[data-chart="halving"]'),
        ratio: vb.height / vb.width,
        legend: box('.fig .legend'),
        height: innerHeight,
      };
    });
    // The svg is as tall as its drawing (no letterbox), the title just above it, the legend just under it.
    expect(Math.abs(m.svg.height - m.svg.width * m.ratio)).toBeLessThan(2);
    expect(m.svg.top - m.title.bottom).toBeLessThan(24);
    expect(m.legend.top - m.svg.bottom).toBeLessThan(24);
    // The headline and the figure in the middle of the frame: the margins above and below within 40 px.
    expect(Math.abs(m.head.top - (m.height - m.legend.bottom))).toBeLessThan(40);
    expect(errors).toEqual([]);
  });
});
