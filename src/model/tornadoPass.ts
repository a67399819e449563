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
import { RUN_PARAM_DRAWS, exclusionFactor, runParamsFrom } from './economics';
import type { Pins } from './pins';
import { SUPPORT } from './protection';
import { Xor128 } from './rng';
import type { ReachRates, RunCtx } from './runContext';
import { partialFromCentral } from './tornadoPartial';
import { layoutFor } from './sample';
import type { Layout, SimOptions } from './sample';
import { emptyBatch, runInto, runScratch } from './simulate';
import { AREAS } from './types';
import type { RunBatch, Scenario } from './types';

const areaOffset = areaOffset_;
const Phi = PhiTable;
const LATER = 16;

/** One run's children that some area reached, in the order the run met them (cohort by cohort, child by child). */
export class Reached {
  count = 0;
  ci = new Int32Array(256);
  i = new Int32Array(256);
  L = new Float64Array(256);
  L15 = new Float64Array(256);
  /** 8 per child: years of support per area, then the age of the last year (SUPPORT's layout). */
  sup = new Int32Array(256 * 8);
  /** 5 per child: its offsets in the central run (per area, then their sum), set by `centralOffsets`. */
  off = new Float64Array(256 * 5);
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
    this.off = g(this.off, 5);
  }

  /** The recorded children's offsets under the central run's effects and tables (once per run, for every end). */
  centralOffsets(): void {
    const { ctx } = this.setup!;
    const o = new Float64Array(5);
    for (let j = 0; j < this.count; j++) {
      offsets(this.sup, j, ctx.d, ctx.dose, ctx.fadeAt, o);
      this.off.set(o, j * 5);
    }
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

/**
 * The areas whose reach differs between the central run's rates and `reach`: those whose rate differs in some plan
 * year, and, when the detection lever's rates differ, those that act on a need known with the lever (eligibility 2).
 */
function changedAreas(ctx: RunCtx, reach: ReachRates): number {
  const eq = (x: Float64Array, y: Float64Array) => x.length === y.length && x.every((v, k) => v === y[k]);
  let K = 0;
  for (let k = 0; k < 4; k++) if (!eq(reach.pi[k], ctx.reach.pi[k])) K |= 1 << k;
  if (!eq(reach.detLever, ctx.reach.detLever)) for (let k = 0; k < 4; k++) if (ctx.elig[k] === 2) K |= 1 << k;
  return K;
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
  // The run's normals as simulateRun draws them from its parameter stream: drawRunParams' 16, then two per headline
  // cohort of a weighted sample (drawn once per run here, for every end).
  const work = { on: new Float64Array(5), pic: new Float64Array(3), z: new Float64Array(RUN_PARAM_DRAWS + 2 * lay.H) };
  let fullRuns = 0;
  for (let r = 0; r < n; r++) {
    rec.count = 0;
    runInto(s, seed, lay, central, r, scratch, rec.hook);
    if (ends.length > 0) rec.centralOffsets();
    const pg = new Xor128(`${seed}:${runStart + r}:P`);
    for (let k = 0; k < (lay.sampled ? work.z.length : RUN_PARAM_DRAWS); k++) work.z[k] = pg.normal();
    ends.forEach((_, e) => {
      if (!fromCentral(s, seed, endLay[e], central, r, rec, out[e], work)) {
        fullRuns++;
        runInto(s, seed, endLay[e], out[e], r, scratch);
      }
    });
    // a sign of life every `chunk` runs, and after every run once the run carries ends (each of all of Sweden's takes
    // several milliseconds: 50 runs of a pass would outlast the watchdog's patience)
    if (onChunk && r + 1 < n && (ends.length > 0 || (r + 1) % chunk === 0)) onChunk();
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
  work: { on: Float64Array; pic: Float64Array; z: Float64Array },
): boolean {
  const setup = rec.setup!;
  const prm = runParamsFrom(s, work.z, lay.pins);
  const ctx = setup.ctx;
  const cp = setup.prm;
  if (prm.rho !== cp.rho) return false;
  // The reach rates are a function of the scenario, the persistence, the unit costs and the lever's constants: when
  // those are the central run's they are its rates; otherwise computed, and compared.
  const pc = prm.cost;
  const cc = cp.cost;
  const sameInputs =
    prm.leverMax === cp.leverMax &&
    prm.leverScale === cp.leverScale &&
    pc[0] === cc[0] &&
    pc[1] === cc[1] &&
    pc[2] === cc[2] &&
    pc[3] === cc[3];
  if (!sameInputs) {
    const reach = reachRates(s, lay, prm, [s.detect, s.parent, s.firstline, s.school], setup.eligible);
    if (!sameReach(reach, ctx.reach)) {
      const K = changedAreas(ctx, reach);
      const sameOffsets =
        prm.fade === cp.fade && prm.doseRatio === cp.doseRatio && prm.d.every((v, k) => v === cp.d[k]);
      return sameOffsets && reach.any === ctx.reach.any && K !== 0
        ? partialFromCentral(s, seed, lay, c, r, rec, b, K, work.z)
        : false;
    }
  }

  const { H, n, sampled, target } = lay;
  const Y = c.years;
  const o = r * Y;
  const { on } = work;
  // (the central run's tables where their inputs are the same)
  const { fadeAt, dose } = prm.fade === cp.fade && prm.doseRatio === cp.doseRatio ? ctx : offsetTables(prm);
  const d = prm.d;
  const { tau, rho, sig } = ctx;
  b.baselineAtRisk.set(c.baselineAtRisk.subarray(o, o + Y), o);
  for (let k = 0; k < 4; k++) {
    const a = AREAS[k];
    const reached = c.reached[a];
    b.reached[a].set(reached.subarray(o, o + Y), o);
    const sp = b.spending[a];
    const cost = prm.cost[k];
    for (let y = o; y < o + Y; y++) sp[y] = reached[y] * cost;
  }
  b.costFactor[r] = exclusionFactor(s, prm);
  const picN = Math.min(n, PICTURE_MAX);
  // The cohort picture's counts (never at risk, helped, still at risk), changed as picture() in children.ts counts.
  const pic = work.pic;
  pic.set(c.pictures.subarray(r * 3, r * 3 + 3));
  const { ci: cis, i: is, L: Ls, L15: L15s, sup, off, count } = rec;
  const after = b.helpedAfter;
  const loo = AREAS.map((a) => c.leaveOneOut[a][r]);

  if (!sampled) {
    // Whole counts: the central run's, less what the reached children gave there, plus what they give here.
    b.atRisk.set(c.atRisk.subarray(o, o + Y), o);
    after.set(c.helpedAfter.subarray(r * LATER, (r + 1) * LATER), r * LATER);
    for (let j = 0; j < count; j++) {
      const ci = cis[j];
      const L = Ls[j];
      const pc = off[j * 5 + 4];
      const pn = offsets(sup, j, d, dose, fadeAt, on);
      const bl = L > tau;
      const scc = L - pc > tau;
      const scn = L - pn > tau;
      if (ci === target && is[j] < picN) {
        pic[!bl ? 0 : scc ? 2 : 1]--;
        pic[!bl ? 0 : scn ? 2 : 1]++;
      }
      if (ci < H) {
        b.atRisk[o + ci] += (scn ? 1 : 0) - (scc ? 1 : 0);
        if (ci === target && bl)
          for (let k = 0; k < 4; k++)
            loo[k] += (L - pn + on[k] > tau ? 1 : 0) - (L - pc + off[j * 5 + k] > tau ? 1 : 0);
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
        const pc = off[j * 5 + 4];
        const P = offsets(sup, j, d, dose, fadeAt, on);
        if (ci === target && is[j] < picN) {
          pic[!(L > tau) ? 0 : L - pc > tau ? 2 : 1]--;
          pic[!(L > tau) ? 0 : L - P > tau ? 2 : 1]++;
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
      const z2 = work.z[RUN_PARAM_DRAWS + 2 * ci + 1]; // (z1, the baseline count's draw: the central count is the same)
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
