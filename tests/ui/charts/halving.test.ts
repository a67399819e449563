import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignToYears, halvingGeometry, stableYMax, targetIndex, wantedYMax } from '../../../src/ui/charts/halving';
import { niceMax, yearTicks } from '../../../src/ui/charts/geometry';
import { fixture, scaled } from '../fixtures';

describe('wantedYMax(result)', () => {
  it('covers the larger of baseline p95 and scenario p95, rounded up to a nice number', () => {
    const r = fixture('hedemora');
    const top = Math.max(...r.baseline.atRisk.p95, ...r.atRisk.p95);
    const y = wantedYMax(r);
    expect(y).toBeGreaterThanOrEqual(top);
    expect(y).toBe(niceMax(y));
    expect(y).toBeLessThan(top * 1.6);
  });

  it('makes room for overlays (pinned A, reference)', () => {
    const r = fixture('hedemora');
    const high = scaled(r, 2).atRisk.p50;
    expect(wantedYMax(r, [high])).toBeGreaterThanOrEqual(Math.max(...high));
  });
});

describe('stableYMax(prev, wanted, final)', () => {
  it('takes the wanted value on the first and on final results', () => {
    expect(stableYMax(null, 30, false)).toBe(30);
    expect(stableYMax(40, 25, true)).toBe(25);
  });
  it('grows at once on a preview that would be clipped', () => {
    expect(stableYMax(30, 35, false)).toBe(35);
  });
  it('holds on a preview that would shrink it a little, shrinks when far too large', () => {
    expect(stableYMax(30, 25, false)).toBe(30);
    expect(stableYMax(30, 15, false)).toBe(15);
  });
  it('keeps the axis still through a drag of noisy previews below the last final result', () => {
    // The scenario's p95 sets the axis here (30 % above the baseline's).
    const r = fixture('hedemora');
    const wanted = (k: number) => wantedYMax(scaled(r, 1.3 * k));
    expect(new Set([0.85, 0.9, 0.95, 1].map(wanted)).size).toBeGreaterThan(1);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.85, max: 1.0, noNaN: true }), { minLength: 5, maxLength: 30 }), (ks) => {
        let y: number | null = stableYMax(null, wanted(1), true);
        const first = y;
        for (const k of ks) y = stableYMax(y, wanted(k), false);
        expect(y).toBe(first);
      }),
    );
  });
});

describe('halvingGeometry', () => {
  const r = fixture('hedemora');
  const g = halvingGeometry({ result: r, width: 640, yMax: wantedYMax(r) });

  it('puts the target line at half the baseline and the year-10 mark at the target year', () => {
    expect(g.targetY).toBeCloseTo(g.y(r.halving.target), 0);
    expect(g.targetYearX).toBeCloseTo(g.x(r.halving.targetYear), 0);
    expect(r.years[targetIndex(r)]).toBe(r.halving.targetYear);
  });

  it('keeps every path inside the plot area', () => {
    for (const d of [g.band90, g.band50, g.median, g.baseline]) {
      const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = nums.filter((_, i) => i % 2 === 0);
      const ys = nums.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(g.m.left - 0.1);
      expect(Math.max(...xs)).toBeLessThanOrEqual(g.width - g.m.right + 0.1);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(g.m.top - 0.1);
      expect(Math.max(...ys)).toBeLessThanOrEqual(g.height - g.m.bottom + 0.1);
    }
  });

  it('uses at least 14 px type on a phone and larger type on a projector', () => {
    expect(halvingGeometry({ result: r, width: 360, yMax: 30 }).fontSize).toBeGreaterThanOrEqual(14);
    expect(halvingGeometry({ result: r, width: 1800, yMax: 30 }).fontSize).toBeGreaterThan(g.fontSize);
  });

  it('leaves a gap where an overlay has no value for a year', () => {
    const values = alignToYears(r.years, r.years.slice(2), r.atRisk.p50.slice(2));
    expect(values.slice(0, 2).every(Number.isNaN)).toBe(true);
    expect(values[2]).toBe(r.atRisk.p50[2]);
    const gg = halvingGeometry({ result: r, width: 640, yMax: 30, pinned: values });
    expect(gg.pinned).toMatch(/^M/);
    expect(gg.pinned).not.toContain('NaN');
  });
});

describe('yearTicks', () => {
  it('gives round years, fewer on narrow charts', () => {
    const years = Array.from({ length: 20 }, (_, i) => 2026 + i);
    const narrow = yearTicks(years, 360);
    const wide = yearTicks(years, 1200);
    expect(narrow).toEqual([2030, 2035, 2040, 2045]);
    expect(wide).toEqual([2026, 2028, 2030, 2032, 2034, 2036, 2038, 2040, 2042, 2044]);
    expect(yearTicks(years.slice(0, 5), 600)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(yearTicks(years.slice(0, 5), 360)).toEqual([2026, 2028, 2030]);
  });
});
