import { describe, expect, it } from 'vitest';
import { barsLayout, contributionBars } from '../../../src/ui/charts/bars';
import { cashflowGeometry } from '../../../src/ui/charts/cashflow';
import { cumulativeCashflow } from '../../../src/ui/results/detailText';
import { sv } from '../../../src/i18n';
import { fixture } from '../fixtures';

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

describe('cashflowGeometry', () => {
  it('marks the payback year on the x axis and spans the values and zero', () => {
    const series = { years: [2026, 2027, 2028, 2029, 2030], values: [-3, -2, -0.5, 0.5, 2] };
    const g = cashflowGeometry(series, 2029, 640, String);
    expect(g.paybackX).toBeCloseTo(g.x(2029), 0);
    expect(g.y.domain()[0]).toBeLessThanOrEqual(-3);
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(2);
    expect(g.zeroY).toBeCloseTo(g.y(0), 0);
    expect(cashflowGeometry(series, null, 640, String).paybackX).toBeNull();
  });
  it('follows the cash flow a few years past payback, or to its end when payback never comes', () => {
    const r = fixture('simulated');
    for (const a of ['municipality', 'region', 'state', 'society'] as const) {
      const p = r.economics.payers[a];
      const s = cumulativeCashflow(r, a);
      if (p.paybackYear === null) expect(s.years.length, a).toBe(p.cashflow.length);
      else expect(s.years.at(-1)!, a).toBeGreaterThanOrEqual(Math.min(p.paybackYear + 5, s.years.length - 1 + 2026));
    }
  });
});

describe('cashflowGeometry with scenario A', () => {
  it('draws A over the same years and widens the y scale to hold it', () => {
    const series = { years: [2026, 2027, 2028, 2029, 2030], values: [-1, -2, -1, 0.5, 2] };
    const alone = cashflowGeometry(series, 2029, 640, String);
    expect(alone.pinnedPath).toBeNull();
    const a = { years: [2025, 2026, 2027, 2028, 2029, 2030, 2031], values: [0, -5, -6, -4, -1, 1, 9] };
    const g = cashflowGeometry(series, 2029, 640, String, a);
    // The five years 2026-2030: a path of five points (M + 4 L), none outside the plot.
    expect(g.pinnedPath!.match(/[ML]/g)).toHaveLength(5);
    expect(g.y.domain()[0]).toBeLessThanOrEqual(-6);
    expect(g.y.domain()[1]).toBeLessThan(9); // 2031 is outside the chart's years
    const xs = [...g.pinnedPath!.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(g.m.left);
    expect(Math.max(...xs)).toBeLessThanOrEqual(g.width - g.m.right);
  });
});
