/**
 * The investment curve's per-run tables (curvePass.ts, curveSteps.ts): each area's reach rate and the detection
 * lever at every budget level, as reachRates (cohort.ts) computes them at one budget, and the scratch of a batch.
 */
import { AREA_SPECS } from './assumptions';
import { capacityFactor } from './capacity';
import { eligibleCounts, reachRate } from './cohort';
import type { RunParams } from './economics';
import { detectionRateWithBudget } from './formulas';
import type { Layout } from './sample';
import { AREAS } from './types';
import type { Scenario } from './types';

/** The budget-dependent rates of one run at every level (level index fastest). */
export interface LevelTables {
  /** number of levels; a threshold equal to it means "at no level" */
  NL: number;
  /** reach rate of area k in plan year ty at level l: pi[(k * planEnd + ty) * NL + l] */
  pi: Float64Array;
  /** the first plan year whose reach column (over levels) equals that of (k, ty): a child's level is cached by it */
  cls: Int32Array;
  /** the detection lever in plan year ty at level l: lever[ty * NL + l] */
  lever: Float64Array;
}

/** One child's steps: from level stepT[j] on (until the next step), its summed offset at 16 is stepP[j]. */
export interface Steps {
  stepT: Int32Array;
  stepP: Float64Array;
  /**
   * Support years by area, plan year and threshold level: count[(k * planEnd + ty) * (NL + 1) + level] (the
   * caller turns them into reach counts per level and clears them).
   */
  count: Int32Array;
}

/** The first level l with u < v(l) for non-decreasing v at table[o + l], l < n; n if none. */
export function firstAbove(table: Float64Array, o: number, n: number, u: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (u < table[o + m]) hi = m;
    else lo = m + 1;
  }
  return lo;
}

/**
 * The first level at which a child is eligible for an area (eligibility code e, as protection.ts's `eligible`: 0
 * everybody at the course age, 1 visible need, 2 visible and known, known from level knownLv on, 3 visible and not
 * known to ordinary services); NL if at none.
 */
export function eligibleFrom(
  e: number,
  a: number,
  cAge: number,
  vis: boolean,
  knownLv: number,
  knownBase: boolean,
  NL: number,
): number {
  if (e === 0) return a === cAge ? 0 : NL;
  if (!vis) return NL;
  return e === 1 ? 0 : e === 2 ? knownLv : knownBase ? NL : 0;
}

/** Scratch of one batch's runs (reused from run to run). */
export interface CurveWork {
  T: LevelTables;
  st: Steps;
  reached: Float64Array;
  A: Float64Array;
  B: Float64Array;
  C: Float64Array;
}

export function curveWork(NL: number, planEnd: number): CurveWork {
  return {
    T: {
      NL,
      pi: new Float64Array(4 * planEnd * NL),
      cls: new Int32Array(4 * planEnd),
      lever: new Float64Array(planEnd * NL),
    },
    st: { stepT: new Int32Array(65), stepP: new Float64Array(65), count: new Int32Array(4 * planEnd * (NL + 1)) },
    reached: new Float64Array(4 * planEnd * NL),
    A: new Float64Array(NL + 1),
    B: new Float64Array(NL),
    C: new Float64Array(NL),
  };
}

/** One run's reach rates at every level (`areas[l]`: the level's four budgets), as reachRates computes them. */
export function levelTables(
  s: Scenario,
  lay: Layout,
  prm: RunParams,
  areas: readonly number[][],
  T: LevelTables,
): void {
  const { NL, pi, cls, lever } = T;
  const P = lay.planEnd;
  const E = eligibleCounts(s, prm.rho);
  const cf = Float64Array.from({ length: P }, (_, ty) => capacityFactor(s, ty));
  for (let l = 0; l < NL; l++) {
    const b = areas[l];
    for (let k = 0; k < 4; k++) {
      const cap = AREA_SPECS[AREAS[k]].cap;
      for (let ty = 0; ty < P; ty++) pi[(k * P + ty) * NL + l] = reachRate(cap, b[k], cf[ty], prm.cost[k], E[k]);
    }
    // detectionRateWithBudget(0, …): the lever's extra share, as reachRates gives it
    for (let ty = 0; ty < P; ty++)
      lever[ty * NL + l] = detectionRateWithBudget(0, b[0] * cf[ty], E[0], prm.leverMax, prm.leverScale);
  }
  const same = (x: number, y: number) => {
    for (let l = 0; l < NL; l++) if (pi[x * NL + l] !== pi[y * NL + l]) return false;
    return true;
  };
  for (let k = 0; k < 4; k++)
    for (let ty = 0; ty < P; ty++) {
      let c = ty;
      if (ty > 0 && same(k * P + ty, k * P + cls[k * P + ty - 1])) c = cls[k * P + ty - 1];
      cls[k * P + ty] = c;
    }
}
