/** Present mode on a 1920 × 1080 projector: stages by the clicker's keys, predict-then-reveal, play, stories. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { present } from '../../src/i18n/sv/present';
import { defaultStory } from '../../src/ui/present/story';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PROJECTOR = { width: 1920, height: 1080 };
const STAGE = '[data-testid="present"]';
const FINAL = '[data-testid="results"][data-final="true"]';
const captions = present.captions; // present mode's texts are in the later chunk (i18n/sv/later.ts)

const SMALL = { width: 1280, height: 720 };
const views = defaultStory({ sv: captions, en: captions }).map((x) => x.view);

/**
 * Waits until a stage shows what it computes: its final result, and its curve or tornado. The tornado's settled
 * form (two more lines of text) is waited for when `settled`; both projector sizes are 16:9 with type in vw, so the
 * page's layout is the same at both, and the settled tornado (the slowest stage) is checked at the smaller one.
 */
async function ready(page: Page, view: string, settled: boolean) {
  await page.locator(FINAL).waitFor({ timeout: 45_000 });
  if (view === 'curve') await page.locator('svg[data-chart="curve"]').waitFor({ timeout: 45_000 });
  if (view === 'sensitivity')
    await page
      .locator(`[data-testid="sensitivity-stage"]${settled ? '[data-final="true"]' : ''} svg`)
      .waitFor({ timeout: 90_000 });
}

