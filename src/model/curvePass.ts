/**
 * One run of the investment curve: every child of the run once, at every budget level (curveSteps.ts gives each
 * candidate child's offset as a step function of the level and its support years' threshold levels). Writes what
 * simulateRun (cohort.ts) would write at each level, for what the curve reports: at-risk counts per year, spending
 * per year (the four areas summed), helped counts after the horizon; the no-plan counts and the cost factor are the
 * same at every level. Same draws, same order of additions, so each level equals a separate run at its budgets.
 */
import { LATER_COHORTS as LATER_COHORTS_ } from './cashflow';
import { PhiTable } from './children';
import { runSetup, sampleVariance, sampledBaseline, sampledHelped } from './cohort';
import { curveWork, levelTables } from './curveTables';
import type { CurveWork } from './curveTables';
import { makeSteps } from './curveSteps';
import * as draws from './draws';
import { exclusionFactor } from './economics';
import { NORMAL_TABLE, NORMAL_TABLE_BITS, hashU32 as hashU32_ } from './rng';
import type { CurveBatch } from './curveBatch';
import type { Layout } from './sample';
import type { Scenario } from './types';

/** Local aliases (imported bindings are slow in the hot loop; see children.ts). */
const { candidacy, candidates, drawPropensities, stratify, stratifiedL15, stratumOffsets, touchedBy } = draws;
const SLOTS: number = draws.SLOTS;
const OFF = draws.OFF;
const LATER_COHORTS: number = LATER_COHORTS_;
const hashU32: (k1: number, k2: number, counter: number) => number = hashU32_;
const Phi = PhiTable;
const TABLE_SHIFT = 32 - NORMAL_TABLE_BITS;

/**
 * Run `run` of the curve into run index `r` of `b`. `sTop` is the scenario at the top level (its budgets are
 * areas[NL - 1], the largest: every child who is a candidate at any level is one there).
 */
