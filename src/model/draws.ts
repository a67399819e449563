/**
 * A child's own draws, shared by the main simulation (children.ts, protection.ts) and the investment curve's
 * pass (curvePass.ts, curveSteps.ts): the counter slots, the reach propensities and candidacy, the stratified
 * draws of a weighted sample, the course age, and the liability path backwards with the ages a candidate's
 * areas can reach. One copy of each, so the curve and a separate simulation draw the very same numbers.
 */
import { AGES as AGES_ } from './capacity';
import { NORMAL_TABLE, NORMAL_TABLE_BITS, hashU32 as hashU32_ } from './rng';
import type { RunCtx } from './runContext';

/**
 * Counter slots per child: 0 = L16, 1..16 the path backwards to L0, 17-18 reach propensities, 19..34
 * detection, 35 the course age of parental support.
 */
export const SLOTS = 64;
/** Slots 19..34: the detection draw at each age. */
export const SLOT_DETECT = 19;
/** Local aliases of the one AGES and hashU32 (imported bindings are slow in the hot loop). */
const AGES: number = AGES_;
const hashU32: (k1: number, k2: number, counter: number) => number = hashU32_;
const SLOT_REACH = 17;
/** Slot 35: the course age of a universal area (one course per child). */
const SLOT_COURSE = 35;
const TABLE_SHIFT = 32 - NORMAL_TABLE_BITS;
const TABLE_SIZE = 1 << NORMAL_TABLE_BITS;

/** Scratch: one child's four reach propensities (written by `drawPropensities` and `drawStratified`). */
export const U = new Float64Array(4);
/** Scratch: a cohort's stratum offsets (0: L15, 1..4 the areas), written by `stratumOffsets`. */
export const OFF = new Int32Array(5);
/**
 * Scratch: a candidate's ages (written by `childPath`): 0 the first age the loop over ages
 * looks at, 1 the age after its last, 2 the course age (-1: none).
 */
export const SPAN = new Int32Array(3);

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

/** A child's candidacy (as `candidates`) from its own propensities (drawn into U). */
export function candidacy(k1: number, k2: number, c0: number, maxPi: Float64Array): number {
  drawPropensities(k1, k2, c0);
  return candidates(maxPi);
}

/** Whether a cohort meets the plan at all (some area reaches somebody while it is 0..15). */
export function touchedBy(ctx: RunCtx, ci: number): boolean {
  const firstTy = ci - 16;
  return ctx.reach.any && firstTy + 15 >= 0 && firstTy < ctx.lay.planEnd;
}

/**
 * A weighted sample's stratum offsets for cohort ci (n children): stratum of child i in stream j is
 * perm[j*n + (i + off_j) mod n], with fixed shuffled tables and a random offset per cohort and stream, so each
 * child's stratum is uniform and the streams independent.
 */
export function stratumOffsets(k1: number, k2: number, ci: number, n: number): void {
  for (let j = 0; j < 5; j++)
    OFF[j] = Math.floor((hashU32(k1, k2 ^ Math.imul(j + 1, 0x5bd1e995), ci) / 4294967296) * n);
}

/**
 * Child i's propensities (drawn into U by `drawPropensities`) stratified: one child per 1/n-stratum of each area,
 * random order; invN = 1 / n, o0..o3 the areas' stratum offsets (`stratumOffsets`: OFF[1..4], held by the caller
 * for the cohort).
 */
export function stratify(
  i: number,
  n: number,
  invN: number,
  perm: Int32Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number,
): void {
  const i0 = i + o0 < n ? i + o0 : i + o0 - n;
  const i1 = i + o1 < n ? i + o1 : i + o1 - n;
  const i2 = i + o2 < n ? i + o2 : i + o2 - n;
  const i3 = i + o3 < n ? i + o3 : i + o3 - n;
  U[0] = (perm[n + i0] + U[0]) * invN;
  U[1] = (perm[2 * n + i1] + U[1]) * invN;
  U[2] = (perm[3 * n + i2] + U[2]) * invN;
  U[3] = (perm[4 * n + i3] + U[3]) * invN;
}

/** Child i's L15, stratified (one child per 1/n-quantile stratum, random order) from its slot-0 draw h0; invN = 1 / n, oL = OFF[0]. */
export function stratifiedL15(i: number, n: number, invN: number, perm: Int32Array, h0: number, oL: number): number {
  const iL = i + oL < n ? i + oL : i + oL - n;
  return NORMAL_TABLE[Math.min(TABLE_SIZE - 1, Math.floor((perm[iL] + h0 / 4294967296) * invN * TABLE_SIZE))];
}

