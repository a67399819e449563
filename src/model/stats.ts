/** Small statistics over runs: mean, standard deviation, percentile bands. */
import type { Bands } from './types';

export function mean(xs: ArrayLike<number>): number {
  let t = 0;
  for (let i = 0; i < xs.length; i++) t += xs[i];
  return xs.length > 0 ? t / xs.length : 0;
}

/** Sample standard deviation (n - 1). */
export function sd(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return 0;
  const m = mean(xs);
  let t = 0;
  for (let i = 0; i < n; i++) t += (xs[i] - m) * (xs[i] - m);
  return Math.sqrt(t / (n - 1));
}

/** Linear-interpolation quantile of sorted values (type 7, as d3.quantileSorted). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/** Mean and 5/25/50/75/95 percentiles per year of run-major data (runs x years). */
export function bands(data: Float64Array, runs: number, years: number): Bands {
  const out: Bands = { mean: [], p05: [], p25: [], p50: [], p75: [], p95: [] };
  const col = new Float64Array(runs);
  for (let y = 0; y < years; y++) {
    const b = yearBand(data, runs, years, y, col);
    out.mean.push(b.mean);
    out.p05.push(b.p05);
    out.p25.push(b.p25);
    out.p50.push(b.p50);
    out.p75.push(b.p75);
    out.p95.push(b.p95);
  }
  return out;
}

/** One year's mean and percentiles (as `bands` gives them for every year); `col` is scratch of `runs` values. */
export function yearBand(data: Float64Array, runs: number, years: number, y: number, col = new Float64Array(runs)) {
  for (let r = 0; r < runs; r++) col[r] = data[r * years + y];
  col.sort();
  return {
    mean: mean(col),
    p05: quantileSorted(col, 0.05),
    p25: quantileSorted(col, 0.25),
    p50: quantileSorted(col, 0.5),
    p75: quantileSorted(col, 0.75),
    p95: quantileSorted(col, 0.95),
  };
}

/**
 * Whole numbers in proportion to `exact` (non-negative shares of `total`) that sum exactly to `total`: each gets
 * the floor of its share, the leftover units go to the largest remainders (ties: the earlier one). Used for the
 * budget split (whole SEK) and the cohort picture (whole children).
 */
export function largestRemainder(exact: readonly number[], total: number): number[] {
  const out = exact.map(Math.floor);
  let left = total - out.reduce((t, v) => t + v, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((x, y) => y[0] - x[0]);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}
