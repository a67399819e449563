/**
 * One candidate child at every budget level of the investment curve at once (curvePass.ts): the counterpart of
 * protection.ts's `protection`, which follows the child at one budget. With common random numbers everything a
 * budget decides about a child is a comparison of the child's own draws with a rate that never falls as the budget
 * grows: reach (propensity below the area's reach rate that plan year) and the detection lever (the detection draw
 * below the raised detection rate). So each possible support year (area, age) has a threshold level, the first
 * level at which it happens (the later of its reach level and, for the first line, the level at which the need is
 * known by then), and the child's offset at 16 is a step function of the level. This module computes those steps
 * with the same draws and the same arithmetic as protection.ts (the shared helpers of draws.ts); the curve's tests check every level against a
 * separate simulation at that budget, so the two cannot drift apart unnoticed.
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
import { eligibleFrom as eligibleFrom_, firstAbove as firstAbove_ } from './curveTables';
import type { LevelTables, Steps } from './curveTables';
import type { ChildArgs } from './draws';
import type { RunCtx } from './runContext';

/** The child's arguments as in `childPath`, and whether the caller needs the offsets. */
type StepsOf = (...args: [...ChildArgs, needSteps: boolean]) => number;

const AGES: number = AGES_;
const U = U_;
const SPAN = SPAN_;
const childPath = childPath_;
const areaOffset = areaOffset_;
const firstAbove = firstAbove_;
const eligibleFrom = eligibleFrom_;
const hashU32: (k1: number, k2: number, counter: number) => number = hashU32_;

/**
 * The steps of a candidate child (candidate at the top level: `cand`), as a closure over one run's constants. It
 * returns the number of steps (0: no support at any level) and adds the child's support years to `out.count`.
 * `needSteps` false skips the offsets (the caller only needs the support years).
 */
