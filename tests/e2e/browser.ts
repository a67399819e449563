/** Shared helpers for the browser tests: one Chromium per file, a page that records console errors. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const baseUrl = () => inject('baseUrl');

export async function launch(): Promise<Browser> {
  // Playwright gives each launch a fresh, empty user-data-dir.
  return chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  errors: string[];
}

/** Opens a page and collects console errors and page errors. */
export async function openPage(
  browser: Browser,
  path = '/',
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseUrl() + path);
  return { page, errors };
}
