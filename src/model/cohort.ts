/**
 * The cohort model: one run simulates every child of every cohort alive during the horizon,
 * year by year from birth to 16, under the baseline and the scenario at once (common random
 * numbers). See MODEL.md for the states, the transitions and the calibration.
 *
 * Random numbers per run (all derived only from seed and run index):
 *   `${seed}:${run}`    two key words for counter-based draws: child j of the run owns counters
 *                       64j .. 64j+63 (liability innovations, reach propensities, detection)
 *   `${seed}:${run}:P`  parameter draws (16 normals, economics.ts) and, for weighted samples, two normals per cohort
 * The baseline uses only the liability draws, which no budget touches: every scenario of one seed
 * shares the very same baseline children, and support only ever lowers a child's liability.
 */
import { AREA_SPECS, VISIBLE_SHARE, detectionRate } from './assumptions';
import { AGES, NA, areaAges, capacityFactor, eligibleShares, expectedEligible } from './capacity';
import { simulateCohort } from './children';
import { drawRunParams, exclusionFactor } from './economics';
import { detectionRateWithBudget, doseEffect } from './formulas';
import { PhiInv, Xor128, seedState } from './rng';
import { ELIGIBILITY } from './runContext';
import type { ChildHook, CohortAcc, ReachRates, RunCtx } from './runContext';
import type { RunParams } from './economics';
import { stratumTables } from './sample';
import type { Layout } from './sample';
import { AREAS } from './types';
import type { CohortPicture, Scenario } from './types';

export {
  RHO_GRID,
  areaAges,
  candidateShare,
  capacityFactor,
  eligibleShares,
  expectedEligible,
  pilotShares,
  planYears,
  rampFactor,
  targetYearIndex,
} from './capacity';
export { annuityFromSixteen, drawRunParams } from './economics';
export type { RunParams } from './economics';
export { layout, stratumTables } from './sample';
export type { Layout } from './sample';

/** Where one run writes its results: views of the batch arrays at the run's offset. */
export interface RunSink {
  atRisk: Float64Array; // years
  baselineAtRisk: Float64Array; // years
  reached: Float64Array[]; // per area, years
  spending: Float64Array[]; // per area, years
  /** leave-one-out at-risk counts of the target cohort, per area */
  loo: Float64Array;
  /** children helped in each of the 16 cohorts leaving school after the horizon */
  helpedAfter: Float64Array;
  /** the run's drawn factor on the cost of exclusion */
  costFactor: { value: number };
  picture: CohortPicture | null;
}

/** A run's shared context and its parameter stream (drawn from first, then used per weighted cohort). */
export interface RunSetup {
  ctx: RunCtx;
  prm: RunParams;
  pg: Xor128;
  /** each area's expected eligible children at the run's persistence (eligibleCounts), which the reach rates use */
  eligible: Float64Array;
}

/**
 * Everything run `run` of scenario `s` shares: parameter draws, reach rates from the budgets,
 * detection, the key words of the counter-based draws. `reached` receives reach per area and year.
 */