export function makeSteps(ctx: RunCtx, T: LevelTables, out: Steps) {
  const { planEnd } = ctx.lay;
  const { tauV, k1, k2, detMask, fadeAt, path, ageLo, ageHi, elig, d, dose } = ctx;
  const detRate = ctx.reach.detRate;
  const leverMax = ctx.leverAgeMax;
  const pc = pathConstants(ctx);
  const { NL, pi, cls, lever } = T;
  const { stepT, stepP, count } = out;
  const NL1 = NL + 1;
  const evK = new Int32Array(4 * AGES);
  const evA = new Int32Array(4 * AGES);
  const evT = new Int32Array(4 * AGES);
  const [lo0, lo1, lo2, lo3] = ageLo;
  const [hi0, hi1, hi2, hi3] = ageHi;
  const [e0, e1, e2, e3] = elig;
  let needEvents = false;
  /** A support year of area k at age a (plan year ty) from level t on: counted, and kept in threshold order. */
  const event = (k: number, a: number, ty: number, t: number, ne: number): number => {
    count[(k * planEnd + ty) * NL1 + t]++;
    if (!needEvents) return ne;
    let j = ne;
    while (j > 0 && evT[j - 1] > t) {
      evT[j] = evT[j - 1];
      evK[j] = evK[j - 1];
      evA[j] = evA[j - 1];
      j--;
    }
    evT[j] = t;
    evK[j] = k;
    evA[j] = a;
    return ne + 1;
  };
  const last = new Int32Array(4);
  const nYears = new Int32Array(4);
  const steps: StepsOf = function (c0, cand, firstTy, L, L15, fromL15, needSteps) {
    const full = childPath(pc, c0, cand, firstTy, L, L15, fromL15);
    const aStop = SPAN[1];
    const cAge = SPAN[2];
    // Known to ordinary services at their own rate (knownBase: no budget changes it) and, with the detection
    // lever, from level knownLv on (NL: at no level yet); each age's one draw decides both, as in protection.ts.
    let knownBase = false;
    let knownLv = NL;
    // each area's reach level, cached by the class of the plan year's reach column
    let cs0 = -1,
      cs1 = -1,
      cs2 = -1,
      cs3 = -1;
    let lv0 = NL,
      lv1 = NL,
      lv2 = NL,
      lv3 = NL;
    let ne = 0;
    needEvents = needSteps;
    for (let a = SPAN[0]; a < aStop; a++) {
      const vis = full && path[a] > tauV;
      const ty = firstTy + a;
      const inPlan = ty >= 0 && ty < planEnd;
      if (vis && !knownBase && (cand & detMask) !== 0) {
        const u = hashU32(k1, k2, c0 + SLOT_DETECT + a) / 4294967296;
        const base = detRate[a];
        if (u < base) {
          knownBase = true;
          knownLv = 0;
        } else if (knownLv > 0 && inPlan && a <= leverMax) {
          // the first level at which u < base + (1 - base) x lever, the very expression of protection.ts
          let lo = 0;
          let hi = knownLv;
          const o = ty * NL;
          while (lo < hi) {
            const m = (lo + hi) >> 1;
            if (u < base + (1 - base) * lever[o + m]) hi = m;
            else lo = m + 1;
          }
          knownLv = lo;
        }
      }
      if (!inPlan) continue;
      // each candidate area serving this age: the level from which the child is eligible (eLv) and reached
      if ((cand & 1) !== 0 && a >= lo0 && a <= hi0) {
        const eLv = eligibleFrom(e0, a, cAge, vis, knownLv, knownBase, NL);
        if (eLv < NL) {
          const c = cls[ty];
          if (c !== cs0) {
            cs0 = c;
            lv0 = firstAbove(pi, c * NL, NL, U[0]);
          }
          if (lv0 < NL) ne = event(0, a, ty, lv0 > eLv ? lv0 : eLv, ne);
        }
      }
      if ((cand & 2) !== 0 && a >= lo1 && a <= hi1) {
        const eLv = eligibleFrom(e1, a, cAge, vis, knownLv, knownBase, NL);
        if (eLv < NL) {
          const c = cls[planEnd + ty];
          if (c !== cs1) {
            cs1 = c;
            lv1 = firstAbove(pi, (planEnd + c) * NL, NL, U[1]);
          }
          if (lv1 < NL) ne = event(1, a, ty, lv1 > eLv ? lv1 : eLv, ne);
        }
      }
      if ((cand & 4) !== 0 && a >= lo2 && a <= hi2) {
        const eLv = eligibleFrom(e2, a, cAge, vis, knownLv, knownBase, NL);
        if (eLv < NL) {
          const c = cls[2 * planEnd + ty];
          if (c !== cs2) {
            cs2 = c;
            lv2 = firstAbove(pi, (2 * planEnd + c) * NL, NL, U[2]);
          }
          if (lv2 < NL) ne = event(2, a, ty, lv2 > eLv ? lv2 : eLv, ne);
        }
      }
      if ((cand & 8) !== 0 && a >= lo3 && a <= hi3) {
        const eLv = eligibleFrom(e3, a, cAge, vis, knownLv, knownBase, NL);
        if (eLv < NL) {
          const c = cls[3 * planEnd + ty];
          if (c !== cs3) {
            cs3 = c;
            lv3 = firstAbove(pi, (3 * planEnd + c) * NL, NL, U[3]);
          }
          if (lv3 < NL) ne = event(3, a, ty, lv3 > eLv ? lv3 : eLv, ne);
        }
      }
    }
    if (!needSteps || ne === 0) return 0;
    // Sweep the support years by threshold: after each level's, the offset as protection.ts sums it.
    last.fill(-1);
    nYears.fill(0);
    let ns = 0;
    for (let i = 0; i < ne;) {
      const t = evT[i];
      for (; i < ne && evT[i] === t; i++) {
        const k = evK[i];
        nYears[k]++;
        if (evA[i] > last[k]) last[k] = evA[i];
      }
      stepT[ns] = t;
      stepP[ns] =
        areaOffset(d[0], dose, nYears[0], fadeAt, last[0]) +
        areaOffset(d[1], dose, nYears[1], fadeAt, last[1]) +
        areaOffset(d[2], dose, nYears[2], fadeAt, last[2]) +
        areaOffset(d[3], dose, nYears[3], fadeAt, last[3]);
      ns++;
    }
    return ns;
  };
  return steps;
}
