/**
 * The embed in a host page on a second origin: fits its frame, reports its height and every final result,
 * takes a scenario only from an allowed origin and only in a valid message, and never leaves its origin.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { baseUrl, hostUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const RESULTS = '[data-testid="results"]';
const SCENARIO = 'm=hedemora&p=custom&detect=3000000&parent=3000000&firstline=3000000&school=3000000&duration=10';

interface Received {
  origin: string;
  data: {
    type: string;
    height?: number;
    query?: string;
    seed?: string;
    runs?: number;
    halving?: Record<string, unknown>;
  };
}
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const results = async (page: Page) => (await received(page)).filter((m) => m.data?.type === 'halvera:result');

/** Opens the host page framing `query` (embed=1 added) and waits for the first final result. */
async function host(query: string) {
  const src = `${baseUrl()}/?embed=1&${query}`;
  const { page, errors } = await openPage(browser, '/', { width: 900, height: 600 });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.frame() !== page.mainFrame()) requests.push(r.url());
  });
  await page.goto(`${hostUrl()}/?src=${encodeURIComponent(src)}`);
  await page.waitForFunction(
    () => (window as unknown as { received: Received[] }).received.some((m) => m.data?.type === 'halvera:result'),
    null,
    { timeout: 45_000 },
  );
  const frame = page.frames().find((f) => f.url().startsWith(baseUrl()))!;
  return { page, frame, errors, requests };
}

const envelope = (frame: Frame) => frame.locator(RESULTS).getAttribute('data-envelope');

