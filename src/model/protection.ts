/**
 * The part of the hot loop shared by exact and weighted cohorts (children.ts): a candidate's protection
 * (detection, reach by the areas, offset at 16) on the liability path of draws.ts, which also holds the
 * child's propensities and candidacy (re-exported here). Scratch arrays U and O carry one child's
 * propensities and offsets.
 */
import { AGES as AGES_ } from './capacity';
import { hashU32 as hashU32_ } from './rng';
import {
  SLOT_DETECT,
  SPAN as SPAN_,
  U as U_,
  areaOffset as areaOffset_,
  childPath as childPath_,
  pathConstants,
} from './draws';
import type { ChildArgs } from './draws';
import type { ReachRates, RunCtx } from './runContext';

export { SLOTS, U, candidates, courseAge, drawPropensities, touchedBy } from './draws';

/** Local aliases of the shared helpers (imported bindings are slow in the hot loop). */
const AGES: number = AGES_;
const hashU32: (k1: number, k2: number, counter: number) => number = hashU32_;
const U = U_;
const SPAN = SPAN_;
const childPath = childPath_;
const areaOffset = areaOffset_;

/** Scratch: one child's offset at 16 from each area (written by `protection`). */
export const O = new Float64Array(4);
/**
 * Scratch: one child's support per area (written by `protection`): 0..3 the years of support n_k, 4..7 the age of the
 * last year (-1: none). What an effect, the decay or the dose rule does with them is `areaOffset` (the tornado's
 * effect-only ends, tornadoPass.ts, evaluate them again under other effects).
 */
export const SUPPORT = new Int32Array(8);
/** Scratch: the age at which the child's need became known to the first line (-1: not known), for tests. */
export const KNOWN_AT = new Int32Array(1);

/** The arguments of `childPath` (draws.ts) after the run's constants: the child's counter base, candidacy, first plan year, L16, L15. */
export type Protection = (...args: ChildArgs) => number;

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
  const { tauV, k1, k2, detMask, fadeAt, path, ageLo, ageHi, elig, d, dose } = ctx;
  const { pi, detRate, detLever } = ctx.reach;
  const leverMax = ctx.leverAgeMax;
  const pc = pathConstants(ctx);
  const [pi0, pi1, pi2, pi3] = pi;
  const reached = ctx.reached;
  const [r0, r1, r2, r3] = reached;
  const [lo0, lo1, lo2, lo3] = ageLo;
  const [hi0, hi1, hi2, hi3] = ageHi;
  const [e0, e1, e2, e3] = elig;
  const [d0, d1, d2, d3] = d;
  return function protection(c0, cand, firstTy, L, L15, fromL15) {
    const w = wc[0];
    const u0 = U[0],
      u1 = U[1],
      u2 = U[2],
      u3 = U[3];
    const full = childPath(pc, c0, cand, firstTy, L, L15, fromL15);
    if (!full) path.fill(0, 0, AGES - 1);
    const aStop = SPAN[1];
    const cAge = SPAN[2];
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
    for (let a = SPAN[0]; a < aStop; a++) {
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
    const o0 = areaOffset(d0, dose, n0, fadeAt, last0);
    const o1 = areaOffset(d1, dose, n1, fadeAt, last1);
    const o2 = areaOffset(d2, dose, n2, fadeAt, last2);
    const o3 = areaOffset(d3, dose, n3, fadeAt, last3);
    O[0] = o0;
    O[1] = o1;
    O[2] = o2;
    O[3] = o3;
    SUPPORT[0] = n0;
    SUPPORT[1] = n1;
    SUPPORT[2] = n2;
    SUPPORT[3] = n3;
    SUPPORT[4] = last0;
    SUPPORT[5] = last1;
    SUPPORT[6] = last2;
    SUPPORT[7] = last3;
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
