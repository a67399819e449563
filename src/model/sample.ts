/** Population layout: exact populations or weighted samples, and their stratum tables. */
import { EXACT_MAX_BIRTHS, SAMPLE_SIZE } from './assumptions';
import { NA, planYears } from './capacity';
import { targetIndexOf } from './targetYear';
import { SWEDEN_LAST_PUBLISHED_YEAR, swedenBirths } from './populations';
import { Xor128 } from './rng';
import type { Pins } from './pins';
import type { Scenario } from './types';

export interface Layout {
  H: number;
  /** Births of each cohort ci (born in startYear - 16 + ci), ci = 0 .. H + 15. */
  births: Float64Array;
  /** Weight of each simulated child, per cohort: births[ci] / n (1 for exact populations). */
  wc: Float64Array;
  planEnd: number;
  /** Index (year) of the target cohort (params.ts targetYearOf), kept inside the horizon. */
  target: number;
  sampled: boolean;
  /** Children simulated per cohort and the weight of each. */
  n: number;
  w: number;
  /** Assumptions held at a value in every run (sensitivity.ts); none by default. */
  pins?: Pins;
}

/**
 * Births of the cohort born in `year`: `births`, or with `birthsByYear` = 1 (weighted samples only)
 * Sweden's live births that year (SCB) scaled so that the last published year has `births`.
 */
export function birthsInYear(s: Scenario, year: number, exactMax = EXACT_MAX_BIRTHS): number {
  if (!s.birthsByYear || s.births <= exactMax) return s.births;
  return (s.births * swedenBirths(year)) / swedenBirths(SWEDEN_LAST_PUBLISHED_YEAR);
}

/** Births of the cohort that leaves school in year index `y` of the horizon (born startYear - 16 + y). */
export function cohortBirths(s: Scenario, y: number, exactMax = EXACT_MAX_BIRTHS): number {
  return birthsInYear(s, s.startYear - 16 + y, exactMax);
}

/** Options for tests and benchmarks: force the weighted-sample mode or its sample size. */
export interface SimOptions {
  sampleSize?: number;
  exactMax?: number;
  /** Hold assumptions at a value in every run (the tornado, the thresholds: sensitivity.ts). */
  pins?: Pins;
}

/** The layout of a simulation with these options (the model's sample size and exact maximum by default). */
export function layoutFor(s: Scenario, opts: SimOptions): Layout {
  const lay = layout(s, opts.sampleSize ?? SAMPLE_SIZE, opts.exactMax ?? EXACT_MAX_BIRTHS);
  if (opts.pins && Object.keys(opts.pins).length > 0) lay.pins = opts.pins;
  return lay;
}

export function layout(s: Scenario, sampleSize = SAMPLE_SIZE, exactMax = EXACT_MAX_BIRTHS): Layout {
  const H = s.horizon;
  const sampled = s.births > exactMax;
  const n = sampled ? Math.min(sampleSize, s.births) : s.births;
  const births = new Float64Array(H + 16);
  for (let ci = 0; ci < H + 16; ci++) births[ci] = cohortBirths(s, ci, exactMax);
  const wc = births.map((b) => b / n);
  return {
    H,
    births,
    wc,
    planEnd: planYears(s),
    target: Math.min(Math.max(0, targetIndexOf(s)), H - 1),
    sampled,
    n,
    w: s.births / n,
  };
}

const stratumCache = new Map<number, Int32Array>();
/** Five fixed, shuffled permutations of 0..n-1 (fixed seed), for stratified weighted samples. */
export function stratumTables(n: number): Int32Array {
  const hit = stratumCache.get(n);
  if (hit) return hit;
  const g = new Xor128('halvera-strata');
  const t = new Int32Array((1 + NA) * n);
  for (let j = 0; j < 1 + NA; j++) {
    const o = j * n;
    for (let i = 0; i < n; i++) t[o + i] = i;
    for (let i = n - 1; i > 0; i--) {
      const r = Math.floor(g.uniform() * (i + 1));
      const x = t[o + i];
      t[o + i] = t[o + r];
      t[o + r] = x;
    }
  }
  stratumCache.set(n, t);
  return t;
}
