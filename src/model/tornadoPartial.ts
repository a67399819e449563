/**
 * The tornado pass's second route (tornadoPass.ts): an end whose pin changes the reach of some areas only (a unit
 * cost: that area's rates; the detection lever's constants: the areas acting on a need known with the lever), with the
 * central run's persistence and offsets, in an exact population. A child that is a candidate of none of those areas,
 * in the central run and in the end, gets the very same support from the other areas (their rates, the child's
 * propensities, its liability path and its detection draws are the same), so only the children who are candidates of
 * a changed area in either run are followed again, with the end's protection; the counts are the central run's
 * changed by what those children give (whole counts), the changed areas' reach tallied again from them in the run's
 * order. tests/model/tornadoPass.test.ts checks every such end's batch against a separate simulation, to the last bit.
 */
import { PhiTable } from './children';
import { NORMAL_TABLE, NORMAL_TABLE_BITS, hashU32 as hashU32_ } from './rng';
import { runSetup, sampleVariance, sampledHelped } from './cohort';
import * as draws from './draws';
import { RUN_PARAM_DRAWS, exclusionFactor } from './economics';
import type { RunParams } from './economics';
import { O as O_, protectionFor } from './protection';
import type { Layout } from './sample';
import type { Reached } from './tornadoPass';
import { AREAS } from './types';
import type { RunBatch, Scenario } from './types';
import { PICTURE_MAX } from './assumptions';

const hashU32: (k1: number, k2: number, counter: number) => number = hashU32_;
const { candidates, drawPropensities, stratify, stratifiedL15, stratumOffsets, touchedBy } = draws;
const OFF = draws.OFF;
const Phi = PhiTable;
const SLOTS: number = draws.SLOTS;
const O = O_;
const TABLE_SHIFT = 32 - NORMAL_TABLE_BITS;
const LATER = 16;

/**
 * Run index r of the end (layout `lay`, its pins) into `b`, the areas in mask K followed again; `z` the run's
 * parameter normals (then two per headline cohort, for a weighted sample). Always true.
 */
export function partialFromCentral(
  s: Scenario,
  seed: string,
  lay: Layout,
  c: RunBatch,
  r: number,
  rec: Reached,
  b: RunBatch,
  K: number,
  z: Float64Array,
): boolean {
  if (lay.sampled) return weightedPartial(s, seed, lay, c, r, rec, b, K, z);
  const { H, n, target } = lay;
  const Y = c.years;
  const o = r * Y;
  const cctx = rec.setup!.ctx;
  const reached = AREAS.map(() => new Float64Array(H));
  const { ctx, prm } = runSetup(s, seed, c.runStart + r, lay, reached, null);
  const protect = protectionFor(ctx);
  const { tau, k1, k2 } = ctx;
  const maxC = cctx.reach.maxPi;
  const maxE = ctx.reach.maxPi;
  const NT = NORMAL_TABLE;
  const picN = Math.min(n, PICTURE_MAX);
  const { ci: cis, i: is, off, count } = rec;
  b.baselineAtRisk.set(c.baselineAtRisk.subarray(o, o + Y), o);
  b.atRisk.set(c.atRisk.subarray(o, o + Y), o);
  b.helpedAfter.set(c.helpedAfter.subarray(r * LATER, (r + 1) * LATER), r * LATER);
  const pic = [c.pictures[r * 3], c.pictures[r * 3 + 1], c.pictures[r * 3 + 2]];
  const loo = AREAS.map((a) => c.leaveOneOut[a][r]);
  let j = 0;
  for (let ci = 0; ci < H + 16; ci++) {
    if (!touchedBy(cctx, ci)) continue; // no candidates in either run (the same `any`: the caller checks it)
    ctx.w[0] = lay.wc[ci];
    const firstTy = ci - 16;
    for (let i = 0; i < n; i++) {
      const c0 = (ci * n + i) * SLOTS;
      drawPropensities(k1, k2, c0);
      const cc = candidates(maxC);
      const ce = candidates(maxE);
      if (((cc | ce) & K) === 0) continue;
      while (j < count && (cis[j] < ci || (cis[j] === ci && is[j] < i))) j++;
      const was = j < count && cis[j] === ci && is[j] === i; // reached in the central run
      const L = NT[hashU32(k1, k2, c0) >>> TABLE_SHIFT];
      const pc = was ? off[j * 5 + 4] : 0;
      const pn = ce !== 0 ? protect(c0, ce, firstTy, L, L, false) : 0;
      const bl = L > tau;
      const scc = L - pc > tau;
      const scn = L - pn > tau;
      if (ci === target && i < picN) {
        pic[!bl ? 0 : scc ? 2 : 1]--;
        pic[!bl ? 0 : scn ? 2 : 1]++;
      }
      if (ci < H) {
        b.atRisk[o + ci] += (scn ? 1 : 0) - (scc ? 1 : 0);
        if (ci === target && bl)
          for (let k = 0; k < 4; k++) {
            const before = was ? L - pc + off[j * 5 + k] > tau : true;
            const after = ce !== 0 ? L - pn + O[k] > tau : true;
            loo[k] += (after ? 1 : 0) - (before ? 1 : 0);
          }
      } else if (bl) b.helpedAfter[r * LATER + ci - H] += (scn ? 0 : 1) - (scc ? 0 : 1);
    }
  }
  finish(c, r, b, K, reached, prm, s, loo, pic);
  return true;
}

