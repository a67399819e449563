import { describe, expect, it } from 'vitest';
import HalvingChart from '../../../src/ui/charts/HalvingChart.svelte';
import { wantedYMax } from '../../../src/ui/charts/halving';
import { fixture, scaled } from '../fixtures';
import { expectGolden, html, svgOf } from './golden';

describe('HalvingChart', () => {
  it('draws baseline, bands, median, target and the year-10 mark (Hedemora, 640 px)', () => {
    const result = fixture('hedemora');
    const body = html(HalvingChart, { lang: 'sv', result, width: 640, yMax: wantedYMax(result) });
    for (const s of ['baseline', 'scenario', 'target']) expect(body).toContain(`data-series="${s}"`);
    expect(body).not.toContain('data-series="pinned"');
    expect(body).toContain('role="img"');
    expectGolden('halving-hedemora', svgOf(body));
  });

  it('overlays pinned A (dashed) and the default-assumptions reference (phone width, English)', () => {
    const result = fixture('hedemora');
    const pinned = { label: 'A', values: scaled(result, 1.25).atRisk.p50 };
    const reference = scaled(result, 0.8).atRisk.p50;
    const body = html(HalvingChart, {
      lang: 'en',
      result,
      width: 360,
      yMax: wantedYMax(result, [pinned.values, reference]),
      pinned,
      reference,
    });
    expect(body).toContain('data-series="pinned"');
    expect(body).toContain('data-series="reference"');
    expectGolden('halving-hedemora-overlays-phone', svgOf(body));
  });

  it('keeps a long pinned label inside the plot', () => {
    const result = fixture('hedemora');
    const pinned = { label: 'Grupp A', values: scaled(result, 1.25).atRisk.p50 };
    const body = html(HalvingChart, { lang: 'sv', result, width: 640, yMax: 30, pinned });
    expect(body).toMatch(/text-anchor="end"[^>]*>Grupp A</);
  });

  it('formats large counts the Swedish way (Sweden, 1920 px)', () => {
    const result = fixture('sweden');
    const body = html(HalvingChart, { lang: 'sv', result, width: 1920, yMax: wantedYMax(result) });
    expect(body).toMatch(/>\d{1,3}\u00a0\d{3}</);
    expectGolden('halving-sweden-projector', svgOf(body));
  });

  it('draws a model result (simulate(), seed 1)', () => {
    const result = fixture('simulated');
    const body = html(HalvingChart, { lang: 'sv', result, width: 640, yMax: wantedYMax(result) });
    expectGolden('halving-simulated', svgOf(body));
  });
});