export function runSetup(
  s: Scenario,
  seed: string,
  run: number,
  lay: Layout,
  reached: Float64Array[],
  picture: CohortPicture | null,
  record: ChildHook | null = null,
): RunSetup {
  const pg = new Xor128(`${seed}:${run}:P`);
  const prm = drawRunParams(s, pg, lay.pins);
  const rho = prm.rho;
  const { fadeAt, dose } = offsetTables(prm);
  const eligible = eligibleCounts(s, rho);
  const elig = Int32Array.from(AREAS.map((a) => ELIGIBILITY.indexOf(AREA_SPECS[a].eligible)));
  const key = seedState(`${seed}:${run}`);
  const ctx: RunCtx = {
    lay,
    tau: PhiInv(1 - s.baseRisk),
    tauV: PhiInv(1 - VISIBLE_SHARE),
    rho,
    sig: Math.sqrt(1 - rho * rho),
    k1: key[0],
    k2: key[1],
    reach: reachRates(s, lay, prm, [s.detect, s.parent, s.firstline, s.school], eligible),
    elig,
    ageLo: Int32Array.from(AREAS.map((a) => areaAges(s, a)[0])),
    ageHi: Int32Array.from(AREAS.map((a) => areaAges(s, a)[1])),
    detMask: elig.reduce((m, e, k) => (e >= 2 ? m | (1 << k) : m), 0),
    courseMask: elig.reduce((m, e, k) => (e === 0 ? m | (1 << k) : m), 0),
    leverAgeMax: AREA_SPECS.detect.ageMax,
    dose,
    pathMask: elig.reduce((m, e, k) => (e >= 1 ? m | (1 << k) : m), 0),
    d: prm.d,
    fadeAt,
    reached,
    picture,
    path: new Float64Array(AGES + 1),
    w: Float64Array.of(1),
    perm: lay.sampled ? stratumTables(lay.n) : new Int32Array(0),
    record,
  };
  return { ctx, prm, pg, eligible };
}

/**
 * A run's tables of the offset at 16 (areaOffset, draws.ts): `fadeAt[a]`, what is left at 16 of support last given
 * at age a (decaying by the yearly rate from the end of support), and `dose[k]`, the effect of k years of support
 * relative to one year (the dose rule).
 */
export function offsetTables(prm: Pick<RunParams, 'fade' | 'doseRatio'>): { fadeAt: Float64Array; dose: Float64Array } {
  const keep = 1 - prm.fade;
  const fadeAt = new Float64Array(AGES);
  for (let a = 0; a < AGES; a++) fadeAt[a] = Math.pow(keep, AGES - 1 - a);
  const dose = new Float64Array(AGES + 1);
  for (let k = 0; k <= AGES; k++) dose[k] = doseEffect(1, k, prm.doseRatio);
  return { fadeAt, dose };
}

/**
 * The budget-dependent inputs of a run (grouped so that the same children can be evaluated under other
 * budgets by swapping `ctx.reach`): each area's reach rate per plan year, places / expected eligible
 * children, capped (places = budget × ramp × (1 − turnover) / cost; for parental support a place is a
 * course, one per child, so the expected eligible are one cohort a year), and the detection lever: the
 * share of the remaining gap to certain detection that the early-detection budget closes each plan year,
 * `maxExtra × (1 − exp(−budget × capacity / (eligible × costScale)))` (evidence.ts
 * `detectionRateWithBudget`). Every rate is non-decreasing in every budget.
 */
export function reachRates(
  s: Scenario,
  lay: Layout,
  prm: RunParams,
  budgets: readonly number[],
  eligible: Float64Array = eligibleCounts(s, prm.rho),
): ReachRates {
  const { H, planEnd } = lay;
  const pi: Float64Array[] = [];
  const maxPi = new Float64Array(NA);
  for (let k = 0; k < NA; k++) {
    const spec = AREA_SPECS[AREAS[k]];
    const E = eligible[k];
    const row = new Float64Array(H);
    for (let ty = 0; ty < planEnd; ty++) {
      row[ty] = reachRate(spec.cap, budgets[k], capacityFactor(s, ty), prm.cost[k], E);
      if (row[ty] > maxPi[k]) maxPi[k] = row[ty];
    }
    pi.push(row);
  }
  const detRate = new Float64Array(AGES);
  for (let a = 0; a < AGES; a++) detRate[a] = detectionRate(a);
  const detLever = new Float64Array(H);
  const Edet = eligible[0];
  for (let ty = 0; ty < planEnd; ty++) {
    // detectionRateWithBudget(0, …) is exactly the lever's extra share of the remaining gap
    detLever[ty] = detectionRateWithBudget(0, budgets[0] * capacityFactor(s, ty), Edet, prm.leverMax, prm.leverScale);
  }
  return { pi, maxPi, detRate, detLever, any: maxPi.some((v) => v > 0) };
}

