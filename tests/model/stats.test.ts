import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bands, largestRemainder, mean, quantileSorted, sd } from '../../src/model/stats';

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

describe('largestRemainder', () => {
  it('gives the leftover units to the largest remainders, ties to the earlier one', () => {
    expect(largestRemainder([1.2, 1.5, 2.3], 5)).toEqual([1, 2, 2]);
    expect(largestRemainder([1.5, 1.5, 1], 4)).toEqual([2, 1, 1]);
    expect(largestRemainder([], 0)).toEqual([]);
  });

  it('always sums to the total, each part the floor or the ceiling of its share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 6 }), fc.nat(100_000), (w, total) => {
        const sum = w.reduce((t, v) => t + v, 0);
        const exact = w.map((v) => (sum > 0 ? (total * v) / sum : total / w.length));
        const out = largestRemainder(exact, total);
        expect(out.reduce((t, v) => t + v, 0)).toBe(total);
        out.forEach((v, i) => expect(v - Math.floor(exact[i])).toBeGreaterThanOrEqual(0));
        out.forEach((v, i) => expect(v - Math.floor(exact[i])).toBeLessThanOrEqual(1));
      }),
    );
  });
});
