/** Downloads: each chart as PNG and SVG with its texts, the yearly results as CSV in the page's language. */
import { buffer } from 'node:stream/consumers';
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

async function save(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  // The browser runs as a shared server (setup.ts): read the file through the connection.
  return { name: dl.suggestedFilename(), data: await buffer(await dl.createReadStream()) };
}

describe('downloads', () => {
  it('a chart as SVG and PNG with title, summary, source and link; the years as CSV (sv) and the scenario as JSON', async () => {
    const { page, errors } = await openPage(browser, '/?m=hedemora&p=hedemora&runs=200');
    await page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 45_000 });
    await page.waitForTimeout(400); // the address bar follows the scenario after 300 ms

    const svg = await save(page, () => page.getByRole('button', { name: /^SVG: Barn i riskzonen/ }).click());
    expect(svg.name).toBe('halvera-halving.svg');
    const text = svg.data.toString('utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('>Barn i riskzonen per årskull som lämnar grundskolan<');
    expect(text).toContain('data-series="scenario"');
    expect(text).toContain('Källa: Halvera, simulering med 200 körningar (frö 1)');
    expect(text).toContain('Med satsning (medelvärde)'); // the legend
    expect(text).toMatch(/p=hedemora/); // the link
    const summary = await page.locator('.chart-summary').first().innerText();
    expect(text).toContain(summary.split(' ').slice(0, 4).join(' '));

    const png = await save(page, () => page.getByRole('button', { name: /^PNG: Barn i riskzonen/ }).click());
    expect(png.name).toBe('halvera-halving.png');
    expect(png.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [w, h] = [png.data.readUInt32BE(16), png.data.readUInt32BE(20)];
    const [sw, sh] = (text.match(/width="(\d+)" height="(\d+)"/) ?? []).slice(1).map(Number);
    expect([w, h]).toEqual([2 * sw, 2 * sh]);

    const csv = await save(page, () => page.getByRole('button', { name: 'Årsresultat (CSV)' }).click());
    const rows = csv.data.toString('utf8').split('\r\n');
    expect(rows[0].startsWith('\uFEFFÅr;Barn i riskzonen utan satsning (medel);')).toBe(true);
    expect(rows.filter(Boolean)).toHaveLength(21); // header + 20 years
    expect(rows[1]).toMatch(/^2026;\d+(,\d+)?;/);
    expect(rows.some((r) => /;\d+,\d+;/.test(r))).toBe(true); // a decimal comma

    const json = await save(page, () => page.getByRole('button', { name: 'Scenariot (JSON)' }).click());
    const scenario = JSON.parse(json.data.toString('utf8'));
    expect(scenario.plan).toBe('hedemora');
    expect(scenario.scenario.detect).toBe(500000);

    // The embed dialog: an iframe snippet (no script) for the current scenario and the chosen chart.
    await page.getByRole('button', { name: 'Bädda in…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bädda in på en webbsida' });
    await dialog.getByLabel('Diagram').selectOption('costs');
    const snippet = await dialog.getByTestId('embed-snippet').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/[^"]+\/\?v=1&amp;mv=3&amp;m=hedemora&amp;p=hedemora&amp;.*embed=1&amp;chart=costs"/,
    );
    expect(snippet).not.toContain('<script');
    expect(errors).toEqual([]);
  });

  it('the CSV in English: English headers, comma separator, decimal point', async () => {
    const { page } = await openPage(browser, '/?m=hedemora&p=hedemora&runs=200&lang=en');
    await page.locator('[data-testid="results"][data-final="true"]').waitFor({ timeout: 45_000 });
    const csv = await save(page, () => page.getByRole('button', { name: 'Yearly results (CSV)' }).click());
    const rows = csv.data.toString('utf8').split('\r\n');
    expect(rows[0].startsWith('\uFEFFYear,Children at risk without a plan (mean),')).toBe(true);
    expect(rows.some((r) => /,\d+\.\d+,/.test(r))).toBe(true);
  });
});
