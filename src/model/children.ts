/**
 * The hot loop: every child of one cohort, year by year from birth to 16 (liability path,
 * detection, reach by the areas, and the outcome at 16).
 */
import { PICTURE_MAX } from './assumptions';
import { AGES as AGES_ } from './capacity';
import { NORMAL_TABLE, NORMAL_TABLE_BITS, Phi as PhiExact } from './rng';
import type { CohortAcc, RunCtx } from './runContext';

/** Counter slots per child: 0 = L16, 1..16 the path backwards to L0, 17-18 reach propensities, 19..34 detection. */
const SLOTS = 64;
/**
 * Module-local copy: tsx/esbuild turn imported bindings into getter calls, far too slow in the
 * hot loop (the same reason hashU32 is local).
 */
const AGES: number = AGES_;
const SLOT_REACH = 17;
const SLOT_DETECT = 19;
const TABLE_SHIFT = 32 - NORMAL_TABLE_BITS;
const TABLE_SIZE = 1 << NORMAL_TABLE_BITS;

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

/** The hot loop: every child of cohort ci, year by year from birth to 16. */
export function simulateCohort(ctx: RunCtx, ci: number, acc: CohortAcc): void {
  const { H, planEnd, target, sampled, n } = ctx.lay;
  const w = ctx.lay.wc[ci];
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
  // The ages of this cohort inside the plan: aFirst .. aEnd - 1. Later ages cannot change the
  // outcome, and earlier ones matter only to detection; draws are counter-based, so skipping
  // them leaves every other draw unchanged.
  const aFirst = firstTy < 0 ? -firstTy : 0;
  const aEnd = Math.min(AGES, planEnd - firstTy);
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
      Lprev = path[AGES - 1];
      let known = false;
      let last0 = -1,
        last1 = -1,
        last2 = -1,
        last3 = -1;
      for (let a = full ? aStart : aFirst; a < aStop; a++) {
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
