import { describe, expect, it } from 'vitest';
import { helpedGeometry, stepBand } from '../../../src/ui/charts/helped';
import { fixture } from '../fixtures';

/** The vertices of a path of M/L commands. */
const points = (d: string) =>
  d
    .replace(/Z$/, '')
    .split(/[ML]/)
    .filter(Boolean)
    .map((p) => p.split(',').map(Number) as [number, number]);

/** A result whose effects are tiny: at most one child helped in 1 of 20 futures, a mean of a fifth of a child. */
function tiny() {
  const r = fixture('simulated');
  const n = r.years.length;
  const h = r.effect.helped;
  h.mean = r.years.map((_, i) => (i >= 2 && i <= 12 ? 0.2 : 0.01));
  h.p05 = h.p25 = h.p50 = h.p75 = Array(n).fill(0);
  h.p95 = r.years.map((_, i) => (i >= 2 && i <= 12 ? 1 : 0));
  return r;
}

describe('stepBand', () => {
  it('is flat over each point, halfway to its neighbours, the ends at the first and last point', () => {
    expect(stepBand([0, 10, 20], [5, 5, 5], [1, 2, 3])).toBe('M0,1L5,1L5,2L15,2L15,3L20,3L20,5L15,5L15,5L5,5L5,5L0,5Z');
    expect(stepBand([], [], [])).toBeNull();
  });
});

describe('helpedGeometry with tiny values', () => {
  const r = tiny();
  const g = helpedGeometry(r, 600, String);
  const [yTop, yZero] = g.plotY;

  it('draws the bands as steps between whole children: no edge slopes between two cohorts', () => {
    for (const d of [g.band90, g.band50]) {
      const p = points(d);
      for (let i = 1; i < p.length; i++) {
        const [[x0, y0], [x1, y1]] = [p[i - 1], p[i]];
        expect(x0 === x1 || y0 === y1, `segment ${i} of ${d}`).toBe(true);
      }
    }
    // The 90 % band's top is at one child or at zero, never between.
    const ys = new Set(points(g.band90).map((q) => q[1]));
    expect([...ys].sort()).toEqual([Math.round(g.y(1) * 10) / 10, yZero].sort());
  });

  it('keeps every band and the target window inside the plot', () => {
    for (const [x, y] of [...points(g.band90), ...points(g.band50)]) {
      expect(x).toBeGreaterThanOrEqual(g.m.left);
      expect(x).toBeLessThanOrEqual(g.width - g.m.right);
      expect(y).toBeGreaterThanOrEqual(yTop);
      expect(y).toBeLessThanOrEqual(yZero);
    }
    expect(yTop).toBeGreaterThanOrEqual(g.m.top);
    expect(yZero).toBe(Math.round(g.y(0) * 10) / 10);
    // The window spans the judged cohorts' cells: from halfway before the first to halfway after the last.
    const step = g.x(r.years[1]) - g.x(r.years[0]);
    expect(g.windowX[0]).toBeCloseTo(g.x(r.halving.fromYear) - step / 2, 0);
    expect(g.windowX[1]).toBeCloseTo(g.x(r.halving.targetYear) + step / 2, 0);
  });

  it('fits the y axis to one child, not far above it', () => {
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(1);
    expect(g.y.domain()[1]).toBeLessThanOrEqual(1.2);
  });
});
