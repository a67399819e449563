/** Population layout: exact populations or weighted samples, and their stratum tables. */
import { EXACT_MAX_BIRTHS, SAMPLE_SIZE } from './assumptions';
import { NA, planYears } from './capacity';
import { targetIndexOf } from './params';
import { Xor128 } from './rng';
import type { Scenario } from './types';

export interface Layout {
  H: number;
  planEnd: number;
  /** Index (year) of the target cohort (params.ts targetYearOf), kept inside the horizon. */
  target: number;
  sampled: boolean;
  /** Children simulated per cohort and the weight of each. */
  n: number;
  w: number;
}

export function layout(s: Scenario, sampleSize = SAMPLE_SIZE, exactMax = EXACT_MAX_BIRTHS): Layout {
  const H = s.horizon;
  const sampled = s.births > exactMax;
  const n = sampled ? Math.min(sampleSize, s.births) : s.births;
  return {
    H,
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
