/**
 * The tornado's one pass (issue 23, MODEL.md "What decides the answer"): the central run and the ends whose
 * assumption leaves every child's support as it was, in one simulation. An effect, the practice adjustment, the
 * linkages, the decay and the dose rule enter a child only through its offset at 16 (`areaOffset`: d × dose[years of
 * support] × fadeAt[age of the last year]); who is reached, when, and for how long is decided by the reach rates,
 * the persistence and the child's own draws, none of which they touch. So the central run records, for every child
 * some area reached, its liability, and its years and last age of support per area (protection.ts SUPPORT); an end
 * then takes the central run's counts and changes only what those children contribute under its own offsets. The
 * same holds for any pin whose run keeps the central reach rates and persistence (a unit cost of an area without
 * budget, the detection lever without an early-detection budget): the pass checks it run by run, and a run whose
 * reach rates or persistence differ is simulated in full for that end. Every end's batch equals, to the last bit,
 * the batch of a separate simulation with that pin (tests/model/tornadoPass.test.ts).
 */
import { PICTURE_MAX } from './assumptions';
import { PhiTable } from './children';
import { offsetTables, reachRates, sampleVariance, sampledHelped } from './cohort';
import type { RunSetup } from './cohort';
import { areaOffset as areaOffset_ } from './draws';
import { drawRunParams, exclusionFactor } from './economics';
import type { Pins } from './pins';
import { SUPPORT } from './protection';
import { Xor128 } from './rng';
import type { ReachRates } from './runContext';
import { layoutFor } from './sample';
import type { Layout, SimOptions } from './sample';
import { emptyBatch, runInto, runScratch } from './simulate';
import { AREAS } from './types';
import type { RunBatch, Scenario } from './types';

const areaOffset = areaOffset_;
const Phi = PhiTable;
const LATER = 16;

/** One run's children that some area reached, in the order the run met them (cohort by cohort, child by child). */
class Reached {
  count = 0;
  ci = new Int32Array(256);
  i = new Int32Array(256);
  L = new Float64Array(256);
  L15 = new Float64Array(256);
  /** 8 per child: years of support per area, then the age of the last year (SUPPORT's layout). */
  sup = new Int32Array(256 * 8);
  setup: RunSetup | null = null;

  readonly child = (ci: number, i: number, L: number, L15: number): void => {
    if (SUPPORT[4] < 0 && SUPPORT[5] < 0 && SUPPORT[6] < 0 && SUPPORT[7] < 0) return; // nobody reached it
    const j = this.count++;
    if (j === this.ci.length) this.grow();
    this.ci[j] = ci;
    this.i[j] = i;
    this.L[j] = L;
    this.L15[j] = L15;
    this.sup.set(SUPPORT, j * 8);
  };
  readonly hook = { child: this.child, setup: (r: RunSetup) => void (this.setup = r) };

  private grow() {
    const n = this.ci.length * 2;
    const g = <T extends Int32Array | Float64Array>(a: T, k = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(n * k);
      b.set(a);
      return b;
    };
    this.ci = g(this.ci);
    this.i = g(this.i);
    this.L = g(this.L);
    this.L15 = g(this.L15);
    this.sup = g(this.sup, 8);
  }
}

/** A child's offsets at 16 under one set of effects and tables, into `o` (0..3 per area, 4 the sum as protection adds it). */
function offsets(
  sup: Int32Array,
  j: number,
  d: Float64Array,
  dose: Float64Array,
  fadeAt: Float64Array,
  o: Float64Array,
): number {
  const b = j * 8;
  const o0 = areaOffset(d[0], dose, sup[b], fadeAt, sup[b + 4]);
  const o1 = areaOffset(d[1], dose, sup[b + 1], fadeAt, sup[b + 5]);
  const o2 = areaOffset(d[2], dose, sup[b + 2], fadeAt, sup[b + 6]);
  const o3 = areaOffset(d[3], dose, sup[b + 3], fadeAt, sup[b + 7]);
  o[0] = o0;
  o[1] = o1;
  o[2] = o2;
  o[3] = o3;
  return (o[4] = o0 + o1 + o2 + o3);
}

