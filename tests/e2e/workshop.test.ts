/** The workshop view in Chromium: each control changes the result it should. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, firstAction, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const RESULTS = '[data-testid="results"]';

/** A Swedish or English formatted number ("1 234,5", "1,234.5") as a number. */
const num = (s: string, lang: 'sv' | 'en' = 'sv') =>
  Number(
    lang === 'sv'
      ? s.replace(/[\s\u00a0\u2212]/g, (c) => (c === '\u2212' ? '-' : '')).replace(',', '.')
      : s.replace(/,/g, ''),
  );

/** What the results say now: the halving table's rows (year, baseline, median), the sentence. */
async function readResults(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="results"]')!;
    const rows = [...el.querySelector('table')!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].slice(0, 3).map((c) => c.textContent!.trim()),
    );
    return {
      envelope: el.getAttribute('data-envelope'),
      rows,
      sentence: document.querySelector('[data-testid="result-sentence"]')!.textContent,
    };
  });
}
type Read = Awaited<ReturnType<typeof readResults>>;

async function settled(page: Page) {
  await page.locator(`${RESULTS}[data-final="true"]`).waitFor({ timeout: 30_000 });
}

/** Waits for a final result whose table differs from `before`. */
async function changedFrom(page: Page, before: Read): Promise<Read> {
  await page.waitForFunction(
    (b) => {
      const el = document.querySelector('[data-testid="results"]');
      const t = el?.querySelector('table tbody')?.textContent;
      return el?.getAttribute('data-final') === 'true' && t !== b;
    },
    await page.evaluate(() => document.querySelector('[data-testid="results"] table tbody')!.textContent),
    { timeout: 30_000 },
  );
  const after = await readResults(page);
  expect(after.rows).not.toEqual(before.rows);
  return after;
}

const medianSum = (r: Read) => r.rows.reduce((t, row) => t + num(row[2]), 0);
const baselineSum = (r: Read) => r.rows.reduce((t, row) => t + num(row[1]), 0);
const field = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).and(page.locator('input[type=text]'));

