/** Areas and capacity: expected eligible children (from a fixed pilot) and reach rates. */
import { AREA_SPECS, VISIBLE_SHARE, detectionRate } from './assumptions';
import { DETECTION_LEVER } from './data/levers';
import { NORMAL_TABLE, PhiInv, Xor128 } from './rng';
import { AREAS } from './types';
export { targetYearIndex } from './targetYear';
import type { AreaKey, Scenario } from './types';

/** Ages simulated (birth to 16) and number of areas. */
export const AGES = 16;
export const NA = 4;

/** Largest rho a scenario or a per-run draw may take. */
export const RHO_MAX = 0.99;

/** Shares of all children of an age with a visible need that is (not) known to ordinary services. */
export interface Pilot {
  detected: Float64Array;
  undetected: Float64Array;
  /**
   * Known at the detection lever's cap (every early-detection budget at saturation): the reference the
   * first line's reach rate is computed on, so that a larger detection budget only adds known children
   * (a child's protection never falls when a budget rises) and the first line never spends more than its
   * budget; with less detection some of its places stay empty (unspent).
   */
  detectedCap: Float64Array;
}
const pilotCache = new Map<number, Pilot>();

/**
 * Expected shares by age at one value of rho, from a fixed-seed pilot of 50 000 children. Used (through
 * `eligibleShares`, which interpolates between grid points) to turn a budget into a reach rate:
 * places / expected eligible children.
 */
export function pilotShares(rho: number): Pilot {
  const hit = pilotCache.get(rho);
  if (hit) return hit;
  const n = 50_000;
  const g = new Xor128('halvera-pilot');
  const tauV = PhiInv(1 - VISIBLE_SHARE);
  const sig = Math.sqrt(1 - rho * rho);
  const det = new Float64Array(AGES);
  const und = new Float64Array(AGES);
  const cap = new Float64Array(AGES);
  const extra = DETECTION_LEVER.maxExtra.value;
  const leverMax = AREA_SPECS.detect.ageMax;
  for (let i = 0; i < n; i++) {
    let L = NORMAL_TABLE[g.u32() >>> 16];
    let known = false;
    let knownCap = false;
    for (let a = 0; a < AGES; a++) {
      const vis = L > tauV;
      if (vis && !known) {
        const u = g.uniform();
        const base = detectionRate(a);
        if (u < base) known = knownCap = true;
        else if (a <= leverMax && u < base + (1 - base) * extra) knownCap = true;
      }
      if (vis) {
        if (known) det[a]++;
        else und[a]++;
        if (knownCap) cap[a]++;
      }
      L = rho * L + sig * NORMAL_TABLE[g.u32() >>> 16];
    }
  }
  for (let a = 0; a < AGES; a++) {
    det[a] /= n;
    und[a] /= n;
    cap[a] /= n;
  }
  const out = { detected: det, undetected: und, detectedCap: cap };
  pilotCache.set(rho, out);
  return out;
}

/**
 * The grid of rho at which pilots are run: 0, 0.05, …, 0.95 and 0.99. Rho is drawn per run (parameter
 * uncertainty), so the expected eligible counts of a run are interpolated linearly between the two grid
 * points around its rho: fast (at most 21 pilots, each computed once per process) and deterministic, so
 * every worker and the CLI give the same numbers.
 */
export const RHO_GRID: readonly number[] = [...Array.from({ length: 20 }, (_, i) => i / 20), RHO_MAX];

/** Shares by age at any rho in [0, RHO_MAX]: linear interpolation between the pilots of the grid. */
export function eligibleShares(rho: number): Pilot {
  const r = rho < 0 ? 0 : rho > RHO_MAX ? RHO_MAX : rho;
  let j = 0;
  while (j < RHO_GRID.length - 2 && RHO_GRID[j + 1] < r) j++;
  const lo = RHO_GRID[j];
  const hi = RHO_GRID[j + 1];
  const t = (r - lo) / (hi - lo);
  const a = pilotShares(lo);
  if (t <= 0) return a;
  const b = pilotShares(hi);
  if (t >= 1) return b;
  // a plain loop (TypedArray map with a closure was about 2 % of a full result: this runs for every run)
  const mix = (x: Float64Array, y: Float64Array) => {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = x[i] + (y[i] - x[i]) * t;
    return out;
  };
  return {
    detected: mix(a.detected, b.detected),
    undetected: mix(a.undetected, b.undetected),
    detectedCap: mix(a.detectedCap, b.detectedCap),
  };
}

/** The ages an area serves: its own, or for the first line the scenario's (Torshälla: coordinated plans 6-12). */
export function areaAges(s: Scenario, a: AreaKey): [number, number] {
  return a === 'firstline' ? [s.firstlineAgeMin, s.firstlineAgeMax] : [AREA_SPECS[a].ageMin, AREA_SPECS[a].ageMax];
}

/**
 * Expected number of children in a calendar year that area `a` may reach (stationary population); `pilot`: the
 * shares at `rho`, when the caller has them already.
 */
export function expectedEligible(s: Scenario, a: AreaKey, rho: number = s.rho, pilot?: Pilot): number {
  const spec = AREA_SPECS[a];
  const [lo, hi] = areaAges(s, a);
  // universal support is one course per child: each year one cohort's worth of children takes it
  if (spec.eligible === 'all') return hi >= lo ? s.births : 0;
  pilot ??= eligibleShares(rho);
  let share = 0;
  for (let age = lo; age <= hi; age++) {
    if (spec.eligible === 'visible') share += VISIBLE_SHARE;
    else if (spec.eligible === 'visible-detected') share += pilot.detectedCap[age];
    else share += pilot.undetected[age];
  }
  return s.births * share;
}

/** Capacity factor in plan year `ty` (0-based): linear ramp to full strength over `rampup` years. */
export function rampFactor(rampup: number, ty: number): number {
  return rampup <= 0 ? 1 : Math.min(1, (ty + 1) / (rampup + 1));
}

/** Share of the budget that buys places in plan year `ty`: the ramp, less the capacity lost to staff turnover. */
export function capacityFactor(s: Scenario, ty: number): number {
  return rampFactor(s.rampup, ty) * (1 - s.turnover);
}

/** Number of plan years with a budget inside the horizon. */
export function planYears(s: Scenario): number {
  return s.duration > 0 ? Math.min(s.duration, s.horizon) : s.horizon;
}

/**
 * Share of children who are candidates for some area in a plan year (nominal costs): the part of
 * a cohort that needs a whole liability path. Drives the run count for weighted samples.
 */
export function candidateShare(s: Scenario): number {
  const budgets = [s.detect, s.parent, s.firstline, s.school];
  let none = 1;
  AREAS.forEach((a, k) => {
    const E = expectedEligible(s, a);
    const pi = E > 0 ? Math.min(AREA_SPECS[a].cap, (budgets[k] * (1 - s.turnover)) / AREA_SPECS[a].cost / E) : 0;
    none *= 1 - pi;
  });
  return 1 - none;
}

/**
 * The yearly budget (SEK, nominal cost per child) at which area `a` reaches its cap: every further krona is
 * left unspent. Budgets beyond it buy nothing in this model, so it is the natural top of a budget slider.
 */
export function fullReachBudget(s: Scenario, a: AreaKey): number {
  return AREA_SPECS[a].cap * AREA_SPECS[a].cost * expectedEligible(s, a);
}
