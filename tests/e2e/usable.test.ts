/**
 * Usable without help (issue 13), in Chromium: on a phone the result strip stays in view while a control far down
 * moves; every interactive element is at least 24 × 24 px; typed amounts parse in both languages and an
 * implausible one gets a question; focus order follows the visual order; the status says "Klart" and "oförändrat";
 * no label breaks a word without a hyphen. Few pages, shared where the state allows.
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

const PHONE = { width: 390, height: 844 };

async function final(page: Page) {
  await page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 30_000 });
}

/** Interactive elements (visible, with a box) smaller than 24 × 24 px, as "tag#id text: w×h" lines. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return (
          s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0 && !el.closest('[hidden]')
        );
      })
      .filter((el) => !el.classList.contains('skip')) // the skip link is off-screen until focused (checked below)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 - 0.01 || r.height < 24 - 0.01)
      .map(
        ({ el, r }) =>
          `${el.tagName.toLowerCase()}#${el.id} ${el.textContent?.trim().slice(0, 30)}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
      );
  });
}

describe('on a phone', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser, '/?m=hedemora&p=hedemora', PHONE));
    await final(page);
  });

  it('keeps the result strip in view while a control far down the page is adjusted, and the result follows', async () => {
    const strip = page.locator('[data-testid="result-strip"]');
    const withPlan = page.locator('[data-testid="strip-with"]');
    const results = page.locator('[data-testid="results"]');
    const before = await results.getAttribute('data-envelope');
    // The school budget slider: far below the first screen.
    const slider = page.getByRole('slider', { name: 'Skolnärvaro' });
    await slider.scrollIntoViewIfNeeded();
    const y = await slider.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(y).toBeGreaterThan(PHONE.height);
    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('PageUp');
    await expect.poll(() => results.getAttribute('data-envelope'), { timeout: 30_000 }).not.toBe(before);
    await final(page);
    const box = (await strip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const sliderBox = (await slider.boundingBox())!;
    expect(sliderBox.y).toBeGreaterThanOrEqual(box.y + box.height - 1); // not hidden under the strip
    // The strip shows the new final result: the same figures as the headline's details (without a plan, the chance).
    const sentence = await page.locator('[data-testid="result-details"]').innerText();
    const without = await page.locator('[data-testid="strip-without"]').innerText();
    expect(sentence).toContain(`av ${without} utan plan`);
    expect(await withPlan.innerText()).not.toBe('…');
    // The full results are one tap away.
    await page.locator('[data-testid="result-strip"] a').click();
    await expect
      .poll(() => page.locator('[data-testid="result-sentence"]').evaluate((el) => el.getBoundingClientRect().top), {
        timeout: 5000,
      })
      .toBeLessThan(PHONE.height);
  });

  it('has no interactive element smaller than 24 × 24 px, tables open and the assumptions open', async () => {
    await page.locator('.assumptions > summary').click();
    for (const s of await page.locator('details.data-table summary').all()) await s.click();
    expect(await smallTargets(page)).toEqual([]);
    const skip = page.locator('a.skip');
    await skip.focus();
    const b = (await skip.boundingBox())!;
    expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
  });

  it('scrolls a wide table inside its box, with a visible cue, not the page', async () => {
    const wide = page.locator('details.data-table[open] .scroll[role="region"]').first();
    await wide.waitFor();
    const [sw, cw] = await wide.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(sw).toBeGreaterThan(cw);
    await expect(page.locator('details.data-table[open] .hint').first().isVisible()).resolves.toBe(true);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
  });

  it('breaks no word of a label without a hyphen', async () => {
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('label, legend, summary, th, button')) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            const lines = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
            if (lines.size > 1) out.push(m[0]);
          }
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
  });
});

describe('typed amounts', () => {
  it('reads amounts as people type them, in Swedish and English, and asks about an implausible one', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await final(page);
    const field = page.getByRole('textbox', { name: 'Total budget kronor per år' });
    const commit = async (text: string) => {
      await field.fill(text);
      await field.press('Enter');
    };
    const envelope = () =>
      page.locator('#envelope-range').evaluate((el: HTMLInputElement) => el.getAttribute('aria-valuetext'));
    for (const [text, shown] of [
      ['3 mnkr', '3 000 000'],
      ['3,5 Mkr', '3 500 000'],
      ['2 miljoner', '2 000 000'],
      ['3000000 kr', '3 000 000'],
      ['4 000 000', '4 000 000'],
    ]) {
      await commit(text);
      await expect
        .poll(() => field.inputValue(), { message: text, timeout: 10_000 })
        .toBe(shown.replace(/ /g, '\u00a0'));
    }
    // "3" alone is not silently 3 kr a year: the page asks, and nothing changes until an answer.
    await commit('3');
    const question = page.getByRole('group', { name: /mycket lite/ });
    await question.waitFor();
    expect(await envelope()).toMatch(/^4\s000\s000/);
    await question.getByRole('button', { name: '3 mnkr' }).click();
    await expect.poll(() => field.inputValue()).toBe('3\u00a0000\u00a0000');
    // English page, English forms.
    await page.locator('button[data-lang="en"]').click();
    const enField = page.getByRole('textbox', { name: 'Total budget kronor a year' });
    for (const [text, shown] of [
      ['3.5 MSEK', '3,500,000'],
      ['SEK 3,000,000', '3,000,000'],
      ['2 million', '2,000,000'],
    ]) {
      await enField.fill(text);
      await enField.press('Enter');
      await expect.poll(() => enField.inputValue(), { message: text, timeout: 10_000 }).toBe(shown);
    }
    expect(errors).toEqual([]);
  });
});

describe('keyboard and screen reader', () => {
  it('moves focus in the visual order: controls, then results', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await final(page);
    const order: { id: string; x: number; y: number; inResults: boolean }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (!el || el === document.body) return null;
        const r = el.getBoundingClientRect();
        return { id: el.id || el.tagName, x: r.x, y: r.y + window.scrollY, inResults: !!el.closest('#results') };
      });
      if (!f) break;
      order.push(f);
    }
    const firstResult = order.findIndex((f) => f.inResults);
    expect(firstResult).toBeGreaterThan(0);
    // Once in the results, focus never goes back to a control; before them, every stop is a control.
    expect(order.slice(firstResult).every((f) => f.inResults)).toBe(true);
    expect(order.slice(0, firstResult).some((f) => f.id === 'envelope-range')).toBe(true);
    // Inside each column, focus moves down the page.
    for (const col of [order.slice(0, firstResult), order.slice(firstResult)])
      for (let i = 1; i < col.length; i++) expect(col[i].y, col[i].id).toBeGreaterThanOrEqual(col[i - 1].y - 40);
  });

  it('says "Räknar…", then "Klart", and "oförändrat" when the final result reads the same', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await final(page);
    const status = page.locator('[data-testid="status"]');
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toBe('Klart.');
    const seen: string[] = [];
    await page.exposeFunction('__status', (s: string) => seen.push(s));
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="status"]')!;
      new MutationObserver(() =>
        (window as unknown as { __status: (s: string) => void }).__status(el.textContent!.trim()),
      ).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    // A new budget (every area at full reach): a new result.
    const slider = page.locator('#envelope-range');
    await slider.focus();
    await slider.press('End');
    await expect.poll(() => seen.at(-1), { timeout: 30_000 }).toBe('Klart.');
    // The cost of exclusion changes the money, not the children or the chance: the sentence reads the same.
    await page.locator('.assumptions > summary').click();
    const cost = page.getByRole('textbox', { name: /^Kostnad för ett liv i utanförskap/ });
    await cost.fill('20 000 000');
    await cost.press('Enter');
    await expect.poll(() => seen.at(-1), { timeout: 30_000 }).toBe('Klart – resultatet är oförändrat.');
    expect(seen).toContain('Räknar…');
  });

  it('names number fields with their unit, tables without stray punctuation, lists without their options', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await final(page);
    await expect(page.getByRole('textbox', { name: 'Tidig upptäckt kronor per år' }).count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Utgå från', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Plan att utgå från', exact: true }).count()).resolves.toBe(1);
    const names = await page
      .locator('details.data-table summary')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^Visa som tabell: \S/);
  });
});

describe('saved scenarios and comparing', () => {
  it('asks before saving over a name, and a pinned saved scenario is labelled by its name, also in the link', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await final(page);
    const name = page.getByLabel('Namn på scenariot');
    const save = page.getByRole('button', { name: 'Spara', exact: true });
    await name.fill('Grupp 1');
    await save.click();
    await page.getByText('Sparat: Grupp 1').waitFor();
    // Another budget, the same name: the page asks, and "Avbryt" keeps the saved one.
    const field = page.getByRole('textbox', { name: 'Total budget kronor per år' });
    await field.fill('4 mnkr');
    await field.press('Enter');
    await name.fill('Grupp 1');
    await save.click();
    const ask = page.getByRole('group', { name: /heter ”Grupp 1”/ });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Avbryt' }).click();
    await expect(ask.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Öppna Grupp 1' }).click();
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe('1\u00a0500\u00a0000');
    // Pin the saved scenario: A carries its name in the compare table, the legend and the link.
    await page.locator('#pin-a').click();
    const compare = page.locator('[data-testid="compare"]');
    await compare.waitFor({ timeout: 30_000 });
    // The column is the saved scenario's name, with its plan under it.
    await expect(compare.locator('thead th').nth(1).innerText()).resolves.toMatch(
      /^Grupp 1\s+Hedemora: 4,5 mnkr på 3 år$/,
    );
    expect(await page.locator('.legend li', { hasText: 'Grupp 1 (medelvärde)' }).count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 5000 }).toContain('al=Grupp');
    // The comparison sits right under the headline, before the chart.
    const order = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="results"]')!;
      const els = [
        ...r.querySelectorAll('[data-testid="result-sentence"], [data-testid="compare"], svg[data-chart="halving"]'),
      ];
      return els.map((e) => e.getAttribute('data-testid') ?? 'chart');
    });
    expect(order).toEqual(['result-sentence', 'compare', 'chart']);
    // Saving over the name, confirmed, replaces it.
    await field.fill('4 mnkr');
    await field.press('Enter');
    await name.fill('Grupp 1');
    await save.click();
    await ask.getByRole('button', { name: 'Ersätt' }).click();
    await page.getByText('Sparat: Grupp 1').waitFor();
    await expect(page.getByRole('button', { name: 'Öppna Grupp 1', exact: true }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});
