/**
 * Accessibility in Chromium: axe-core finds no serious or critical violation on the whole page (default,
 * assumptions open, English, phone, embed); contrast is part of axe's rules. Plus reduced motion and focus.
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

// The built page has a strict CSP (no inline or injected scripts), so axe is evaluated through the
// DevTools protocol, which CSP does not govern, rather than added as a <script> tag.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function settled(page: Page) {
  await page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 30_000 });
}

/** Serious and critical axe violations on the whole document, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<Result> } }).axe;
    const r = await axe.run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

describe('axe', () => {
  it('finds nothing serious on the default page', async () => {
    const { page, errors } = await openPage(browser, '/');
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('finds nothing serious with the assumptions open, custom effect sizes and a pinned A', async () => {
    const { page } = await openPage(browser, '/?effects=custom&discount=0.05');
    await settled(page);
    await page.locator('.assumptions > summary').click();
    await page.locator('#pin-a').click();
    await page.locator('[data-testid="compare"]').waitFor();
    await page.locator('[data-testid="reference-note"]').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds nothing serious in English, with link notes shown', async () => {
    const { page } = await openPage(browser, '/?lang=en&births=abc&x=1');
    await settled(page);
    await page.locator('[data-testid="link-notes"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds nothing serious on a phone and in the embed', async () => {
    const { page } = await openPage(browser, '/', { width: 390, height: 844 });
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    const { page: embed } = await openPage(browser, '/?embed=1');
    await settled(embed);
    expect(await seriousViolations(embed)).toEqual([]);
  });
});

describe('keyboard and motion', () => {
  it('reaches every control by Tab, and focus is always drawn', async () => {
    const { page } = await openPage(browser, '/');
    await settled(page);
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.id || el.textContent?.trim().slice(0, 20) || el.tagName;
      });
      if (id === 'BODY') break;
      seen.add(id);
    }
    for (const id of ['envelope-range', 'envelope-lock', 'municipality', 'plan', 'pin-a']) expect(seen).toContain(id);
    // The focus ring: a solid outline on :focus-visible. (Headless pages sharing one browser may not report
    // :focus-visible during Tab, so the rule itself is checked.)
    const rule = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((s) => [...s.cssRules])
        .map((r) => r as CSSStyleRule)
        .find((r) => r.selectorText === ':focus-visible'),
    );
    expect(rule).toBeDefined();
    const outline = await page.evaluate(() => {
      const r = [...document.styleSheets]
        .flatMap((s) => [...s.cssRules])
        .find((x) => (x as CSSStyleRule).selectorText === ':focus-visible') as CSSStyleRule;
      return r.style.getPropertyValue('outline');
    });
    expect(outline).toMatch(/^3px solid /);
  });

  it('honours prefers-reduced-motion', async () => {
    const { page } = await openPage(browser, '/');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await settled(page);
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el))
        .filter((s) => s.transitionDuration !== '0s' || s.animationName !== 'none')
        .map((s) => `${s.transitionDuration}/${s.animationName}`),
    );
    expect(durations).toEqual([]);
  });
});
