import { describe, expect, it } from 'vitest';
import CohortDots from '../../../src/ui/charts/CohortDots.svelte';
import ContributionBars from '../../../src/ui/charts/ContributionBars.svelte';
import CashflowChart from '../../../src/ui/charts/CashflowChart.svelte';
import HelpedChart from '../../../src/ui/charts/HelpedChart.svelte';
import { cumulativeCashflow } from '../../../src/ui/results/detailText';
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

describe('CashflowChart', () => {
  it("draws the municipality's cumulative cash flow with the zero line (Hedemora, no payback)", () => {
    const r = fixture('hedemora');
    const body = html(CashflowChart, {
      lang: 'sv',
      series: cumulativeCashflow(r, 'municipality'),
      paybackYear: r.economics.payers.municipality.paybackYear,
      title: 'Kommunen',
      width: 640,
    });
    expect(body).toContain('data-series="cashflow"');
    expect(body).toContain('mnkr');
    expectGolden('cashflow-hedemora-municipality', svgOf(body));
  });
});

describe('HelpedChart', () => {
  it('draws the paired difference with its bands from zero (simulated)', () => {
    const r = fixture('simulated');
    const body = html(HelpedChart, { lang: 'sv', result: r, width: 640 });
    expect(body).toContain('data-series="helped"');
    expectGolden('helped-simulated', svgOf(body));
  });
});

describe('model output (simulate(), seed 1)', () => {
  it('draws its cash flow and contributions', () => {
    const r = fixture('simulated');
    const soc = r.economics.payers.society;
    const flow = { lang: 'sv' as const, series: cumulativeCashflow(r, 'society'), title: 'Samhället', width: 640 };
    expectGolden('cashflow-simulated', svgOf(html(CashflowChart, { ...flow, paybackYear: soc.paybackYear })));
    const bars = html(ContributionBars, { lang: 'sv', contributions: r.contributions, width: 640 });
    expectGolden('contributions-simulated', svgOf(bars));
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
