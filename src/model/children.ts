/**
 * The hot loop: every child of one cohort, year by year from birth to 16 (liability path,
 * detection, reach by the areas, and the outcome at 16), in two forms sharing the helpers of protection.ts:
 *
 * - `exactCohort`: every child of a small population, counted (at risk without and with the plan).
 * - `weightedCohort`: a weighted sample of a large population (Latin-hypercube strata), each sampled
 *   child contributing its probability of being helped given its liability at 15 (Rao-Blackwellised).
 *
 * What budgets decide sits in `ctx.reach` (reach rates per area and plan year, detection rates), so a
 * caller can evaluate the same children under another budget by swapping it.
 */
import { PICTURE_MAX } from './assumptions';
import { NORMAL_TABLE, NORMAL_TABLE_BITS, Phi as PhiExact, hashU32 as hashU32_ } from './rng';
import * as draws from './draws';
import { O as O_, protectionFor as protectionFor_ } from './protection';
import type { CohortAcc, RunCtx } from './runContext';
import type { CohortPicture } from './types';

/**
 * Module-local aliases of the one hashU32 (rng.ts) and the shared helpers (draws.ts, protection.ts):
 * transpilers (tsx/esbuild, Vite) turn imported bindings into property reads or getter calls, too
 * slow in the hot loop; a local const holds the very same function, so there is nothing to keep in step.
 */
const hashU32: (k1: number, k2: number, counter: number) => number = hashU32_;
const O = O_;
const protectionFor = protectionFor_;
const { candidacy, candidates, drawPropensities, stratifiedL15, stratumOffsets, touchedBy } = draws;
const SLOTS: number = draws.SLOTS;
const OFF = draws.OFF;
const U = draws.U;
const TABLE_SHIFT = 32 - NORMAL_TABLE_BITS;

/**
 * Phi for the weighted-sample hot path: a table on [-8, 8] in steps of 1/1024 with linear
 * interpolation (error below 1e-7), 0 and 1 outside.
 */
const PHI_STEPS = 16 * 1024;
const PHI_TABLE = (() => {
  const t = new Float64Array(PHI_STEPS + 2);
  for (let i = 0; i <= PHI_STEPS + 1; i++) t[i] = PhiExact(-8 + i / 1024);
  return t;
})();
function Phi(x: number): number {
  if (x <= -8) return 0;
  if (x >= 8) return 1;
  const f = (x + 8) * 1024;
  const i = f | 0;
  return PHI_TABLE[i] + (PHI_TABLE[i + 1] - PHI_TABLE[i]) * (f - i);
}

/** The same table Phi for the investment curve's weighted samples (curvePass.ts). */
export const PhiTable: (x: number) => number = Phi;

/** Count a child of the target cohort in the cohort picture. */
function picture(pic: CohortPicture, atRisk: boolean, stillAtRisk: boolean): void {
  if (!atRisk) pic.neverAtRisk++;
  else if (stillAtRisk) pic.stillAtRisk++;
  else pic.helped++;
}

/** A cohort's tallies into `acc` (once per cohort, not per child): both cohort functions end here. */
function tally(
  acc: CohortAcc,
  base: number,
  scen: number,
  s1: number,
  s2: number,
  l0: number,
  l1: number,
  l2: number,
  l3: number,
  later: number,
): void {
  acc.base = base;
  acc.scen = scen;
  acc.s1 = s1;
  acc.s2 = s2;
  acc.loo[0] = l0;
  acc.loo[1] = l1;
  acc.loo[2] = l2;
  acc.loo[3] = l3;
  acc.later = later;
}

/** What both cohort functions know of cohort ci before its first child (once per cohort). */
function frameOf(ctx: RunCtx, ci: number) {
  const isTarget = ci === ctx.lay.target;
  return {
    headline: ci < ctx.lay.H,
    isTarget,
    firstTy: ci - 16,
    touched: touchedBy(ctx, ci),
    protect: protectionFor(ctx),
    picN: ctx.picture !== null && isTarget ? Math.min(ctx.lay.n, PICTURE_MAX) : 0,
  };
}

/** One cohort, by the population's layout (exact counts or a weighted sample). */
export function simulateCohort(ctx: RunCtx, ci: number, acc: CohortAcc): void {
  if (ctx.lay.sampled) weightedCohort(ctx, ci, acc);
  else exactCohort(ctx, ci, acc);
}

/**
 * Exact population: every child of cohort ci. The liability path is drawn backwards from 16 (a
 * stationary Gaussian AR(1) is time-reversible): L16 from slot 0, then L15 = rho L16 + sig e, ... A
 * child no area can reach needs only L16 (one draw); a candidate draws the whole path and the same
 * L16, so every scenario of a seed shares each child's outcome in the baseline.
 * Tallies: acc.base / acc.scen at risk without / with the plan (headline cohorts), acc.loo the target
 * cohort with one area left out, acc.later the helped of cohorts leaving after the horizon.
 */