describe('the controls', () => {
  it('raising the envelope scales the split and lowers the at-risk median', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    const before = await readResults(page);
    expect(before.envelope).toBe('1500000');
    await page.locator('#envelope-range').fill('9000000');
    const after = await changedFrom(page, before);
    expect(after.envelope).toBe('9000000');
    expect(medianSum(after)).toBeLessThan(medianSum(before));
    expect(baselineSum(after)).toBe(baselineSum(before));
    // The plan's split (three equal areas) is kept.
    expect(num(await field(page, 'Tidig upptäckt').inputValue())).toBe(3_000_000);
    expect(num(await field(page, 'Föräldraskapsstöd').inputValue())).toBe(0);
    expect(errors).toEqual([]);
  });

  it('choosing all of Sweden changes the births and the baseline', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    const before = await readResults(page);
    await page.locator('#municipality').selectOption('sweden');
    const after = await changedFrom(page, before);
    expect(num(await field(page, 'Barn per årskull').inputValue())).toBe(100_100);
    expect(num(await field(page, 'Andel i riskzonen i dag').inputValue())).toBe(14.8);
    expect(baselineSum(after)).toBeGreaterThan(100 * baselineSum(before));
    expect(errors).toEqual([]);
  });

  it('the lock keeps the total when one area moves; unlocked, the total follows', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    await page.locator('#envelope-lock').check();
    const detect = field(page, 'Tidig upptäckt');
    await detect.fill('1 000 000');
    await detect.press('Enter');
    await page.waitForFunction(() => document.querySelector('#envelope-range') instanceof HTMLInputElement);
    expect(num(await detect.inputValue())).toBe(1_000_000);
    expect(await page.locator('#envelope-range').inputValue()).toBe('1500000');
    expect(num(await field(page, 'Gemensam första linje').inputValue())).toBe(250_000);
    await page.locator('#envelope-lock').uncheck();
    await detect.fill('1 200 000');
    await detect.press('Enter');
    await expect.poll(() => page.locator('#envelope-range').inputValue()).toBe('1700000');
  });

  it('typed values take a decimal comma, and reset returns to the preset', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    const before = await readResults(page);
    const risk = field(page, 'Andel i riskzonen i dag');
    await risk.fill('20,5');
    await risk.press('Enter');
    const after = await changedFrom(page, before);
    expect(baselineSum(after)).toBeGreaterThan(baselineSum(before));
    await expect.poll(() => page.evaluate(() => location.search)).toContain('baseRisk=0.205');
    expect(await page.locator('#municipality').inputValue()).toBe('custom');
    await page.getByRole('button', { name: 'Återställ Andel i riskzonen i dag' }).click();
    expect(await risk.inputValue()).toBe('13,3');
    expect(await page.locator('#municipality').inputValue()).toBe('hedemora');
    // Text is refused with a message, and the value stays.
    await risk.fill('mycket');
    await risk.press('Enter');
    await expect(page.getByText('Skriv ett tal.').isVisible()).resolves.toBe(true);
    expect(await risk.getAttribute('aria-invalid')).toBe('true');
    // Escape drops what was typed.
    await risk.press('Escape');
    expect(await risk.inputValue()).toBe('13,3');
    expect(await risk.getAttribute('aria-invalid')).toBe('false');
  });

  it('plan presets set the budgets; no plan gives no effect', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    const before = await readResults(page);
    await page.locator('#plan').selectOption('none');
    await page.locator(`${RESULTS}[data-final="true"][data-envelope="0"]`).waitFor({ timeout: 30_000 });
    const after = await readResults(page);
    // Without a plan the sentence says so.
    expect(after.sentence).not.toBe(before.sentence);
    expect(after.sentence).toMatch(/^Hedemora utan plan/);
    // Torshälla's Team Samagera: 3.8 MSEK over two years, half to parental support, half to the first line,
    // scaled from Torshälla's 133 children a cohort to Hedemora's 150 (issue 24) and said so.
    await page.locator('#plan').selectOption('torshalla');
    await expect.poll(async () => num(await field(page, 'Föräldraskapsstöd').inputValue())).toBe(1_071_429);
    expect(num(await field(page, 'Gemensam första linje').inputValue())).toBe(1_071_429);
    expect(await page.locator('[data-scaled]').textContent()).toContain('133');
    const envelope = await page.locator('#envelope-range').inputValue();
    // The duration's "ongoing" box hides the years.
    await page.locator('#duration-ongoing').check();
    await expect(field(page, 'Varaktighet').count()).resolves.toBe(0);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('p=custom');
    await page.waitForTimeout(400);
    await page.reload();
    expect(await page.locator('#duration-ongoing').isChecked()).toBe(true);
    expect(await page.locator('#envelope-range').inputValue()).toBe(envelope);
  });

  it('a changed assumption draws the default-assumptions baseline and says so; reset removes it', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    await page.getByText('Antaganden', { exact: true }).click();
    await page.getByLabel('Som i studierna').check();
    await page.locator('[data-testid="reference-note"]').waitFor({ timeout: 30_000 });
    await page.locator('path[data-series="reference"]').waitFor({ state: 'attached', timeout: 30_000 });
    await expect(page.locator('.assumptions .badge').innerText()).resolves.toBe('ändrade');
    await page.getByRole('button', { name: 'Återställ alla antaganden' }).click();
    await page.locator('[data-testid="reference-note"]').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('pins A and compares it with the live scenario', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    await page.locator('#pin-a').click();
    await page.locator('[data-testid="compare"]').waitFor();
    await page.locator('#envelope-range').fill('6000000');
    await page.locator('path[data-series="pinned"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Öppna A igen' }).click();
    await expect.poll(() => page.locator('#envelope-range').inputValue()).toBe('1500000');
    await page.getByRole('button', { name: 'Ta bort A' }).click();
    await page.locator('[data-testid="compare"]').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('saves named scenarios in the browser and switches between them', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    await page.locator('#envelope-range').fill('4000000');
    await page.getByLabel('Namn på scenariot').fill('Grupp <1>');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('button', { name: 'Öppna Grupp <1>' }).waitFor();
    await page.locator('#envelope-range').fill('7000000');
    await page.getByRole('button', { name: 'Öppna Grupp <1>' }).click();
    await expect.poll(() => page.locator('#envelope-range').inputValue()).toBe('4000000');
    expect(await page.getByRole('button', { name: 'Öppna Grupp <1>' }).getAttribute('aria-current')).toBe('true');
    // Kept across a reload (localStorage), and removable.
    await page.reload();
    // The saved list is below the first screen: it loads on the reader's first action (after the reload too).
    await firstAction(page);
    await page.getByRole('button', { name: 'Ta bort Grupp <1>' }).click();
    await expect(page.getByText('Inga sparade scenarier ännu.').isVisible()).resolves.toBe(true);
  });

  it('copy link says "Kopierad"', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Kopiera länk' }).click();
    await page.getByText('Kopierad', { exact: true }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Länk till scenariot').inputValue());
    expect(copied).toMatch(/\?v=1&mv=3&m=hedemora&p=hedemora/);
  });

  it('works with the keyboard alone: the envelope moves about 1 % of its range per arrow key, 10 % per PageUp', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora');
    await settled(page);
    await page.locator('#envelope-range').focus();
    // Hedemora: the slider reaches 21.2 MSEK a year (every area at full reach, model version 2) in steps of 100 000.
    await expect(page.locator('#envelope-range').getAttribute('max')).resolves.toBe('21200000');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#envelope-range').inputValue()).toBe('1600000');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('#envelope-range').inputValue()).toBe('2600000');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
  });
});

