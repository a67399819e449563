/**
 * The cohort model: one run simulates every child of every cohort alive during the horizon,
 * year by year from birth to 16, under the baseline and the scenario at once (common random
 * numbers). See MODEL.md for the states, the transitions and the calibration.
 *
 * Random numbers per run (all derived only from seed and run index):
 *   `${seed}:${run}`    two key words for counter-based draws: child j of the run owns counters
 *                       64j .. 64j+63 (liability innovations, reach propensities, detection)
 *   `${seed}:${run}:P`  parameter draws (10 normals) and, for weighted samples, two normals per cohort
 * The baseline uses only the liability draws, which no budget touches: every scenario of one seed
 * shares the very same baseline children, and support only ever lowers a child's liability.
 */
import {
  AREA_SPECS,
  COST_AGE_FROM,
  COST_AGE_TO,
  EXACT_MAX_BIRTHS,
  HOLD_YEARS,
  PICTURE_MAX,
  P_EXCLUSION_AT_RISK,
  P_EXCLUSION_NOT_AT_RISK,
  SAMPLE_SIZE,
  UNCERTAINTY,
  VISIBLE_SHARE,
  detectionRate,
  effectSize,
} from './assumptions';
import { NORMAL_TABLE, NORMAL_TABLE_BITS, Phi as PhiExact, PhiInv, Xor128, seedState } from './rng';
import { AREAS } from './types';
import type { AreaKey, CohortPicture, Scenario } from './types';

const AGES = 16;
const NA = 4;
/** Counter slots per child: 0 = L16, 1..16 the path backwards to L0, 17-18 reach propensities, 19..34 detection. */
const SLOTS = 64;
const SLOT_REACH = 17;
const SLOT_DETECT = 19;
const TABLE_SHIFT = 32 - NORMAL_TABLE_BITS;
const TABLE_SIZE = 1 << NORMAL_TABLE_BITS;

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

