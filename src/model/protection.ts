/**
 * The part of the hot loop shared by exact and weighted cohorts (children.ts): a child's reach
 * propensities and candidacy, and a candidate's protection (liability path, detection, reach by the
 * areas, offset at 16). Scratch arrays U and O carry one child's propensities and offsets.
 */
import { AGES as AGES_ } from './capacity';
import { NORMAL_TABLE, NORMAL_TABLE_BITS, hashU32 as hashU32_ } from './rng';
import type { ReachRates, RunCtx } from './runContext';

/**
 * Counter slots per child: 0 = L16, 1..16 the path backwards to L0, 17-18 reach propensities, 19..34
 * detection, 35 the course age of parental support.
 */
export const SLOTS = 64;
/** Local aliases of the one AGES and hashU32 (imported bindings are slow in the hot loop). */
const AGES: number = AGES_;
const hashU32: (k1: number, k2: number, counter: number) => number = hashU32_;
const SLOT_REACH = 17;
const SLOT_DETECT = 19;
/** Slot 35: the course age of a universal area (one course per child). */
const SLOT_COURSE = 35;
const TABLE_SHIFT = 32 - NORMAL_TABLE_BITS;

/** Scratch: one child's four reach propensities (written by `drawPropensities`). */
export const U = new Float64Array(4);
/** Scratch: one child's offset at 16 from each area (written by `protection`). */
export const O = new Float64Array(4);
/** Scratch: the age at which the child's need became known to the first line (-1: not known), for tests. */
export const KNOWN_AT = new Int32Array(1);

/**
 * A child's four 16-bit reach propensities (slots 17-18) into U; a child is a candidate of an area if
 * its propensity is below that area's highest reach rate.
 */
export function drawPropensities(k1: number, k2: number, c0: number): void {
  const ra = hashU32(k1, k2, c0 + SLOT_REACH);
  const rb = hashU32(k1, k2, c0 + SLOT_REACH + 1);
  U[0] = ((ra >>> 16) + 0.5) / 65536;
  U[1] = ((ra & 0xffff) + 0.5) / 65536;
  U[2] = ((rb >>> 16) + 0.5) / 65536;
  U[3] = ((rb & 0xffff) + 0.5) / 65536;
}

/** Bit k set when area k can reach the child in some plan year (propensity below its highest rate). */
export function candidates(maxPi: Float64Array): number {
  let cand = 0;
  if (U[0] < maxPi[0]) cand |= 1;
  if (U[1] < maxPi[1]) cand |= 2;
  if (U[2] < maxPi[2]) cand |= 4;
  if (U[3] < maxPi[3]) cand |= 8;
  return cand;
}

/** Whether a cohort meets the plan at all (some area reaches somebody while it is 0..15). */
export function touchedBy(ctx: RunCtx, ci: number): boolean {
  const firstTy = ci - 16;
  return ctx.reach.any && firstTy + 15 >= 0 && firstTy < ctx.lay.planEnd;
}

export type Protection = (
  c0: number,
  cand: number,
  firstTy: number,
  L: number,
  L15: number,
  fromL15: boolean,
) => number;

/**
 * A candidate child's protection, as a closure over one run's constants (built once per run and
 * budget: the closure's constants are read without reloading ctx on every call, which costs ~20 % of
 * the loop). It draws the liability path backwards from `L` at 16 (and `L15` at 15 when `fromL15`, the
 * weighted sample's anchor), follows detection and reach year by year inside the plan, tallies reach
 * (`ctx.reached`, weight w) and returns the summed offset P at 16; O[k] holds each area's part. The
 * child's propensities are in U. Counter slots 1..16 are the path, 19..34 detection.
 */