/** One area's reach rate in a plan year: places (budget x capacity factor cf / cost per child) over the expected eligible E, capped. */
export function reachRate(cap: number, budget: number, cf: number, cost: number, E: number): number {
  const places = (budget * cf) / cost;
  return E > 0 ? Math.min(cap, places / E) : 0;
}

/** Each area's expected eligible children in a year at persistence `rho` (expectedEligible, in AREAS order). */
export function eligibleCounts(s: Scenario, rho: number): Float64Array {
  const pilot = eligibleShares(rho); // once for the four areas (it is interpolated for every run's rho)
  const out = new Float64Array(NA);
  for (let k = 0; k < NA; k++) out[k] = expectedEligible(s, AREAS[k], rho, pilot);
  return out;
}

/**
 * Simulate run `run` of scenario `s` and write it into `sink`.
 * Cohort ci (0 .. H+15) is born in startYear - 16 + ci and leaves school in year index ci.
 */
export function simulateRun(
  s: Scenario,
  seed: string,
  run: number,
  lay: Layout,
  sink: RunSink,
  /** Told of every candidate (RunCtx.record) and, before the children, of the run's setup: the tornado's pass. */
  record: { child: ChildHook; setup(r: RunSetup): void } | null = null,
): void {
  const { H, planEnd, target, sampled, n } = lay;
  const p0 = s.baseRisk;
  const setup = runSetup(s, seed, run, lay, sink.reached, sink.picture, record?.child ?? null);
  record?.setup(setup);
  const { ctx, prm, pg } = setup;
  const anyReach = ctx.reach.any;
  const acc: CohortAcc = { base: 0, scen: 0, s1: 0, s2: 0, loo: new Float64Array(NA), later: 0 };

  const laterHelped = sink.helpedAfter;
  laterHelped.fill(0);
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
      const N = lay.births[ci];
      const w = lay.wc[ci];
      const Xb = sampledBaseline(N, p0, z1);
      const ve = sampleVariance(N, w, n, acc.s1, acc.s2);
      const thin = (sum: number) => sampledHelped(Xb, N, w, p0, ve, z2, sum);
      sink.baselineAtRisk[ci] = Xb;
      sink.atRisk[ci] = Xb - thin(acc.s1);
      if (ci === target) for (let k = 0; k < NA; k++) sink.loo[k] = Xb - thin(acc.loo[k]);
    }
  }

  // Spending; the avoided costs are booked from the helped counts in summarize (cashflow.ts).
  for (let k = 0; k < NA; k++) for (let y = 0; y < H; y++) sink.spending[k][y] = sink.reached[k][y] * prm.cost[k];
  sink.costFactor.value = exclusionFactor(s, prm);
}

/** A weighted cohort's count at risk without a plan: binomial(N, p0) by its normal approximation (normal z1). */
export function sampledBaseline(N: number, p0: number, z1: number): number {
  return clamp(N * p0 + Math.sqrt(N * p0 * (1 - p0)) * z1, 0, N);
}

/** The variance of a weighted cohort's helped estimate from its sample (sums s1, s2 of n children of weight w). */
export function sampleVariance(N: number, w: number, n: number, s1: number, s2: number): number {
  return N * w * Math.max(0, s2 / n - (s1 / n) * (s1 / n));
}

/**
 * A weighted cohort's helped count: a thinning of its baseline count Xb with the sample's estimated share
 * (`sum` of the children's chances of being helped), its noise (normal z2) matched so the total variance is binomial.
 */
export function sampledHelped(Xb: number, N: number, w: number, p0: number, ve: number, z2: number, sum: number) {
  const h = clamp((w * sum) / (N * p0), 0, 1);
  const extra = Math.max(0, Xb * h * (1 - h) - ve);
  return clamp(Xb * h + Math.sqrt(extra) * z2, 0, Xb);
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