/** Reach, spending, the cost factor, leave-one-out and the picture of run r of the end (both kinds of population). */
function finish(
  c: RunBatch,
  r: number,
  b: RunBatch,
  K: number,
  reached: Float64Array[],
  prm: RunParams,
  s: Scenario,
  loo: number[],
  pic: number[],
): void {
  const Y = c.years;
  const o = r * Y;
  // Reach: the changed areas' tallies from the children followed again (all whom they reach), the others the central run's.
  for (let k = 0; k < 4; k++) {
    const a = AREAS[k];
    const row = (K & (1 << k)) !== 0 ? reached[k] : c.reached[a].subarray(o, o + Y);
    b.reached[a].set(row.subarray(0, Y), o);
    for (let y = 0; y < Y; y++) b.spending[a][o + y] = row[y] * prm.cost[k];
  }
  b.costFactor[r] = exclusionFactor(s, prm);
  AREAS.forEach((a, k) => (b.leaveOneOut[a][r] = loo[k]));
  b.pictures.set(pic, r * 3);
  if (r === 0) Object.assign(b.cohort, c.cohort, { neverAtRisk: pic[0], helped: pic[1], stillAtRisk: pic[2] });
}

/**
 * The same for a weighted sample: the helped sums are taken again child by child in the run's order (only children
 * with an offset add, as weightedCohort adds them), each child's support the end's where it was followed again, else
 * the central run's (the record); the cohort's helped estimate and its noise as simulateRun draws them.
 */