export function curveRun(
  sTop: Scenario,
  areas: readonly number[][],
  seed: string,
  run: number,
  lay: Layout,
  b: CurveBatch,
  r: number,
  work: CurveWork = curveWork(areas.length, lay.planEnd),
): void {
  const NL = areas.length;
  const { H, planEnd, sampled, n } = lay;
  const R = b.runCount;
  const { ctx, prm, pg } = runSetup(
    sTop,
    seed,
    run,
    lay,
    [0, 1, 2, 3].map(() => new Float64Array(H)),
    null,
  );
  const { T, st, reached, A, B, C } = work;
  levelTables(sTop, lay, prm, areas, T);
  const NL1 = NL + 1;
  const steps = makeSteps(ctx, T, st);
  const { stepT, stepP, count } = st;
  reached.fill(0);
  // Reach counts in the order simulateRun adds them: a cohort's children add its weight w one by one, so a
  // cohort's count per level is added as that many additions of w (exact populations: w = 1, whole numbers).
  const perCohort = !lay.wc.every((w) => w === 1);
  const flush = (w: number, tyLo: number, tyHi: number) => {
    for (let k = 0; k < 4; k++)
      for (let ty = tyLo; ty < tyHi; ty++) {
        const row = k * planEnd + ty;
        let cum = 0;
        for (let l = 0; l < NL; l++) {
          cum += count[row * NL1 + l];
          count[row * NL1 + l] = 0;
          if (w === 1) reached[row * NL + l] += cum;
          else for (let j = 0; j < cum; j++) reached[row * NL + l] += w;
        }
      }
  };
  const { tau, rho, sig, k1, k2, perm } = ctx;
  const maxPi = ctx.reach.maxPi;
  const NT = NORMAL_TABLE;
  const p0 = sTop.baseRisk;
  const invN = 1 / n;
  // A, by level: exact populations the changes in the count, weighted samples the sum s1; B: s2; C: later helped.
  // The batch's arrays read once (property reads in the loops are not hoisted); level l, this run at (l * R + r) * stride.
  const { atRisk: outAtRisk, helpedAfter: outAfter, spending: outSpending, baselineAtRisk: outBase } = b;
  for (let ci = 0; ci < H + 16; ci++) {
    const headline = ci < H;
    const touched = touchedBy(ctx, ci);
    if (!headline && !touched) continue;
    const w = lay.wc[ci];
    const firstTy = ci - 16;
    A.fill(0);
    B.fill(0);
    C.fill(0);
    let base = 0;
    if (!sampled) {
      for (let i = 0; i < n; i++) {
        const c0 = (ci * n + i) * SLOTS;
        const cand = touched ? candidacy(k1, k2, c0, maxPi) : 0;
        if (cand === 0 && !headline) continue;
        const L = NT[hashU32(k1, k2, c0) >>> TABLE_SHIFT];
        const atRisk = L > tau;
        if (headline && atRisk) base++;
        if (cand === 0) continue;
        const ns = steps(c0, cand, firstTy, L, L, false, atRisk);
        // (only children at risk without the plan have steps) headline: changes in "at risk", from 1 at no
        // support; after the horizon: changes in "helped", from 0
        let prev = headline ? 1 : 0;
        for (let j = 0; j < ns; j++) {
          const sc = L - stepP[j] > tau ? 1 : 0;
          const v = headline ? sc : 1 - sc;
          if (v !== prev) A[stepT[j]] += v - prev;
          prev = v;
        }
      }
    } else {
      if (touched) stratumOffsets(k1, k2, ci, n);
      const [oL, o0, o1, o2, o3] = OFF;
      for (let i = 0; touched && i < n; i++) {
        const c0 = (ci * n + i) * SLOTS;
        drawPropensities(k1, k2, c0);
        stratify(i, n, invN, perm, o0, o1, o2, o3);
        const cand = candidates(maxPi);
        if (cand === 0) continue;
        const L15 = stratifiedL15(i, n, invN, perm, hashU32(k1, k2, c0), oL);
        const L = rho * L15 + sig * NT[hashU32(k1, k2, c0 + 1) >>> TABLE_SHIFT];
        const ns = steps(c0, cand, firstTy, L, L15, true, true);
        if (ns === 0) continue;
        const m = rho * L15;
        const hi = Phi((tau - m) / sig);
        for (let j = 0; j < ns; j++) {
          const P = stepP[j];
          if (!(P > 0)) continue;
          const ph = Phi((tau + P - m) / sig) - hi;
          const end = j + 1 < ns ? stepT[j + 1] : NL;
          if (headline)
            for (let l = stepT[j]; l < end; l++) {
              A[l] += ph;
              B[l] += ph * ph;
            }
          else for (let l = stepT[j]; l < end; l++) C[l] += ph * w;
        }
      }
    }
    if (perCohort) flush(w, Math.max(0, firstTy), Math.min(planEnd, firstTy + 16));
    if (!sampled) {
      let cum = 0;
      if (headline) outBase[r * H + ci] = base;
      for (let l = 0; l < NL; l++) {
        cum += A[l];
        if (headline) outAtRisk[(l * R + r) * H + ci] = base + cum;
        else outAfter[(l * R + r) * LATER_COHORTS + ci - H] = cum;
      }
    } else if (headline) {
      const z1 = pg.normal();
      const z2 = pg.normal();
      const N = lay.births[ci];
      const Xb = sampledBaseline(N, p0, z1);
      outBase[r * H + ci] = Xb;
      for (let l = 0; l < NL; l++) {
        const ve = sampleVariance(N, w, n, A[l], B[l]);
        outAtRisk[(l * R + r) * H + ci] = Xb - sampledHelped(Xb, N, w, p0, ve, z2, A[l]);
      }
    } else for (let l = 0; l < NL; l++) outAfter[(l * R + r) * LATER_COHORTS + ci - H] = C[l];
  }
  if (!perCohort) flush(1, 0, planEnd);
  // Spending per level and year, as simulateRun and cashflows compute it: reach x unit cost, summed over the areas.
  const cost = prm.cost;
  for (let l = 0; l < NL; l++)
    for (let y = 0; y < H; y++) {
      let sp = 0;
      for (let k = 0; k < 4; k++) sp += (y < planEnd ? reached[(k * planEnd + y) * NL + l] : 0) * cost[k];
      outSpending[(l * R + r) * H + y] = sp;
    }
  b.costFactor[r] = exclusionFactor(sTop, prm);
}