/** Present value at age 16 of 1 SEK of lifetime cost spread evenly over ages 20..64. */
export function annuityFromSixteen(discount: number): number {
  const n = COST_AGE_TO - COST_AGE_FROM;
  let t = 0;
  for (let age = COST_AGE_FROM; age < COST_AGE_TO; age++) t += Math.pow(1 + discount, -(age - 16)) / n;
  return t;
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

/** Per-run parameters drawn from their ranges (or fixed when uncertainty = 0). */
export interface RunParams {
  d: Float64Array;
  cost: Float64Array;
  fade: number;
  exclusionCost: number;
}

export function drawRunParams(s: Scenario, g: Xor128): RunParams {
  const z = new Float64Array(10);
  for (let i = 0; i < 10; i++) z[i] = g.normal(); // always 10 draws: streams stay aligned
  const u = s.uncertainty ? 1 : 0;
  const d = new Float64Array(NA);
  const cost = new Float64Array(NA);
  AREAS.forEach((a, k) => {
    const e = effectSize(s, a);
    d[k] = Math.max(0, e.mean + u * e.sd * z[k]);
    const sd = UNCERTAINTY.costSd;
    cost[k] = AREA_SPECS[a].cost * Math.exp(u * (sd * z[4 + k] - (sd * sd) / 2));
  });
  const fade = Math.min(1, Math.max(0, s.fadeout + u * UNCERTAINTY.fadeSd * z[8]));
  const exclusionCost = s.exclusionCost * Math.min(1.5, Math.max(0.5, 1 + u * UNCERTAINTY.exclusionSd * z[9]));
  return { d, cost, fade, exclusionCost };
}

/** Where one run writes its results: views of the batch arrays at the run's offset. */
export interface RunSink {
  atRisk: Float64Array; // years
  baselineAtRisk: Float64Array; // years
  reached: Float64Array[]; // per area, years
  spending: Float64Array[]; // per area, years
  benefits: Float64Array; // years
  /** leave-one-out at-risk counts of the target cohort, per area */
  loo: Float64Array;
  /** present value of avoided costs of cohorts leaving school after the horizon */
  after: { value: number };
  picture: CohortPicture | null;
}

export interface Layout {
  H: number;
  planEnd: number;
  /** Index (year) of the target cohort: startYear + 10 leaves school. */
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
  return { H, planEnd: planYears(s), target: Math.min(10, H - 1), sampled, n, w: s.births / n };
}

/**
 * Simulate run `run` of scenario `s` and write it into `sink`.
 * Cohort ci (0 .. H+15) is born in startYear - 16 + ci and leaves school in year index ci.
 */
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

/** Everything one run's cohorts share (built once per run). */
interface RunCtx {
  lay: Layout;
  tau: number;
  tauV: number;
  rho: number;
  sig: number;
  k1: number;
  k2: number;
  /** reach rate per plan year, per area */
  pi: Float64Array[];
  maxPi: Float64Array;
  elig: Int32Array;
  ageLo: Int32Array;
  ageHi: Int32Array;
  detMask: number;
  detRate: Float64Array;
  d: Float64Array;
  fadeAt: Float64Array;
  reached: Float64Array[];
  picture: CohortPicture | null;
  /** fixed shuffled stratum tables for weighted samples (L15 and four propensities), 5 x n */
  perm: Int32Array;
  /** areas whose eligibility looks at the need (they need a child's whole liability path) */
  pathMask: number;
  /** some area reaches somebody in some year */
  anyReach: boolean;
  /** scratch: one child's liability path, ages 0..16 */
  path: Float64Array;
}

/** One cohort's tallies (exact counts, or sums of conditional probabilities for a weighted sample). */
interface CohortAcc {
  base: number;
  scen: number;
  s1: number;
  s2: number;
  loo: Float64Array;
  later: number;
}

/**
 * Simulate run `run` of scenario `s` and write it into `sink`.
 * Cohort ci (0 .. H+15) is born in startYear - 16 + ci and leaves school in year index ci.
 */
export function simulateRun(s: Scenario, seed: string, run: number, lay: Layout, sink: RunSink): void {
  const { H, planEnd, target, sampled, n, w } = lay;
  const N = s.births;
  const p0 = s.baseRisk;
  const rho = s.rho;
  const pg = new Xor128(`${seed}:${run}:P`);
  const prm = drawRunParams(s, pg);
  const keep = 1 - prm.fade;
  // Offset left at 16 of support last given at age a: held HOLD_YEARS, then fading.
  const fadeAt = new Float64Array(AGES);
  for (let a = 0; a < AGES; a++) fadeAt[a] = Math.pow(keep, Math.max(0, AGES - 1 - a - HOLD_YEARS));

  // Reach rate per area per plan year: places / expected eligible, capped.
  const budgets = [s.detect, s.parent, s.firstline, s.school];
  const pi: Float64Array[] = [];
  const maxPi = new Float64Array(NA);
  for (let k = 0; k < NA; k++) {
    const spec = AREA_SPECS[AREAS[k]];
    const E = expectedEligible(s, AREAS[k]);
    const row = new Float64Array(H);
    for (let ty = 0; ty < planEnd; ty++) {
      const places = (budgets[k] * rampFactor(s.rampup, ty)) / prm.cost[k];
      row[ty] = E > 0 ? Math.min(spec.cap, places / E) : 0;
      if (row[ty] > maxPi[k]) maxPi[k] = row[ty];
    }
    pi.push(row);
  }
  const elig = Int32Array.from(AREAS.map((a) => ELIGIBILITY.indexOf(AREA_SPECS[a].eligible)));
  const detRate = new Float64Array(AGES);
  for (let a = 0; a < AGES; a++) detRate[a] = detectionRate(a);
  const key = seedState(`${seed}:${run}`);
  const ctx: RunCtx = {
    lay,
    tau: PhiInv(1 - p0),
    tauV: PhiInv(1 - VISIBLE_SHARE),
    rho,
    sig: Math.sqrt(1 - rho * rho),
    k1: key[0],
    k2: key[1],
    pi,
    maxPi,
    elig,
    ageLo: Int32Array.from(AREAS.map((a) => AREA_SPECS[a].ageMin)),
    ageHi: Int32Array.from(AREAS.map((a) => AREA_SPECS[a].ageMax)),
    detMask: elig.reduce((m, e, k) => (e >= 2 ? m | (1 << k) : m), 0),
    pathMask: elig.reduce((m, e, k) => (e >= 1 ? m | (1 << k) : m), 0),
    detRate,
    d: prm.d,
    fadeAt,
    reached: sink.reached,
    picture: sink.picture,
    path: new Float64Array(AGES + 1),
    perm: lay.sampled ? stratumTables(lay.n) : new Int32Array(0),
    anyReach: maxPi.some((v) => v > 0),
  };
  const anyReach = ctx.anyReach;
  const acc: CohortAcc = { base: 0, scen: 0, s1: 0, s2: 0, loo: new Float64Array(NA), later: 0 };

  const laterHelped = new Float64Array(16);
  for (let ci = 0; ci < H + 16; ci++) {
    const headline = ci < H;
    const touched = anyReach && ci - 1 >= 0 && ci - 16 < planEnd;
    if (!headline && !touched) continue; // nothing to record for this cohort
    simulateCohort(ctx, ci, acc);
    if (!headline) {
      laterHelped[ci - H] = acc.later;
      continue;
    }
    if (!sampled) {
      sink.baselineAtRisk[ci] = acc.base;
      sink.atRisk[ci] = acc.scen;
      if (ci === target) sink.loo.set(acc.loo);
    } else {
      // Baseline count: binomial(N, p0) (normal approximation, N > 5 000); helped: a thinning of
      // it with the sample's estimated share, its noise matched so the total variance is binomial.
      const z1 = pg.normal();
      const z2 = pg.normal();
      const Xb = clamp(N * p0 + Math.sqrt(N * p0 * (1 - p0)) * z1, 0, N);
      const ve = N * w * Math.max(0, acc.s2 / n - (acc.s1 / n) * (acc.s1 / n));
      const thin = (sum: number) => {
        const h = clamp((w * sum) / (N * p0), 0, 1);
        const extra = Math.max(0, Xb * h * (1 - h) - ve);
        return clamp(Xb * h + Math.sqrt(extra) * z2, 0, Xb);
      };
      sink.baselineAtRisk[ci] = Xb;
      sink.atRisk[ci] = Xb - thin(acc.s1);
      if (ci === target) for (let k = 0; k < NA; k++) sink.loo[k] = Xb - thin(acc.loo[k]);
    }
  }

  // Spending and avoided costs.
  for (let k = 0; k < NA; k++) for (let y = 0; y < H; y++) sink.spending[k][y] = sink.reached[k][y] * prm.cost[k];
  const perChild = (P_EXCLUSION_AT_RISK - P_EXCLUSION_NOT_AT_RISK) * prm.exclusionCost * annuityFromSixteen(s.discount);
  for (let y = 0; y < H; y++) {
    sink.benefits[y] = ((sink.baselineAtRisk[y] - sink.atRisk[y]) * perChild) / Math.pow(1 + s.discount, y);
  }
  let after = 0;
  for (let j = 0; j < 16; j++) after += (laterHelped[j] * perChild) / Math.pow(1 + s.discount, H + j);
  sink.after.value = after;
}

/**
 * Counter-based draw (same as rng.ts hashU32, kept module-local so the hot loop calls a local
 * function: transpilers turn imported bindings into property reads).
 */
function hashU32(k1: number, k2: number, counter: number): number {
  let h = (Math.imul(counter ^ k2, 0x9e3779b9) + k1) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

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

const ELIGIBILITY = ['all', 'visible', 'visible-detected', 'visible-undetected'];

/** The hot loop: every child of cohort ci, year by year from birth to 16. */
function simulateCohort(ctx: RunCtx, ci: number, acc: CohortAcc): void {
  const { H, planEnd, target, sampled, n, w } = ctx.lay;
  const { tau, tauV, rho, sig, k1, k2, detMask, detRate, fadeAt, picture: pic } = ctx;
  const NT = NORMAL_TABLE;
  const [pi0, pi1, pi2, pi3] = ctx.pi;
  const mp0 = ctx.maxPi[0],
    mp1 = ctx.maxPi[1],
    mp2 = ctx.maxPi[2],
    mp3 = ctx.maxPi[3];
  const e0 = ctx.elig[0],
    e1 = ctx.elig[1],
    e2 = ctx.elig[2],
    e3 = ctx.elig[3];
  const lo0 = ctx.ageLo[0],
    lo1 = ctx.ageLo[1],
    lo2 = ctx.ageLo[2],
    lo3 = ctx.ageLo[3];
  const hi0 = ctx.ageHi[0],
    hi1 = ctx.ageHi[1],
    hi2 = ctx.ageHi[2],
    hi3 = ctx.ageHi[3];
  const d0 = ctx.d[0],
    d1 = ctx.d[1],
    d2 = ctx.d[2],
    d3 = ctx.d[3];
  const [r0, r1, r2, r3] = ctx.reached;
  const path = ctx.path;
  const pathMask = ctx.pathMask;
  const headline = ci < H;
  const isTarget = ci === target;
  const firstTy = ci - 16;
  const touched = ctx.anyReach && firstTy + 15 >= 0 && firstTy < planEnd;
  const picN = pic !== null && isTarget ? Math.min(n, PICTURE_MAX) : 0;
  let base = 0;
  let scen = 0;
  let s1 = 0;
  let s2 = 0;
  let l0 = 0,
    l1 = 0,
    l2 = 0,
    l3 = 0;
  let later = 0;
  // Weighted samples of cohorts that meet the plan: Latin-hypercube sampling of L16 and of the four
  // propensities (each a random permutation of the n strata). Every child stays exactly
  // distributed, so estimates stay unbiased; their variance falls (MODEL.md).
  const strat = sampled && touched;
  const perm = ctx.perm;
  const invN = 1 / n;
  // stratum of child i in stream j: perm[j*n + (i + off_j) mod n], with fixed shuffled tables and
  // a random offset per cohort and stream, so each child's stratum is uniform and the streams independent
  let offL = 0,
    off0 = 0,
    off1 = 0,
    off2 = 0,
    off3 = 0;
  if (strat) {
    const draw = (j: number) => Math.floor((hashU32(k1, k2 ^ Math.imul(j + 1, 0x5bd1e995), ci) / 4294967296) * n);
    offL = draw(0);
    off0 = draw(1);
    off1 = draw(2);
    off2 = draw(3);
    off3 = draw(4);
  }
  for (let i = 0; i < n; i++) {
    const c0 = (ci * n + i) * SLOTS;
    let cand = 0;
    let u0 = 1,
      u1 = 1,
      u2 = 1,
      u3 = 1;
    if (touched) {
      // four 16-bit reach propensities; a child is a candidate of an area if its propensity is
      // below that area's highest reach rate
      const ra = hashU32(k1, k2, c0 + SLOT_REACH);
      const rb = hashU32(k1, k2, c0 + SLOT_REACH + 1);
      u0 = ((ra >>> 16) + 0.5) / 65536;
      u1 = ((ra & 0xffff) + 0.5) / 65536;
      u2 = ((rb >>> 16) + 0.5) / 65536;
      u3 = ((rb & 0xffff) + 0.5) / 65536;
      if (strat) {
        // weighted sample: stratified propensities (one child per 1/n-stratum, random order)
        const i0 = i + off0 < n ? i + off0 : i + off0 - n;
        const i1 = i + off1 < n ? i + off1 : i + off1 - n;
        const i2 = i + off2 < n ? i + off2 : i + off2 - n;
        const i3 = i + off3 < n ? i + off3 : i + off3 - n;
        u0 = (perm[n + i0] + u0) * invN;
        u1 = (perm[2 * n + i1] + u1) * invN;
        u2 = (perm[3 * n + i2] + u2) * invN;
        u3 = (perm[4 * n + i3] + u3) * invN;
      }
      if (u0 < mp0) cand |= 1;
      if (u1 < mp1) cand |= 2;
      if (u2 < mp2) cand |= 4;
      if (u3 < mp3) cand |= 8;
    }
    if (cand === 0 && (sampled || !headline) && i >= picN) continue;
    // The liability path is drawn backwards from 16 (a stationary Gaussian AR(1) is
    // time-reversible): L16 from slot 0, then L15 = rho L16 + sig e, ... down to L0. A child no
    // area can reach needs only L16 (one draw); a candidate draws the whole path, and the same
    // L16, so every scenario of a seed shares each child's outcome in the baseline.
    const h0 = hashU32(k1, k2, c0);
    // Exact populations anchor the path at L16 (slot 0); weighted samples anchor it at L15, drawn
    // stratified (one child per 1/n-quantile stratum, random order), because the estimate of a
    // sampled child is its chance of being helped given L15; then L16 = rho L15 + sig e (slot 1).
    let Lprev: number;
    let L: number;
    if (strat) {
      const iL = i + offL < n ? i + offL : i + offL - n;
      Lprev = NT[Math.min(TABLE_SIZE - 1, Math.floor((perm[iL] + h0 / 4294967296) * invN * TABLE_SIZE))];
      L = rho * Lprev + sig * NT[hashU32(k1, k2, c0 + 1) >>> TABLE_SHIFT];
    } else {
      L = NT[h0 >>> TABLE_SHIFT];
      Lprev = L;
    }
    let P = 0;
    let o0 = 0,
      o1 = 0,
      o2 = 0,
      o3 = 0;
    if (cand !== 0) {
      // Only areas that look at the need (not universal ones) need the whole path.
      const full = (cand & pathMask) !== 0;
      path[AGES] = L;
      let from = AGES - 1;
      if (strat) {
        path[AGES - 1] = Lprev;
        from = AGES - 2;
      }
      for (let a = from; a >= (full ? 0 : AGES - 1); a--) {
        path[a] = rho * path[a + 1] + sig * NT[hashU32(k1, k2, c0 + AGES - a) >>> TABLE_SHIFT];
      }
      if (!full) path.fill(0, 0, AGES - 1);
      Lprev = path[AGES - 1];
      let known = false;
      let last0 = -1,
        last1 = -1,
        last2 = -1,
        last3 = -1;
      for (let a = 0; a < AGES; a++) {
        const vis = full && path[a] > tauV;
        if (vis && !known && (cand & detMask) !== 0) {
          if (hashU32(k1, k2, c0 + SLOT_DETECT + a) / 4294967296 < detRate[a]) known = true;
        }
        const ty = firstTy + a;
        if (ty >= 0 && ty < planEnd) {
          if ((cand & 1) !== 0 && a >= lo0 && a <= hi0 && u0 < pi0[ty] && eligible(e0, vis, known)) {
            last0 = a;
            r0[ty] += w;
          }
          if ((cand & 2) !== 0 && a >= lo1 && a <= hi1 && u1 < pi1[ty] && eligible(e1, vis, known)) {
            last1 = a;
            r1[ty] += w;
          }
          if ((cand & 4) !== 0 && a >= lo2 && a <= hi2 && u2 < pi2[ty] && eligible(e2, vis, known)) {
            last2 = a;
            r2[ty] += w;
          }
          if ((cand & 8) !== 0 && a >= lo3 && a <= hi3 && u3 < pi3[ty] && eligible(e3, vis, known)) {
            last3 = a;
            r3[ty] += w;
          }
        }
      }
      if (last0 >= 0) o0 = d0 * fadeAt[last0];
      if (last1 >= 0) o1 = d1 * fadeAt[last1];
      if (last2 >= 0) o2 = d2 * fadeAt[last2];
      if (last3 >= 0) o3 = d3 * fadeAt[last3];
      P = o0 + o1 + o2 + o3;
    }
    const b = L > tau;
    const sc = L - P > tau;
    if (i < picN && pic !== null) {
      if (!b) pic.neverAtRisk++;
      else if (sc) pic.stillAtRisk++;
      else pic.helped++;
    }
    if (!sampled) {
      if (headline) {
        if (b) base++;
        if (sc) scen++;
        if (isTarget && b) {
          if (L - P + o0 > tau) l0++;
          if (L - P + o1 > tau) l1++;
          if (L - P + o2 > tau) l2++;
          if (L - P + o3 > tau) l3++;
        }
      } else if (b && !sc) later++;
    } else if (P > 0) {
      // Weighted sample: probability of being helped given L at 15 (Rao-Blackwellised).
      const m = rho * Lprev;
      const hi = Phi((tau - m) / sig);
      const ph = Phi((tau + P - m) / sig) - hi;
      if (headline) {
        s1 += ph;
        s2 += ph * ph;
        if (isTarget) {
          l0 += Phi((tau + P - o0 - m) / sig) - hi;
          l1 += Phi((tau + P - o1 - m) / sig) - hi;
          l2 += Phi((tau + P - o2 - m) / sig) - hi;
          l3 += Phi((tau + P - o3 - m) / sig) - hi;
        }
      } else later += ph * w;
    }
  }
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

/** Eligibility code: 0 everybody, 1 visible need, 2 visible and known, 3 visible and not known. */
function eligible(e: number, vis: boolean, known: boolean): boolean {
  return e === 0 || (vis && (e === 1 || (e === 2) === known));
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