function makeProtection(ctx: RunCtx): Protection {
  const { planEnd } = ctx.lay;
  const wc = ctx.w;
  const { tauV, rho, sig, k1, k2, detMask, courseMask, pathMask, fadeAt, path, ageLo, ageHi, elig, d, dose } = ctx;
  const { pi, detRate, detLever } = ctx.reach;
  const leverMax = ctx.leverAgeMax;
  const NT = NORMAL_TABLE;
  const pi0 = pi[0],
    pi1 = pi[1],
    pi2 = pi[2],
    pi3 = pi[3];
  const reached = ctx.reached;
  const r0 = reached[0],
    r1 = reached[1],
    r2 = reached[2],
    r3 = reached[3];
  const lo0 = ageLo[0],
    lo1 = ageLo[1],
    lo2 = ageLo[2],
    lo3 = ageLo[3];
  const hi0 = ageHi[0],
    hi1 = ageHi[1],
    hi2 = ageHi[2],
    hi3 = ageHi[3];
  const e0 = elig[0],
    e1 = elig[1],
    e2 = elig[2],
    e3 = elig[3];
  const d0 = d[0],
    d1 = d[1],
    d2 = d[2],
    d3 = d[3];
  return function protection(c0, cand, firstTy, L, L15, fromL15) {
    const w = wc[0];
    const u0 = U[0],
      u1 = U[1],
      u2 = U[2],
      u3 = U[3];
    // The ages of this cohort inside the plan: aFirst .. aEnd - 1. Later ages cannot change the
    // outcome, and earlier ones matter only to detection; draws are counter-based, so skipping
    // them leaves every other draw unchanged.
    const aFirst = firstTy < 0 ? -firstTy : 0;
    const aEnd = Math.min(AGES, planEnd - firstTy);
    // Only areas that look at the need (not universal ones) need the whole path.
    const full = (cand & pathMask) !== 0;
    path[AGES] = L;
    let from = AGES - 1;
    if (fromL15) {
      path[AGES - 1] = L15;
      from = AGES - 2;
    }
    // ages any candidate area can reach (detection may need the earlier ones)
    let aLo = AGES,
      aHi = 0;
    if ((cand & 1) !== 0) {
      if (lo0 < aLo) aLo = lo0;
      if (hi0 + 1 > aHi) aHi = hi0 + 1;
    }
    if ((cand & 2) !== 0) {
      if (lo1 < aLo) aLo = lo1;
      if (hi1 + 1 > aHi) aHi = hi1 + 1;
    }
    if ((cand & 4) !== 0) {
      if (lo2 < aLo) aLo = lo2;
      if (hi2 + 1 > aHi) aHi = hi2 + 1;
    }
    if ((cand & 8) !== 0) {
      if (lo3 < aLo) aLo = lo3;
      if (hi3 + 1 > aHi) aHi = hi3 + 1;
    }
    const aStart = (cand & detMask) !== 0 ? 0 : aFirst > aLo ? aFirst : aLo;
    const aStop = aHi < aEnd ? aHi : aEnd;
    for (let a = from; a >= (full ? aStart : AGES - 1); a--) {
      path[a] = rho * path[a + 1] + sig * NT[hashU32(k1, k2, c0 + AGES - a) >>> TABLE_SHIFT];
    }
    if (!full) path.fill(0, 0, AGES - 1);
    // A universal area gives one course per child, at a course age drawn per child (slot 35) inside
    // its ages; -1 for areas that are not universal or not candidates.
    const cAge =
      (cand & courseMask) !== 0 ? courseAge(hashU32(k1, k2, c0 + SLOT_COURSE), courseMask, ageLo, ageHi) : -1;
    // Known to ordinary services at their own rate (`knownBase`: the early-detection area looks for the
    // children they have not found) and, with the detection lever, at the raised rate (`known`: the first
    // line acts on these). One draw per age decides both, so `known` only grows with the budget.
    let knownBase = false;
    let known = false;
    KNOWN_AT[0] = -1;
    let last0 = -1,
      last1 = -1,
      last2 = -1,
      last3 = -1;
    let n0 = 0,
      n1 = 0,
      n2 = 0,
      n3 = 0;
    for (let a = full ? aStart : aFirst; a < aStop; a++) {
      const vis = full && path[a] > tauV;
      const ty = firstTy + a;
      const inPlan = ty >= 0 && ty < planEnd;
      if (vis && !knownBase && (cand & detMask) !== 0) {
        const u = hashU32(k1, k2, c0 + SLOT_DETECT + a) / 4294967296;
        const base = detRate[a];
        if (u < base) {
          if (!known) KNOWN_AT[0] = a;
          knownBase = known = true;
        } else if (!known && inPlan && a <= leverMax && u < base + (1 - base) * detLever[ty]) {
          KNOWN_AT[0] = a;
          known = true;
        }
      }
      if (inPlan) {
        if (
          (cand & 1) !== 0 &&
          a >= lo0 &&
          a <= hi0 &&
          u0 < pi0[ty] &&
          (e0 === 0 ? a === cAge : eligible(e0, vis, known, knownBase))
        ) {
          last0 = a;
          n0++;
          r0[ty] += w;
        }
        if (
          (cand & 2) !== 0 &&
          a >= lo1 &&
          a <= hi1 &&
          u1 < pi1[ty] &&
          (e1 === 0 ? a === cAge : eligible(e1, vis, known, knownBase))
        ) {
          last1 = a;
          n1++;
          r1[ty] += w;
        }
        if (
          (cand & 4) !== 0 &&
          a >= lo2 &&
          a <= hi2 &&
          u2 < pi2[ty] &&
          (e2 === 0 ? a === cAge : eligible(e2, vis, known, knownBase))
        ) {
          last2 = a;
          n2++;
          r2[ty] += w;
        }
        if (
          (cand & 8) !== 0 &&
          a >= lo3 &&
          a <= hi3 &&
          u3 < pi3[ty] &&
          (e3 === 0 ? a === cAge : eligible(e3, vis, known, knownBase))
        ) {
          last3 = a;
          n3++;
          r3[ty] += w;
        }
      }
    }
    // the dose rule: k years of support give dose[k] times one year's effect, decaying from the last year
    const o0 = last0 >= 0 ? d0 * dose[n0] * fadeAt[last0] : 0;
    const o1 = last1 >= 0 ? d1 * dose[n1] * fadeAt[last1] : 0;
    const o2 = last2 >= 0 ? d2 * dose[n2] * fadeAt[last2] : 0;
    const o3 = last3 >= 0 ? d3 * dose[n3] * fadeAt[last3] : 0;
    O[0] = o0;
    O[1] = o1;
    O[2] = o2;
    O[3] = o3;
    return o0 + o1 + o2 + o3;
  };
}