function sameReach(a: ReachRates, b: ReachRates): boolean {
  const eq = (x: Float64Array, y: Float64Array) => x.length === y.length && x.every((v, k) => v === y[k]);
  return eq(a.detLever, b.detLever) && a.pi.every((row, k) => eq(row, b.pi[k]));
}

export interface PassEnd {
  pins: Pins;
}

/** What the pass gives: the central batch, one batch per end, and how many of the ends' runs needed a full simulation. */
export interface PassResult {
  central: RunBatch;
  ends: RunBatch[];
  fullRuns: number;
}

/**
 * Runs [runStart, runEnd) of `s` (the central run, with `opts`) and of each end: the scenario with the end's pins
 * added to `opts.pins`. `onChunk` is told after every `chunk` runs (a worker's sign of life).
 */
export function tornadoPass(
  s: Scenario,
  seed: string,
  runStart: number,
  runEnd: number,
  ends: readonly PassEnd[],
  opts: SimOptions = {},
  onChunk?: () => void,
  chunk = 50,
): PassResult {
  const n = Math.max(0, runEnd - runStart);
  const lay = layoutFor(s, opts);
  const central = emptyBatch(s, lay, runStart, n);
  const scratch = runScratch(s, lay);
  const endLay = ends.map((e) => layoutFor(s, { ...opts, pins: { ...(opts.pins ?? {}), ...e.pins } }));
  const out = ends.map(() => emptyBatch(s, lay, runStart, n));
  const rec = new Reached();
  const work = { oc: new Float64Array(5), on: new Float64Array(5) };
  let fullRuns = 0;
  for (let r = 0; r < n; r++) {
    rec.count = 0;
    runInto(s, seed, lay, central, r, scratch, rec.hook);
    ends.forEach((_, e) => {
      if (!fromCentral(s, seed, endLay[e], central, r, rec, out[e], work)) {
        fullRuns++;
        runInto(s, seed, endLay[e], out[e], r, scratch);
      }
    });
    if (onChunk && (r + 1) % chunk === 0 && r + 1 < n) onChunk();
  }
  return { central, ends: out, fullRuns };
}

/**
 * Run index r of an end from the central run's children (false: its reach rates or persistence differ in this run,
 * the caller simulates it). What simulateRun would write, written the same way: the central run's counts changed by
 * the reached children's outcomes under the end's offsets (exact populations: whole counts), or the reached
 * children's sums taken again in the same order (weighted samples: the helped estimate and its noise, z2 drawn from
 * the run's parameter stream as simulateRun draws it).
 */