/** The course age of a child (from its own draw `h`): uniform over the ages of the first universal area. */
export function courseAge(h: number, courseMask: number, ageLo: Int32Array, ageHi: Int32Array): number {
  let k = 0;
  while ((courseMask & (1 << k)) === 0) k++;
  const span = ageHi[k] - ageLo[k] + 1;
  return span > 0 ? ageLo[k] + Math.floor((h / 4294967296) * span) : -1;
}

/** Area k's offset at 16: k years of support give dose[n] times one year's effect d, decaying from the last year. */
export function areaOffset(d: number, dose: Float64Array, n: number, fadeAt: Float64Array, last: number): number {
  return last >= 0 ? d * dose[n] * fadeAt[last] : 0;
}

/** The arguments of `childPath` after the run's constants: the child's counter base, candidacy, first plan year, L16, L15. */
export type ChildArgs = typeof childPath extends (pc: PathConstants, ...rest: infer R) => boolean ? R : never;

/** One run's constants of `childPath` (built once per run and budget by `pathConstants`). */
export interface PathConstants {
  planEnd: number;
  rho: number;
  sig: number;
  k1: number;
  k2: number;
  detMask: number;
  courseMask: number;
  pathMask: number;
  path: Float64Array;
  ageLo: Int32Array;
  ageHi: Int32Array;
  /** by candidacy (bit k: area k), the ages any candidate area can reach: loOf .. hiOf - 1; AGES .. 0 when none */
  loOf: Int32Array;
  hiOf: Int32Array;
}

export function pathConstants(ctx: RunCtx): PathConstants {
  const { rho, sig, k1, k2, detMask, courseMask, pathMask, path, ageLo, ageHi } = ctx;
  const loOf = new Int32Array(16).fill(AGES);
  const hiOf = new Int32Array(16);
  for (let cand = 0; cand < 16; cand++)
    for (let k = 0; k < 4; k++)
      if ((cand & (1 << k)) !== 0) {
        if (ageLo[k] < loOf[cand]) loOf[cand] = ageLo[k];
        if (ageHi[k] + 1 > hiOf[cand]) hiOf[cand] = ageHi[k] + 1;
      }
  const planEnd = ctx.lay.planEnd;
  return { planEnd, rho, sig, k1, k2, detMask, courseMask, pathMask, path, ageLo, ageHi, loOf, hiOf };
}

/**
 * A candidate's liability path and ages (one function, not a closure per run, so that the callers' hot loops can
 * inline it): draws the path backwards from `L` at 16 (and `L15` at 15 when `fromL15`, the weighted sample's
 * anchor) into the run's path as far as detection or the candidate areas need it, writes into SPAN the ages to
 * follow (inside the plan; detection may need earlier ones) and the course age, and returns whether the whole path
 * was drawn (some candidate area looks at the need).
 */
export function childPath(
  pc: PathConstants,
  c0: number,
  cand: number,
  firstTy: number,
  L: number,
  L15: number,
  fromL15: boolean,
): boolean {
  const { planEnd, rho, sig, k1, k2, detMask, courseMask, pathMask, path, ageLo, ageHi, loOf, hiOf } = pc;
  const NT = NORMAL_TABLE;
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
  const aLo = loOf[cand];
  const aHi = hiOf[cand];
  const aStart = (cand & detMask) !== 0 ? 0 : aFirst > aLo ? aFirst : aLo;
  const aStop = aHi < aEnd ? aHi : aEnd;
  for (let a = from; a >= (full ? aStart : AGES - 1); a--) {
    path[a] = rho * path[a + 1] + sig * NT[hashU32(k1, k2, c0 + AGES - a) >>> TABLE_SHIFT];
  }
  SPAN[0] = full ? aStart : aFirst;
  SPAN[1] = aStop;
  // A universal area gives one course per child, at a course age drawn per child (slot 35) inside
  // its ages; -1 for areas that are not universal or not candidates.
  SPAN[2] = (cand & courseMask) !== 0 ? courseAge(hashU32(k1, k2, c0 + SLOT_COURSE), courseMask, ageLo, ageHi) : -1;
  return full;
}