let cachedCtx: RunCtx | null = null;
let cachedReach: ReachRates | null = null;
let cachedProtection: Protection | null = null;
/** The protection closure of this run context and its current reach rates (rebuilt when either changes). */
export function protectionFor(ctx: RunCtx): Protection {
  if (cachedProtection === null || ctx !== cachedCtx || ctx.reach !== cachedReach) {
    cachedCtx = ctx;
    cachedReach = ctx.reach;
    cachedProtection = makeProtection(ctx);
  }
  return cachedProtection;
}

/**
 * Eligibility code: 0 everybody, 1 visible need, 2 visible and known (with the detection lever),
 * 3 visible and not known to ordinary services (at their own rate).
 */
function eligible(e: number, vis: boolean, known: boolean, knownBase: boolean): boolean {
  return e === 0 || (vis && (e === 1 || (e === 2 ? known : !knownBase)));
}

/** The course age of a child (from its own draw `h`): uniform over the ages of the first universal area. */
export function courseAge(h: number, courseMask: number, ageLo: Int32Array, ageHi: Int32Array): number {
  let k = 0;
  while ((courseMask & (1 << k)) === 0) k++;
  const span = ageHi[k] - ageLo[k] + 1;
  return span > 0 ? ageLo[k] + Math.floor((h / 4294967296) * span) : -1;
}
