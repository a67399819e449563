/** Areas and capacity: expected eligible children (from a fixed pilot) and reach rates. */
import { AREA_SPECS, VISIBLE_SHARE, detectionRate } from './assumptions';
import { NORMAL_TABLE, PhiInv, Xor128 } from './rng';
import { AREAS } from './types';
export { targetYearIndex } from './params';
import type { AreaKey, Scenario } from './types';

/** Ages simulated (birth to 16) and number of areas. */
export const AGES = 16;
export const NA = 4;

/** Shares of all children of an age with a visible need that is (not) known to ordinary services. */
interface Pilot {
  detected: Float64Array;
  undetected: Float64Array;
}
const pilotCache = new Map<number, Pilot>();

/**
 * Expected shares by age, from a fixed-seed pilot of 50 000 children (depends only on rho).
 * Used to turn a budget into a reach rate: places / expected eligible children.
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
  for (let i = 0; i < n; i++) {
    let L = NORMAL_TABLE[g.u32() >>> 16];
    let known = false;
    for (let a = 0; a < AGES; a++) {
      const vis = L > tauV;
      if (vis && !known && g.uniform() < detectionRate(a)) known = true;
      if (vis) {
        if (known) det[a]++;
        else und[a]++;
      }
      L = rho * L + sig * NORMAL_TABLE[g.u32() >>> 16];
    }
  }
  for (let a = 0; a < AGES; a++) {
    det[a] /= n;
    und[a] /= n;
  }
  const out = { detected: det, undetected: und };
  pilotCache.set(rho, out);
  return out;
}

/** Expected number of children in a calendar year that area `a` may reach (stationary population). */
export function expectedEligible(s: Scenario, a: AreaKey): number {
  const spec = AREA_SPECS[a];
  const pilot = pilotShares(s.rho);
  let share = 0;
  for (let age = spec.ageMin; age <= spec.ageMax; age++) {
    if (spec.eligible === 'all') share += 1;
    else if (spec.eligible === 'visible') share += VISIBLE_SHARE;
    else if (spec.eligible === 'visible-detected') share += pilot.detected[age];
    else share += pilot.undetected[age];
  }
  return s.births * share;
}

/** Capacity factor in plan year `ty` (0-based): linear ramp to full strength over `rampup` years. */
export function rampFactor(rampup: number, ty: number): number {
  return rampup <= 0 ? 1 : Math.min(1, (ty + 1) / (rampup + 1));
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
    const pi = E > 0 ? Math.min(AREA_SPECS[a].cap, budgets[k] / AREA_SPECS[a].cost / E) : 0;
    none *= 1 - pi;
  });
  return 1 - none;
}
