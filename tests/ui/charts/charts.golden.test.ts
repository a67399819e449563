import { describe, expect, it } from 'vitest';
import CohortDots from '../../../src/ui/charts/CohortDots.svelte';
import ContributionBars from '../../../src/ui/charts/ContributionBars.svelte';
import CostsChart from '../../../src/ui/charts/CostsChart.svelte';
import PayerBars from '../../../src/ui/charts/PayerBars.svelte';
import { fixture } from '../fixtures';
import { expectGolden, html, svgOf } from './golden';

describe('CohortDots', () => {
  it('draws 150 children of Hedemora as three shapes', () => {
    const r = fixture('hedemora');
    const body = html(CohortDots, { lang: 'sv', cohort: r.cohort, width: 640 });
    expect(body.match(/data-kind="still"/g)).toHaveLength(r.cohort.stillAtRisk);
    expect(body.match(/data-kind="helped"/g)).toHaveLength(r.cohort.helped);
    expect(body.match(/<circle/g)).toHaveLength(r.cohort.neverAtRisk);
    expectGolden('cohort-hedemora', svgOf(body));
  });
  it('draws the sample of a large cohort (phone)', () => {
    const r = fixture('sweden');
    const body = html(CohortDots, { lang: 'sv', cohort: r.cohort, width: 360 });
    expect(body.match(/data-kind=/g)).toHaveLength(r.cohort.shown);
    expectGolden('cohort-sweden-phone', svgOf(body));
  });
});

describe('CostsChart', () => {
  it('draws cumulative cost and avoided costs with the payback year (Hedemora)', () => {
    const body = html(CostsChart, { lang: 'sv', result: fixture('hedemora'), width: 640 });
    expect(body).toContain('Återbetald 2036');
    expect(body).toContain('data-series="cost"');
    expect(body).toContain('data-series="benefits"');
    expectGolden('costs-hedemora', svgOf(body));
  });
  it('formats billions as mdkr (Sweden, English at 1200 px uses SEK)', () => {
    expect(html(CostsChart, { lang: 'sv', result: fixture('sweden'), width: 640 })).toContain('mdkr');
    const body = html(CostsChart, { lang: 'en', result: fixture('sweden'), width: 1200 });
    expect(body).toContain('SEK');
    expectGolden('costs-sweden-en-1200', svgOf(body));
  });
});

describe('model output (simulate(), seed 1)', () => {
  it('draws its costs and contributions', () => {
    const r = fixture('simulated');
    expectGolden('costs-simulated', svgOf(html(CostsChart, { lang: 'sv', result: r, width: 640 })));
    const bars = html(ContributionBars, { lang: 'sv', contributions: r.contributions, width: 640 });
    expectGolden('contributions-simulated', svgOf(bars));
  });
});

describe('PayerBars', () => {
  it('draws the municipality hatched, its three parts, region and state', () => {
    const r = fixture('hedemora');
    const body = html(PayerBars, { lang: 'sv', byPayer: r.economics.byPayer, width: 640 });
    expect(body).toContain('url(#hatch-payers)');
    for (const k of ['municipality', 'school', 'social', 'income', 'region', 'state'])
      expect(body).toContain(`data-bar="${k}"`);
    expectGolden('payers-hedemora', svgOf(body));
  });
});

describe('ContributionBars', () => {
  it('draws one bar per area', () => {
    const r = fixture('hedemora');
    const body = html(ContributionBars, { lang: 'sv', contributions: r.contributions, width: 640 });
    for (const k of ['detect', 'parent', 'firstline', 'school']) expect(body).toContain(`data-bar="${k}"`);
    expect(body).toContain('4,4');
    expectGolden('contributions-hedemora', svgOf(body));
  });
});