describe('the embed', () => {
  it('fits a 640 × 360 frame with headline, chart, legend and chance, and no controls', async () => {
    const { page, errors } = await openPage(browser, '/?embed=1&m=hedemora&p=hedemora', { width: 640, height: 360 });
    await page.locator(`${RESULTS}[data-final="true"]`).waitFor({ timeout: 45_000 });
    expect(await page.locator('.headline').innerText()).toBe('Hedemoras plan: 4,5 miljoner på tre år');
    expect(await page.locator('input, select').count()).toBe(0);
    expect(await page.locator('svg[data-chart="halving"]').count()).toBe(1);
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-figure="chance"]').isVisible()).toBe(true);
    // Everything is inside the frame: nothing to scroll to.
    const size = await page.evaluate(() => ({
      h: document.documentElement.scrollHeight,
      w: document.body.scrollWidth,
    }));
    expect(size.h).toBeLessThanOrEqual(360);
    expect(size.w).toBeLessThanOrEqual(640);
    const legendBottom = await page.locator('.legend').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(legendBottom).toBeLessThanOrEqual(360);
    // A link to the full page, without the embed's own parameters.
    const href = await page.getByRole('link', { name: /Öppna i Halvera/ }).getAttribute('href');
    expect(href).toContain('m=hedemora');
    expect(href).not.toContain('embed');
    expect(errors).toEqual([]);
  });

  it('in a narrow (phone) frame puts the chance under the chart, nothing wider than the frame', async () => {
    const { page, errors } = await openPage(browser, '/?embed=1&m=hedemora&p=hedemora', { width: 390, height: 700 });
    await page.locator(`${RESULTS}[data-final="true"]`).waitFor({ timeout: 45_000 });
    const chart = await page.locator('svg[data-chart="halving"]').boundingBox();
    const chance = await page.locator('[data-figure="chance"]').boundingBox();
    expect(chance!.y).toBeGreaterThanOrEqual(chart!.y + chart!.height);
    expect(chance!.x + chance!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  it('chart= chooses another chart and controls=plan lets the reader move the plan', async () => {
    const { page } = await openPage(browser, '/?embed=1&chart=cohort&controls=plan');
    await page.locator(`${RESULTS}[data-final="true"]`).waitFor({ timeout: 45_000 });
    expect(await page.locator('svg[data-chart="halving"]').count()).toBe(0);
    expect(await page.locator('.embed svg[role="img"]').count()).toBe(1);
    expect(await page.locator('#envelope-range').count()).toBe(1);
  });

  it('a host on another origin listed in origins= sets the scenario and gets the CLI’s chance', async () => {
    // The CLI runs the same scenario and seed meanwhile (in parallel: the test stays short).
    const cliArgs = ['src/cli/simulate.ts', '--preset', 'hedemora', '--plan', 'custom', '--runs', '300', '--seed', '7']
      .concat(...['detect', 'parent', 'firstline', 'school'].map((k) => ['--set', `${k}=3000000`]))
      .concat('--set', 'duration=10', '--json', '--force'); // --force: no time guard on a busy machine
    const cliRun = promisify(execFile)('node_modules/.bin/tsx', cliArgs, { encoding: 'utf8', maxBuffer: 1 << 24 });
    cliRun.catch(() => undefined); // awaited below; not an unhandled rejection if the test stops earlier
    const { page, frame, errors, requests } = await host(`p=none&runs=300&origins=${encodeURIComponent(hostUrl())}`);
    const heights = (await received(page)).filter((m) => m.data.type === 'halvera:height');
    expect(heights.length).toBeGreaterThan(0);
    expect(heights.at(-1)!.data.height).toBeGreaterThan(200);
    await page.evaluate(
      (q) => (window as unknown as { send: (m: unknown) => void }).send({ type: 'halvera:set', query: q }),
      `${SCENARIO}&runs=300&seed=7`,
    );
    await page.waitForFunction(
      () =>
        (window as unknown as { received: Received[] }).received.some(
          (m) => m.data?.type === 'halvera:result' && m.data.seed === '7',
        ),
      null,
      { timeout: 45_000 },
    );
    const msg = (await results(page)).find((m) => m.data.seed === '7')!;
    expect(msg.origin).toBe(new URL(baseUrl()).origin);
    expect(await envelope(frame)).toBe('12000000');

    const cli = JSON.parse((await cliRun).stdout);
    const m = msg.data as unknown as {
      runs: number;
      halving: { targetYear: number; target: number; probability: number; noPlanProbability: number | null };
      atRisk: { mean: number; baseline: number };
    };
    expect(m.runs).toBe(300);
    expect(m.halving.probability).toBe(cli.halving.probability);
    expect(m.halving.target).toBe(cli.halving.target);
    expect(m.halving.targetYear).toBe(cli.halving.targetYear);
    const i = cli.years.indexOf(cli.halving.targetYear);
    expect(m.atRisk.mean).toBe(cli.atRisk.mean[i]);
    expect(m.atRisk.baseline).toBe(cli.baseline.atRisk.mean[i]);
    expect(m.halving.noPlanProbability ?? null).toBe(cli.halving.noPlanProbability ?? null);
    // Every request of the frame stayed on its own origin.
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(baseUrl()) || /^(blob|data):/.test(url), url).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  it('ignores messages from an origin not allowed, and bad messages from an allowed one', async () => {
    // Not in origins= and no referrer: the host is not allowed.
    const denied = await host('p=hedemora&runs=300');
    const before = (await results(denied.page)).length;
    await denied.page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'halvera:set', query: 'p=nacka' }),
    );
    // Allowed, but malformed: wrong type, a non-string query, an over-long query, no data at all.
    const allowed = await host(`p=hedemora&runs=300&origins=${encodeURIComponent(hostUrl())}`);
    await allowed.page.evaluate(() => {
      const send = (window as unknown as { send: (m: unknown) => void }).send;
      send({ type: 'halvera:sett', query: 'p=nacka' });
      send({ type: 'halvera:set', query: { p: 'nacka' } });
      send({ type: 'halvera:set', query: 'p=nacka&x=' + 'a'.repeat(5000) });
      send('halvera:set?p=nacka');
      send(null);
    });
    await allowed.page.waitForTimeout(1500);
    for (const h of [denied, allowed]) {
      expect(await envelope(h.frame)).toBe('1500000');
      expect(h.errors).toEqual([]);
    }
    expect((await results(denied.page)).length).toBe(before);
  }, 120_000);
});