describe('engine errors', () => {
  it('says so in words with a retry button, and retrying recovers', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'sv-SE',
      serviceWorkers: 'block',
    });
    const broken = await context.newPage();
    // The worker script cannot load.
    await context.route(/simulation\.worker/, (route) => route.abort());
    await broken.goto(baseUrl() + '/?m=hedemora&p=hedemora');
    const banner = broken.locator('[data-testid="engine-error"]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.innerText()).toMatch(/Webbläsaren kunde inte starta beräkningen|Beräkningen avbröts/);
    await context.unroute(/simulation\.worker/);
    await banner.getByRole('button', { name: 'Försök igen' }).click();
    await broken.locator(`${RESULTS}[data-final="true"]`).waitFor({ timeout: 30_000 });
    expect(await banner.count()).toBe(0);
    await context.close();
  });
});

// The embed's own tests (frame size, charts, origins, bad messages, the link to the full page) are in embed.test.ts.
describe('the embed in a same-origin host', () => {
  it('reports its height to the host and accepts a scenario only from an allowed origin', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=none');
    await settled(page);
    // The host: this same origin, framing the embed.
    await page.evaluate(() => {
      const w = window as unknown as { heights: number[] };
      w.heights = [];
      addEventListener('message', (e) => {
        if (e.data?.type === 'halvera:height') w.heights.push(e.data.height);
      });
      const f = document.createElement('iframe');
      f.id = 'host-frame';
      f.style.width = '700px';
      f.src = '/?m=hedemora&p=hedemora&embed=1';
      document.body.prepend(f);
    });
    await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.some((h) => h > 300), null, {
      timeout: 30_000,
    });
    const frame = page.frameLocator('#host-frame');
    await frame.locator(`${RESULTS}[data-final="true"][data-envelope="1500000"]`).waitFor({ timeout: 30_000 });
    await page.evaluate(() =>
      (document.getElementById('host-frame') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'halvera:set', query: 'm=hedemora&p=torshalla&x=<img src=x onerror=alert(1)>' },
        '*',
      ),
    );
    // Torshälla's plan scaled to Hedemora's 150 children a cohort: 2 × 1 071 429 a year (issue 24)
    await frame.locator(`${RESULTS}[data-envelope="2142858"]`).waitFor({ timeout: 30_000 });
    expect(await frame.locator('#envelope-range').count()).toBe(0);
    // The host's message is untrusted like any link: its problems are shown as text.
    expect(await frame.locator('[data-testid="link-notes"]').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await frame.locator('img').count()).toBe(0);
  });
});
