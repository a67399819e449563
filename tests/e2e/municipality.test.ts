/**
 * The municipality picker in Chromium (issue 24): found by typing, chosen with the keyboard, named for screen
 * readers, in both languages; "Min kommun" with its two fields, a clear message out of range, and the link; the
 * figures' sources and the scaled plan shown. (The time to the first result per municipality is a benchmark:
 * `npm run bench:browser` prints its FIRST lines, tests/bench/firstResult.ts.)
 */
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

const settled = (page: Page) => page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 60_000 });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('municipality picker', () => {
  it('type "mal", arrow down, Enter: Malmö with its cited figures, the plan scaled, m=malmo in the link', async () => {
    const { page, errors } = await openPage(browser, '/?v=1&mv=3&m=hedemora&p=hedemora');
    await settled(page);
    const box = page.getByRole('combobox', { name: 'Sök kommun' });
    await box.focus();
    await page.keyboard.type('mal');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const options = page.getByRole('listbox', { name: 'Sök kommun' }).getByRole('option');
    expect(await options.allTextContents()).toEqual(['Malmö']);
    await page.keyboard.press('Enter');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('m=malmo');
    expect(await page.locator('#municipality').inputValue()).toBe('malmo');
    await expect.poll(() => page.getByText('4 429 födda (2023)').count()).toBe(1);
    await expect.poll(() => page.locator('[data-scaled]').count()).toBe(1);
    expect(await page.locator('[data-scaled]').textContent()).toContain('× 29,53');
    await settled(page);
    expect(errors).toEqual([]);
  });

  it('the arrow keys move the active option (aria-activedescendant), Escape closes, no axe violation', async () => {
    const { page, errors } = await openPage(browser, '/?v=1&mv=3&m=hedemora&p=hedemora');
    await settled(page);
    const box = page.locator('#municipality-search');
    await box.focus();
    await page.keyboard.type('s');
    const first = await box.getAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowDown');
    const second = await box.getAttribute('aria-activedescendant');
    expect(first).toMatch(/^municipality-option-/);
    expect(second).not.toBe(first);
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.evaluate(axeSource);
    const bad = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: Element) => Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      const r = await axe.run(document.querySelector('#municipality-search')!.closest('fieldset')!);
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('in English: "goth" finds Gothenburg, named "Find a municipality"', async () => {
    const { page, errors } = await openPage(browser, '/?v=1&mv=3&m=hedemora&p=hedemora&lang=en');
    await settled(page);
    const box = page.getByRole('combobox', { name: 'Find a municipality' });
    await box.fill('goth');
    const list = page.getByRole('listbox', { name: 'Find a municipality' });
    await expect.poll(() => list.getByRole('option').allTextContents()).toEqual(['Gothenburg']);
    await list.getByRole('option', { name: 'Gothenburg' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('m=goteborg');
    await settled(page);
    expect(errors).toEqual([]);
  });

  it('"Min kommun": the two fields, a message out of range, the figures in the link and said to be the user\'s', async () => {
    const { page, errors } = await openPage(browser, '/?v=1&mv=3&m=hedemora&p=hedemora');
    await settled(page);
    await page.locator('#municipality').selectOption('own');
    await expect.poll(() => page.getByText('Siffrorna är dina egna').count()).toBe(1);
    const births = page.getByLabel('Barn per årskull', { exact: true });
    await births.fill('200000');
    await births.press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'från 10 till 150 000' }).count()).toBe(1);
    expect(await births.getAttribute('aria-invalid')).toBe('true');
    await births.fill('2 400');
    await births.press('Enter');
    const share = page.getByLabel('Andel inte behöriga till gymnasiet (%)');
    await share.fill('17,5');
    await share.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('kr=17.5');
    const q = await page.evaluate(() => location.search);
    expect(q).toContain('m=own');
    expect(q).toContain('kb=2400');
    await settled(page);
    expect(errors).toEqual([]);
  });
});