function fromCentral(
  s: Scenario,
  seed: string,
  lay: Layout,
  c: RunBatch,
  r: number,
  rec: Reached,
  b: RunBatch,
  work: { oc: Float64Array; on: Float64Array },
): boolean {
  const setup = rec.setup!;
  const run = c.runStart + r;
  const pg = new Xor128(`${seed}:${run}:P`);
  const prm = drawRunParams(s, pg, lay.pins);
  const ctx = setup.ctx;
  const cp = setup.prm;
  if (prm.rho !== cp.rho) return false;
  // The reach rates are a function of the scenario, the persistence, the unit costs and the lever's constants: when
  // those are the central run's they are its rates; otherwise computed, and compared.
  const sameInputs =
    prm.leverMax === cp.leverMax && prm.leverScale === cp.leverScale && prm.cost.every((v, k) => v === cp.cost[k]);
  if (!sameInputs) {
    const reach = reachRates(s, lay, prm, [s.detect, s.parent, s.firstline, s.school], setup.eligible);
    if (!sameReach(reach, ctx.reach)) return false;
  }

  const { H, n, sampled, target } = lay;
  const Y = c.years;
  const o = r * Y;
  const { oc, on } = work;
  // (the central run's tables where their inputs are the same)
  const { fadeAt, dose } = prm.fade === cp.fade && prm.doseRatio === cp.doseRatio ? ctx : offsetTables(prm);
  const d = prm.d;
  const { tau, rho, sig } = ctx;
  b.baselineAtRisk.set(c.baselineAtRisk.subarray(o, o + Y), o);
  AREAS.forEach((a, k) => {
    const reached = c.reached[a].subarray(o, o + Y);
    b.reached[a].set(reached, o);
    const sp = b.spending[a];
    for (let y = 0; y < Y; y++) sp[o + y] = reached[y] * prm.cost[k];
  });
  b.costFactor[r] = exclusionFactor(s, prm);
  const picN = Math.min(n, PICTURE_MAX);
  const pic = [c.pictures[r * 3], c.pictures[r * 3 + 1], c.pictures[r * 3 + 2]];
  const picture = (atRisk: boolean, still: boolean, by: number) => {
    pic[!atRisk ? 0 : still ? 2 : 1] += by;
  };
  const { ci: cis, i: is, L: Ls, L15: L15s, sup, count } = rec;
  const after = b.helpedAfter;
  const loo = AREAS.map((a) => c.leaveOneOut[a][r]);

  if (!sampled) {
    // Whole counts: the central run's, less what the reached children gave there, plus what they give here.
    b.atRisk.set(c.atRisk.subarray(o, o + Y), o);
    after.set(c.helpedAfter.subarray(r * LATER, (r + 1) * LATER), r * LATER);
    for (let j = 0; j < count; j++) {
      const ci = cis[j];
      const L = Ls[j];
      const pc = offsets(sup, j, ctx.d, ctx.dose, ctx.fadeAt, oc);
      const pn = offsets(sup, j, d, dose, fadeAt, on);
      const bl = L > tau;
      const scc = L - pc > tau;
      const scn = L - pn > tau;
      if (ci === target && is[j] < picN) {
        picture(bl, scc, -1);
        picture(bl, scn, 1);
      }
      if (ci < H) {
        b.atRisk[o + ci] += (scn ? 1 : 0) - (scc ? 1 : 0);
        if (ci === target && bl)
          for (let k = 0; k < 4; k++) loo[k] += (L - pn + on[k] > tau ? 1 : 0) - (L - pc + oc[k] > tau ? 1 : 0);
      } else if (bl) after[r * LATER + ci - H] += (scn ? 0 : 1) - (scc ? 0 : 1);
    }
  } else {
    // Sums of the helped chances, taken again child by child in the run's order (only children with an offset add).
    const p0 = s.baseRisk;
    let j = 0;
    for (let ci = 0; ci < H + LATER; ci++) {
      const w = lay.wc[ci];
      let s1 = 0;
      let s2 = 0;
      let l0 = 0,
        l1 = 0,
        l2 = 0,
        l3 = 0;
      let later = 0;
      for (; j < count && cis[j] === ci; j++) {
        const L = Ls[j];
        const pc = offsets(sup, j, ctx.d, ctx.dose, ctx.fadeAt, oc);
        const P = offsets(sup, j, d, dose, fadeAt, on);
        if (ci === target && is[j] < picN) {
          picture(L > tau, L - pc > tau, -1);
          picture(L > tau, L - P > tau, 1);
        }
        if (!(P > 0)) continue;
        const m = rho * L15s[j];
        const hi = Phi((tau - m) / sig);
        const ph = Phi((tau + P - m) / sig) - hi;
        if (ci < H) {
          s1 += ph;
          s2 += ph * ph;
          if (ci === target) {
            l0 += Phi((tau + P - on[0] - m) / sig) - hi;
            l1 += Phi((tau + P - on[1] - m) / sig) - hi;
            l2 += Phi((tau + P - on[2] - m) / sig) - hi;
            l3 += Phi((tau + P - on[3] - m) / sig) - hi;
          }
        } else later += ph * w;
      }
      if (ci >= H) {
        after[r * LATER + ci - H] = later;
        continue;
      }
      const z1 = pg.normal();
      const z2 = pg.normal();
      void z1; // the baseline count's draw: the central run's count is the same
      const N = lay.births[ci];
      const Xb = c.baselineAtRisk[o + ci];
      const ve = sampleVariance(N, w, n, s1, s2);
      const thin = (sum: number) => sampledHelped(Xb, N, w, p0, ve, z2, sum);
      b.atRisk[o + ci] = Xb - thin(s1);
      if (ci === target) [l0, l1, l2, l3].forEach((l, k) => (loo[k] = Xb - thin(l)));
    }
  }
  AREAS.forEach((a, k) => (b.leaveOneOut[a][r] = loo[k]));
  b.pictures.set(pic, r * 3);
  if (r === 0) Object.assign(b.cohort, c.cohort, { neverAtRisk: pic[0], helped: pic[1], stillAtRisk: pic[2] });
  return true;
}