function weightedPartial(
  s: Scenario,
  seed: string,
  lay: Layout,
  c: RunBatch,
  r: number,
  rec: Reached,
  b: RunBatch,
  K: number,
  z: Float64Array,
): boolean {
  const { H, n, target } = lay;
  const Y = c.years;
  const o = r * Y;
  const cctx = rec.setup!.ctx;
  const reached = AREAS.map(() => new Float64Array(H));
  const { ctx, prm } = runSetup(s, seed, c.runStart + r, lay, reached, null);
  const protect = protectionFor(ctx);
  const { tau, rho, sig, k1, k2, perm } = ctx;
  const maxC = cctx.reach.maxPi;
  const maxE = ctx.reach.maxPi;
  const NT = NORMAL_TABLE;
  const picN = Math.min(n, PICTURE_MAX);
  const invN = 1 / n;
  const p0 = s.baseRisk;
  const { ci: cis, i: is, L15: L15s, off, count } = rec;
  b.baselineAtRisk.set(c.baselineAtRisk.subarray(o, o + Y), o);
  const pic = [c.pictures[r * 3], c.pictures[r * 3 + 1], c.pictures[r * 3 + 2]];
  const loo = AREAS.map((a) => c.leaveOneOut[a][r]);
  const add = { s1: 0, s2: 0, l: [0, 0, 0, 0], later: 0 };
  /** One child's part of the sums (weightedCohort's arithmetic, in its order). */
  const child = (headline: boolean, isTarget: boolean, w: number, L15: number, P: number, Ok: ArrayLike<number>) => {
    if (!(P > 0)) return;
    const m = rho * L15;
    const hi = Phi((tau - m) / sig);
    const ph = Phi((tau + P - m) / sig) - hi;
    if (headline) {
      add.s1 += ph;
      add.s2 += ph * ph;
      if (isTarget) for (let k = 0; k < 4; k++) add.l[k] += Phi((tau + P - Ok[k] - m) / sig) - hi;
    } else add.later += ph * w;
  };
  const Oc = new Float64Array(4);
  let j = 0;
  for (let ci = 0; ci < H + LATER; ci++) {
    const headline = ci < H;
    const isTarget = ci === target;
    const w = lay.wc[ci];
    ctx.w[0] = w;
    add.s1 = add.s2 = add.later = 0;
    add.l.fill(0);
    if (touchedBy(cctx, ci)) {
      const firstTy = ci - 16;
      stratumOffsets(k1, k2, ci, n);
      const [oL, o0, o1, o2, o3] = OFF;
      for (let i = 0; i < n; i++) {
        const c0 = (ci * n + i) * SLOTS;
        while (j < count && (cis[j] < ci || (cis[j] === ci && is[j] < i))) j++;
        const was = j < count && cis[j] === ci && is[j] === i;
        drawPropensities(k1, k2, c0);
        stratify(i, n, invN, perm, o0, o1, o2, o3);
        const cc = candidates(maxC);
        const ce = candidates(maxE);
        if (((cc | ce) & K) === 0) {
          // the central run's support (none when it reached nobody)
          if (was) {
            for (let k = 0; k < 4; k++) Oc[k] = off[j * 5 + k];
            child(headline, isTarget, w, L15s[j], off[j * 5 + 4], Oc);
          }
          continue;
        }
        const h0 = hashU32(k1, k2, c0);
        const L15 = stratifiedL15(i, n, invN, perm, h0, oL);
        const L = rho * L15 + sig * NT[hashU32(k1, k2, c0 + 1) >>> TABLE_SHIFT];
        const pc = was ? off[j * 5 + 4] : 0;
        const pn = ce !== 0 ? protect(c0, ce, firstTy, L, L15, true) : 0;
        if (isTarget && i < picN) {
          pic[!(L > tau) ? 0 : L - pc > tau ? 2 : 1]--;
          pic[!(L > tau) ? 0 : L - pn > tau ? 2 : 1]++;
        }
        child(headline, isTarget, w, L15, pn, O);
      }
    }
    if (!headline) {
      b.helpedAfter[r * LATER + ci - H] = add.later;
      continue;
    }
    const z2 = z[RUN_PARAM_DRAWS + 2 * ci + 1];
    const N = lay.births[ci];
    const Xb = c.baselineAtRisk[o + ci];
    const ve = sampleVariance(N, w, n, add.s1, add.s2);
    const thin = (sum: number) => sampledHelped(Xb, N, w, p0, ve, z2, sum);
    b.atRisk[o + ci] = Xb - thin(add.s1);
    if (isTarget) for (let k = 0; k < 4; k++) loo[k] = Xb - thin(add.l[k]);
  }
  finish(c, r, b, K, reached, prm, s, loo, pic);
  return true;
}
