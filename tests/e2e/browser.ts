/**
 * Shared helpers for the browser tests. Every file connects to the one Chromium started in setup.ts
 * (closing the connection leaves the browser running for the next file); each page gets its own context.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
/** A page on another origin (127.0.0.1, another port) that can frame the app: see hostPage.ts. */
export const hostUrl = () => inject('hostUrl');

export async function launch(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

export interface WatchedPage {
  page: Page;
  errors: string[];
}

/**
 * The reader's first action, one that changes nothing on the page (a Shift key press): the parts below the first
 * screen (src/ui/lazy.svelte.ts) wait for one, as they wait for a scroll.
 */
export async function firstAction(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
}

/**
 * Opens a page and collects console errors and page errors. The service worker is blocked unless asked for
 * (`serviceWorkers: 'allow'`): it would precache every file again in each test and hide requests from routes.
 * The reader acts at once (`firstAction`), so the parts below the first screen load as they do for anyone who
 * scrolls or types; `reader: 'still'` opens the page with no action (the first screen alone, as on opening).
 */
export async function openPage(
  browser: Browser,
  path = '/',
  viewport = { width: 1280, height: 800 },
  serviceWorkers: 'allow' | 'block' = 'block',
  reader: 'acts' | 'still' = 'acts',
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    serviceWorkers,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseUrl() + path);
  if (reader === 'acts') await firstAction(page);
  return { page, errors };
}