export function exactCohort(ctx: RunCtx, ci: number, acc: CohortAcc): void {
  const { n } = ctx.lay;
  const { tau, k1, k2, picture: pic, record: rec } = ctx;
  ctx.w[0] = ctx.lay.wc[ci]; // reach tallies count each child once
  const maxPi = ctx.reach.maxPi;
  const NT = NORMAL_TABLE;
  const { headline, isTarget, firstTy, touched, protect, picN } = frameOf(ctx, ci);
  let base = 0;
  let scen = 0;
  let l0 = 0,
    l1 = 0,
    l2 = 0,
    l3 = 0;
  let later = 0;
  for (let i = 0; i < n; i++) {
    const c0 = (ci * n + i) * SLOTS;
    const cand = touched ? candidacy(k1, k2, c0, maxPi) : 0;
    if (cand === 0 && !headline && i >= picN) continue;
    const L = NT[hashU32(k1, k2, c0) >>> TABLE_SHIFT];
    let P = 0;
    if (cand !== 0) {
      P = protect(c0, cand, firstTy, L, L, false);
      if (rec !== null) rec(ci, i, L, L);
    }
    const b = L > tau;
    const sc = L - P > tau;
    if (i < picN && pic !== null) picture(pic, b, sc);
    if (headline) {
      if (b) base++;
      if (sc) scen++;
      if (isTarget && b) {
        // at risk with the plan but without area k (a child nobody reaches stays at risk)
        const none = cand === 0;
        if (none || L - P + O[0] > tau) l0++;
        if (none || L - P + O[1] > tau) l1++;
        if (none || L - P + O[2] > tau) l2++;
        if (none || L - P + O[3] > tau) l3++;
      }
    } else if (b && !sc) later++;
  }
  tally(acc, base, scen, 0, 0, l0, l1, l2, l3, later);
}

/**
 * Weighted sample of a large population (n children of weight w per cohort). Cohorts that meet the
 * plan use Latin-hypercube sampling of L15 and of the four propensities (each a random permutation of
 * the n strata): every child stays exactly distributed, so estimates stay unbiased; their variance
 * falls (MODEL.md). A sampled child contributes ph = P(helped | L15): acc.s1 = sum of ph, acc.s2 = sum
 * of ph^2 (headline cohorts), acc.loo the same sum with one area left out (target cohort), acc.later
 * the weighted sum for cohorts leaving after the horizon. acc.base and acc.scen stay 0 (the baseline
 * count is binomial, drawn by the caller).
 */
export function weightedCohort(ctx: RunCtx, ci: number, acc: CohortAcc): void {
  const { n } = ctx.lay;
  const w = ctx.lay.wc[ci];
  ctx.w[0] = w; // reach tallies weigh each child by its cohort's weight
  const { tau, rho, sig, k1, k2, picture: pic, perm, record: rec } = ctx;
  const maxPi = ctx.reach.maxPi;
  const NT = NORMAL_TABLE;
  const { headline, isTarget, firstTy, touched, protect, picN } = frameOf(ctx, ci);
  let s1 = 0;
  let s2 = 0;
  let l0 = 0,
    l1 = 0,
    l2 = 0,
    l3 = 0;
  let later = 0;
  const invN = 1 / n;
  if (touched) stratumOffsets(k1, k2, ci, n);
  const [oL, o0, o1, o2, o3] = OFF;
  for (let i = 0; i < n; i++) {
    const c0 = (ci * n + i) * SLOTS;
    let cand = 0;
    if (touched) {
      // stratify's arithmetic (draws.ts), written out: the call is not inlined here and costs ~15 % of the loop
      drawPropensities(k1, k2, c0);
      const i0 = i + o0 < n ? i + o0 : i + o0 - n;
      const i1 = i + o1 < n ? i + o1 : i + o1 - n;
      const i2 = i + o2 < n ? i + o2 : i + o2 - n;
      const i3 = i + o3 < n ? i + o3 : i + o3 - n;
      U[0] = (perm[n + i0] + U[0]) * invN;
      U[1] = (perm[2 * n + i1] + U[1]) * invN;
      U[2] = (perm[3 * n + i2] + U[2]) * invN;
      U[3] = (perm[4 * n + i3] + U[3]) * invN;
      cand = candidates(maxPi);
    }
    if (cand === 0 && i >= picN) continue;
    const h0 = hashU32(k1, k2, c0);
    // Anchored at L15, drawn stratified, because the estimate of a sampled child is its chance of being
    // helped given L15; then L16 = rho L15 + sig e (slot 1). Cohorts the plan does not touch draw L16 from slot 0.
    let L15: number;
    let L: number;
    if (touched) {
      L15 = stratifiedL15(i, n, invN, perm, h0, oL);
      L = rho * L15 + sig * NT[hashU32(k1, k2, c0 + 1) >>> TABLE_SHIFT];
    } else {
      L = NT[h0 >>> TABLE_SHIFT];
      L15 = L;
    }
    let P = 0;
    if (cand !== 0) {
      P = protect(c0, cand, firstTy, L, L15, true);
      if (rec !== null) rec(ci, i, L, L15);
    }
    if (i < picN && pic !== null) picture(pic, L > tau, L - P > tau);
    if (P > 0) {
      // probability of being helped given L at 15 (Rao-Blackwellised)
      const m = rho * L15;
      const hi = Phi((tau - m) / sig);
      const ph = Phi((tau + P - m) / sig) - hi;
      if (headline) {
        s1 += ph;
        s2 += ph * ph;
        if (isTarget) {
          l0 += Phi((tau + P - O[0] - m) / sig) - hi;
          l1 += Phi((tau + P - O[1] - m) / sig) - hi;
          l2 += Phi((tau + P - O[2] - m) / sig) - hi;
          l3 += Phi((tau + P - O[3] - m) / sig) - hi;
        }
      } else later += ph * w;
    }
  }
  tally(acc, 0, 0, s1, s2, l0, l1, l2, l3, later);
}