/** How far the page reaches beyond the screen (px, 0 = fits), and the stage bar's bottom edge. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const d = document.documentElement;
    const bar = document.querySelector('.bar')!.getBoundingClientRect();
    const keys = document.querySelector('.keys')!.getBoundingClientRect();
    return {
      down: Math.max(0, d.scrollHeight - innerHeight),
      across: Math.max(0, d.scrollWidth - innerWidth),
      barBottom: Math.max(bar.bottom, keys.bottom),
      height: innerHeight,
    };
  });

const stageNo = (page: Page) => page.locator(STAGE).getAttribute('data-stage');
const caption = (page: Page) => page.locator('.caption').innerText();
async function key(page: Page, k: string, stage: number) {
  await page.keyboard.press(k);
  await page.locator(`${STAGE}[data-stage="${stage}"]`).waitFor({ timeout: 10_000 });
}

describe('present mode', () => {
  it('large type, no controls; → PageDown PageUp ← move through the stages, and the link follows', async () => {
    const { page, errors } = await openPage(browser, '/?present=1', PROJECTOR);
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    const px = (sel: string) => page.locator(sel).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px(STAGE)).toBeGreaterThanOrEqual(28);
    expect(await px('.caption')).toBeGreaterThanOrEqual(28);
    expect(await page.locator('input, select').count()).toBe(0);
    expect(await caption(page)).toBe(captions[0]);
    await key(page, 'ArrowRight', 2);
    expect(await caption(page)).toBe(captions[1]);
    await key(page, 'PageDown', 3);
    await key(page, 'PageUp', 2);
    await key(page, 'ArrowLeft', 1);
    await key(page, 'ArrowLeft', 1); // stays on the first
    await key(page, 'PageDown', 2);
    await page.waitForFunction(() => location.search.includes('stage=2'), null, { timeout: 5000 });
    expect(errors).toEqual([]);
  });

  it('every stage of the bundled story fits 1920 × 1080 and 1280 × 720 without scrolling (issue 25)', async () => {
    expect(views).toHaveLength(8);
    const misfits: string[] = [];
    for (const size of [PROJECTOR, SMALL])
      for (let i = 0; i < views.length; i++) {
        const { page, errors } = await openPage(browser, `/?present=1&stage=${i + 1}`, size);
        await ready(page, views[i], size === SMALL);
        const o = await overflow(page);
        const notes = await page.locator('[data-testid="link-notes"]').count();
        if (o.down || o.across || o.barBottom > o.height || notes || errors.length)
          misfits.push(
            `stage ${i + 1} (${views[i]}) at ${size.width} × ${size.height}: ${JSON.stringify({ ...o, notes, errors })}`,
          );
        await page.context().close();
      }
    expect(misfits).toEqual([]);
  }, 400_000);

  it("the fifth stage bends the line: the plan with the studies' effects ends clearly under the line without it", async () => {
    const { page } = await openPage(browser, '/?present=1&stage=5', PROJECTOR);
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await caption(page)).toBe(captions[4]);
    // The lowest point of each line (SVG y grows downwards): the plan's must lie well under the one without it.
    const bottom = (series: string) =>
      page.locator(`svg[data-chart="halving"] [data-series="${series}"]`).evaluate((el) => {
        const b = (el as SVGGraphicsElement).getBBox();
        return b.y + b.height;
      });
    const plot = await page
      .locator('svg[data-chart="halving"]')
      .evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.height);
    expect((await bottom('scenario')) - (await bottom('baseline'))).toBeGreaterThan(0.05 * plot);
    await page.context().close();
  });

  it('stage=N opens a stage: the fourth is the investment curve (what it takes)', async () => {
    const { page } = await openPage(browser, '/?present=1&stage=4', PROJECTOR);
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await caption(page)).toBe(captions[3]);
    await page.locator('svg[data-chart="curve"]').waitFor({ timeout: 45_000 });
    expect(
      await page
        .locator('svg[data-chart="curve"] [data-series="chance"], svg[data-chart="curve"] [data-series="chance-zero"]')
        .count(),
    ).toBe(1);
    expect(await page.locator('[data-testid="results"]').getAttribute('data-final')).toBe('true');
  });

  it('reveal=0 hides the result until → or Enter; the next stage hides it again', async () => {
    const { page } = await openPage(browser, '/?present=1&reveal=0&stage=6', PROJECTOR);
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await page.locator('[data-testid="guess"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="stage-result"], [data-figure="chance"]').count()).toBe(0);
    await page.keyboard.press('ArrowRight'); // first press reveals, stays on the stage
    await page.locator('[data-figure="chance"]').waitFor({ timeout: 5000 });
    expect(await stageNo(page)).toBe('6');
    await key(page, 'ArrowRight', 7);
    expect(await page.locator('[data-testid="guess"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="stage-result"]').waitFor({ timeout: 5000 });
  });

  it('space plays the years one a step to the last; with reduced motion the end comes at once', async () => {
    const { page } = await openPage(browser, '/?present=1', PROJECTOR);
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    const seen = new Set<string>();
    await page.keyboard.press(' ');
    const t0 = Date.now();
    while (Date.now() - t0 < 15_000) {
      const y = await page.locator('[data-testid="results"]').getAttribute('data-year');
      if (y) seen.add(y);
      if (y === '2045') break;
      await page.waitForTimeout(100);
    }
    expect(seen.has('2045')).toBe(true);
    expect(seen.size).toBeGreaterThan(5); // it stepped through the years, not straight to the end
    expect(Date.now() - t0).toBeGreaterThan(2500);

    const reduced = await browser.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const p2 = await reduced.newPage();
    await p2.goto(page.url());
    await p2.locator(FINAL).waitFor({ timeout: 45_000 });
    await p2.keyboard.press(' ');
    expect(await p2.locator('[data-testid="results"]').getAttribute('data-year')).toBe('2045');
    await reduced.close();
  });

  it('a story from the link (JSON) or from a file; a bad stage is a note shown as text', async () => {
    const story = JSON.stringify([{ q: 'm=hedemora&p=nacka', view: 'costs', caption: { sv: 'Nackas plan', en: 'X' } }]);
    const { page } = await openPage(browser, `/?present=1&story=${encodeURIComponent(story)}`, PROJECTOR);
    await page.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await caption(page)).toBe('Nackas plan');
    expect(await page.locator('.count').innerText()).toBe('Steg 1 av 1');
    expect(await page.locator('[data-testid="results"]').getAttribute('data-final')).toBe('true');

    const file = (await openPage(browser, '/?present=1&story=hedemora', PROJECTOR)).page;
    await file.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await caption(file)).toMatch(/^I dag: ett 20-tal/);

    const bad = (
      await openPage(browser, `/?present=1&story=${encodeURIComponent('[{"q":"p=<b>x</b>"}, 7]')}`, PROJECTOR)
    ).page;
    await bad.locator(FINAL).waitFor({ timeout: 45_000 });
    expect(await bad.locator('[data-testid="link-notes"]').innerText()).toContain('<b>x</b>');
    expect(await bad.locator('b').count()).toBe(0);
  });
});
