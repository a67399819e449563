import { describe, expect, it } from 'vitest';
import { cashflowGeometry, cashflowYearTicks } from '../../../src/ui/charts/cashflow';

const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('cashflowYearTicks', () => {
  it('starts at the first year of the series, then round years', () => {
    expect(cashflowYearTicks(span(2026, 2109))).toEqual([2026, 2040, 2060, 2080, 2100]);
    expect(cashflowYearTicks(span(2026, 2045))).toEqual([2026, 2030, 2035, 2040, 2045]);
  });
  it('leaves out a round year less than half a step after the start', () => {
    expect(cashflowYearTicks(span(2038, 2109))).toEqual([2038, 2060, 2080, 2100]);
    expect(cashflowYearTicks(span(2040, 2109))).toEqual([2040, 2060, 2080, 2100]);
  });
  it('is empty for no years', () => expect(cashflowYearTicks([])).toEqual([]));
  it('is what the chart draws', () => {
    const years = span(2026, 2109);
    const g = cashflowGeometry({ years, values: years.map((_, i) => i - 40) }, null, 600, String);
    expect(g.xTicks[0]).toBe(2026);
    expect(g.x(g.xTicks[0])).toBe(g.m.left);
  });
});
