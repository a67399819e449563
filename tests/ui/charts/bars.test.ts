import { describe, expect, it } from 'vitest';
import { barsLayout, contributionBars, payerBars } from '../../../src/ui/charts/bars';
import { costsGeometry } from '../../../src/ui/charts/costs';
import { sv } from '../../../src/i18n';
import { fixture } from '../fixtures';

describe('payerBars', () => {
  it('heads the municipality with the sum of school, social services and income support', () => {
    const b = fixture('hedemora').economics.byPayer;
    const bars = payerBars(b, sv.charts);
    expect(bars.map((x) => x.key)).toEqual(['municipality', 'school', 'social', 'income', 'region', 'state']);
    expect(bars[0].value).toBe(b.school + b.social + b.income);
    expect(bars[0].total).toBe(true);
    expect(bars.filter((x) => x.indent).map((x) => x.key)).toEqual(['school', 'social', 'income']);
  });
});

describe('barsLayout', () => {
  it('makes bar lengths proportional to the values', () => {
    const g = barsLayout(contributionBars({ detect: 4, parent: 1, firstline: 2, school: 0 }, sv.charts.areas), 600);
    const [d, p, f, s] = g.rows;
    expect(d.barW / p.barW).toBeCloseTo(4, 1);
    expect(f.barW / p.barW).toBeCloseTo(2, 1);
    expect(s.barW).toBe(0);
    expect(d.barX + d.barW).toBeLessThan(600);
  });
  it('draws negative values to the left of zero', () => {
    const g = barsLayout(contributionBars({ detect: 2, parent: -1, firstline: 0, school: 0 }, sv.charts.areas), 600);
    expect(g.rows[1].barX + g.rows[1].barW).toBeCloseTo(g.zeroX, 0);
    expect(g.rows[0].barX).toBeCloseTo(g.zeroX, 0);
  });
});

describe('costsGeometry', () => {
  it('marks the payback year where cumulative benefits reach cumulative cost', () => {
    const r = fixture('hedemora');
    const g = costsGeometry(r, 640, String);
    const i = r.years.indexOf(r.economics.paybackYear!);
    expect(r.economics.cumulativeBenefits[i]).toBeGreaterThanOrEqual(r.economics.cumulativeCost[i]);
    expect(g.paybackX).toBeCloseTo(g.x(r.economics.paybackYear!), 0);
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(Math.max(...r.economics.cumulativeBenefits));
    r.economics.paybackYear = null;
    expect(costsGeometry(r, 640, String).paybackX).toBeNull();
  });
});
