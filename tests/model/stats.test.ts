import { describe, expect, it } from 'vitest';
import { bands, mean, quantileSorted, sd } from '../../src/model/stats';

describe('stats', () => {
  it('mean and sd of a small sample', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935, 8);
    expect(sd([1])).toBe(0);
  });

  it('quantileSorted interpolates like d3.quantileSorted', () => {
    const xs = [0, 10, 20, 30, 40];
    expect(quantileSorted(xs, 0.5)).toBe(20);
    expect(quantileSorted(xs, 0.05)).toBeCloseTo(2, 12);
    expect(quantileSorted(xs, 0.95)).toBeCloseTo(38, 12);
  });

  it('bands reads run-major data per year', () => {
    // 3 runs x 2 years
    const b = bands(Float64Array.from([1, 10, 2, 20, 3, 30]), 3, 2);
    expect(b.mean).toEqual([2, 20]);
    expect(b.p50).toEqual([2, 20]);
    expect(b.p05[1]).toBeCloseTo(11, 12);
  });
});
