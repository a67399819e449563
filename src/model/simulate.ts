/**
 * The model's public API (used by the engine, the workers, the CLI and the tests):
 *   simulateRuns(scenario, seed, runStart, runEnd) -> RunBatch   (runs are independent: any chunking)
 *   mergeBatches(batches) -> RunBatch                              (concatenation in run order)
 *   summarize(scenario, seed, batch) -> SimResult                  (bands, halving, economics, ...)
 *   simulate(scenario, { runs, seed }) -> SimResult
 * The cohort model itself is in cohort.ts; MODEL.md documents it.
 */
import { PICTURE_MAX } from './assumptions';
import { LATER_COHORTS, cashflows } from './cashflow';
import { planYears, simulateRun } from './cohort';
import { cohortBirths, layoutFor } from './sample';
import type { SimOptions } from './sample';
import type { RunSink } from './cohort';
import { TARGET_COHORTS, targetIndexOf } from './params';
import { bands, mean, quantileSorted, sd } from './stats';
import { AREAS } from './types';
import type { AreaKey, CohortPicture, Effect, Halving, RunBatch, Scenario, SimResult } from './types';
import { unspentReasons } from './unspent';

export { recommendedRuns } from './runs';

const perArea = <T>(f: (a: AreaKey, k: number) => T): Record<AreaKey, T> =>
  Object.fromEntries(AREAS.map((a, k) => [a, f(a, k)])) as Record<AreaKey, T>;

export type { SimOptions } from './sample';

export function simulateRuns(
  s: Scenario,
  seed: string,
  runStart: number,
  runEnd: number,
  opts: SimOptions = {},
): RunBatch {
  const n = Math.max(0, runEnd - runStart);
  const lay = layoutFor(s, opts);
  const Y = s.horizon;
  const batch: RunBatch = {
    runStart,
    runCount: n,
    years: Y,
    atRisk: new Float64Array(n * Y),
    baselineAtRisk: new Float64Array(n * Y),
    reached: perArea(() => new Float64Array(n * Y)),
    spending: perArea(() => new Float64Array(n * Y)),
    leaveOneOut: perArea(() => new Float64Array(n)),
    helpedAfter: new Float64Array(n * LATER_COHORTS),
    costFactor: new Float64Array(n),
    pictures: new Float64Array(n * 3),
    cohort: emptyPicture(s, lay.n),
  };
  const loo = new Float64Array(4);
  const costFactor = { value: 1 };
  const picture = emptyPicture(s, lay.n);
  for (let r = 0; r < n; r++) {
    const o = r * Y;
    picture.neverAtRisk = picture.helped = picture.stillAtRisk = 0;
    const sink: RunSink = {
      atRisk: batch.atRisk.subarray(o, o + Y),
      baselineAtRisk: batch.baselineAtRisk.subarray(o, o + Y),
      reached: AREAS.map((a) => batch.reached[a].subarray(o, o + Y)),
      spending: AREAS.map((a) => batch.spending[a].subarray(o, o + Y)),
      loo,
      helpedAfter: batch.helpedAfter.subarray(r * LATER_COHORTS, (r + 1) * LATER_COHORTS),
      costFactor,
      picture,
    };
    simulateRun(s, seed, runStart + r, lay, sink);
    AREAS.forEach((a, k) => (batch.leaveOneOut[a][r] = loo[k]));
    batch.costFactor[r] = costFactor.value;
    batch.pictures.set([picture.neverAtRisk, picture.helped, picture.stillAtRisk], r * 3);
    if (r === 0) Object.assign(batch.cohort, picture, { run: runStart });
  }
  return batch;
}

/** Index of the judged (target) cohort inside a horizon of `years`: the target year, kept inside the horizon. */
export function judgedIndex(s: Scenario, years: number): number {
  return Math.min(Math.max(0, targetIndexOf(s)), years - 1);
}

function emptyPicture(s: Scenario, simulated: number): CohortPicture {
  const shown = Math.min(simulated, PICTURE_MAX);
  return {
    year: s.startYear + judgedIndex(s, s.horizon),
    shown,
    total: Math.round(cohortBirths(s, judgedIndex(s, s.horizon))),
    sampled: shown < s.births,
    neverAtRisk: 0,
    helped: 0,
    stillAtRisk: 0,
  };
}

export function mergeBatches(batches: RunBatch[]): RunBatch {
  const sorted = [...batches].sort((a, b) => a.runStart - b.runStart);
  const cat = (f: (b: RunBatch) => Float64Array) => {
    const parts = sorted.map(f);
    const out = new Float64Array(parts.reduce((t, p) => t + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  const merged: RunBatch = {
    runStart: sorted[0].runStart,
    runCount: sorted.reduce((t, b) => t + b.runCount, 0),
    years: sorted[0].years,
    atRisk: cat((b) => b.atRisk),
    baselineAtRisk: cat((b) => b.baselineAtRisk),
    reached: perArea((a) => cat((b) => b.reached[a])),
    spending: perArea((a) => cat((b) => b.spending[a])),
    leaveOneOut: perArea((a) => cat((b) => b.leaveOneOut[a])),
    helpedAfter: cat((b) => b.helpedAfter),
    costFactor: cat((b) => b.costFactor),
    pictures: cat((b) => b.pictures),
    cohort: sorted[0].cohort,
  };
  return merged;
}

export function summarize(s: Scenario, seed: string, b: RunBatch): SimResult {
  const Y = b.years;
  const R = b.runCount;
  const years = Array.from({ length: Y }, (_, i) => s.startYear + i);
  const atRisk = bands(b.atRisk, R, Y);
  const baseline = bands(b.baselineAtRisk, R, Y);
  const ti = judgedIndex(s, Y);

  // Paired effects: baseline - scenario per run and year (same children).
  const diff = new Float64Array(R * Y);
  for (let i = 0; i < R * Y; i++) diff[i] = Math.max(0, b.baselineAtRisk[i] - b.atRisk[i]);
  const halving = halvingOf(s, b, ti, years, atRisk.mean);
  const from = years.indexOf(halving.fromYear);
  const windowMean = (data: Float64Array, r: number) => {
    let t = 0;
    for (let y = from; y <= ti; y++) t += data[r * Y + y];
    return t / (ti - from + 1);
  };
  const helpedWin = Float64Array.from({ length: R }, (_, r) => windowMean(diff, r)).sort();
  const helpedBands = bands(diff, R, Y);
  const effect: Effect = {
    helped: helpedBands,
    helpedTarget: {
      mean: mean(helpedWin),
      p05: quantileSorted(helpedWin, 0.05),
      p50: quantileSorted(helpedWin, 0.5),
      p95: quantileSorted(helpedWin, 0.95),
    },
    helpedTotal: helpedBands.mean.reduce((t, v) => t + v, 0),
  };

  // Reach and spending, mean over runs.
  const colMean = (data: Float64Array) =>
    Array.from({ length: Y }, (_, y) => {
      let t = 0;
      for (let r = 0; r < R; r++) t += data[r * Y + y];
      return R > 0 ? t / R : 0;
    });
  const reached = perArea((a) => colMean(b.reached[a]));
  const spending = perArea((a) => colMean(b.spending[a]));

  // Economics on cash flows (cashflow.ts); the society account carries the older summary fields.
  const cf = cashflows(s, b);
  const soc = cf.payers.society;
  const df = (y: number) => Math.pow(1 + s.discount, -y);
  const spendYear = Array.from({ length: Y }, (_, y) => AREAS.reduce((t, a) => t + spending[a][y], 0));
  const cumulativeCost: number[] = [];
  let cc = 0;
  for (let y = 0; y < Y; y++) cumulativeCost.push((cc += spendYear[y] * df(y)));
  const cost = spendYear.reduce((t, v) => t + v, 0);
  const npvRun = Float64Array.from({ length: R }, (_, r) => cf.pvSociety[r] - cf.pvCost[r]);
  const budgetTotal = (s.detect + s.parent + s.firstline + s.school) * planYears(s);
  const unspent = Math.max(0, budgetTotal - cost);

  // Contributions: leave-one-out under common random numbers, target-year cohort.
  const contributions = perArea((a) => {
    let t = 0;
    for (let r = 0; r < R; r++) t += b.leaveOneOut[a][r] - b.atRisk[r * Y + ti];
    return R > 0 ? t / R : 0;
  });

  const targetCol = Array.from({ length: R }, (_, r) => b.atRisk[r * Y + ti]);
  const p = halving.probability;
  return {
    scenario: s,
    runs: R,
    seed,
    years,
    atRisk,
    baseline: { atRisk: baseline },
    reached,
    spending,
    halving,
    effect,
    economics: {
      cost,
      pvCost: soc.cost,
      pvBenefits: soc.savings.lifetime,
      npv: soc.npv,
      bcr: soc.bcr,
      paybackYear: soc.paybackYear,
      probBenefitsExceedCost: soc.probabilityPositive,
      byPayer: cf.byService,
      cumulativeCost,
      cumulativeBenefits: cf.societyCumulative,
      unspent,
      unspentReasons: unspentReasons(s, unspent),
      pvBenefitsAfterHorizon: cf.societyAfterHorizon,
      payers: cf.payers,
      planPayer: cf.planPayer,
      fund: cf.fund,
    },
    contributions,
    cohort: typicalPicture(b, ti, atRisk.p50[ti] ?? 0),
    se: {
      atRiskTarget: R > 1 ? sd(targetCol) / Math.sqrt(R) : 0,
      probability: R > 0 ? Math.sqrt((p * (1 - p)) / R) : 0,
      npv: R > 1 ? sd(npvRun) / Math.sqrt(R) : 0,
    },
  };
}

/**
 * The judged cohorts (year indices from .. ti) and the target count: `targetShare` x the expected count without
 * a plan (exact by calibration), averaged over the judged cohorts' own births.
 */
export function targetOf(s: Scenario, ti: number): { from: number; expectedNoPlan: number; target: number } {
  const from = Math.max(0, ti - (TARGET_COHORTS - 1));
  let births = 0;
  for (let y = from; y <= ti; y++) births += cohortBirths(s, y);
  const expectedNoPlan = (births / (ti - from + 1)) * s.baseRisk;
  return { from, expectedNoPlan, target: s.targetShare * expectedNoPlan };
}

/** Share of runs (run-major data, runs x years) whose average at-risk count over years from .. ti is at most target. */
export function chanceOfTarget(data: Float64Array, R: number, Y: number, from: number, ti: number, target: number) {
  let k = 0;
  for (let r = 0; r < R; r++) {
    let t = 0;
    for (let y = from; y <= ti; y++) t += data[r * Y + y];
    if (t / (ti - from + 1) <= target + 1e-9) k++;
  }
  return R > 0 ? k / R : 0;
}

/**
 * The target: the average at-risk count over the cohorts leaving school in targetYear-2 .. targetYear is at most
 * targetShare x the expected count without a plan (births x baseRisk, exact by calibration).
 */
function halvingOf(s: Scenario, b: RunBatch, ti: number, years: number[], meanAtRisk: number[]): Halving {
  const Y = b.years;
  const { from, expectedNoPlan, target } = targetOf(s, ti);
  const chance = (data: Float64Array) => chanceOfTarget(data, b.runCount, Y, from, ti, target);
  let first: number | null = null;
  for (let y = TARGET_COHORTS - 1; y < Y && first === null; y++) {
    let t = 0;
    for (let k = y - TARGET_COHORTS + 1; k <= y; k++) t += meanAtRisk[k];
    if (t / TARGET_COHORTS <= target + 1e-9) first = years[y];
  }
  const pct = Math.round(s.targetShare * 100);
  return {
    targetYear: years[ti],
    fromYear: years[from],
    target,
    expectedNoPlan,
    targetShare: s.targetShare,
    criterion:
      `average at-risk count of the cohorts leaving school ${years[from]}-${years[ti]} at most ${pct} % ` +
      `of the expected count without a plan (${expectedNoPlan.toFixed(1)}), i.e. at most ${target.toFixed(1)}`,
    probability: chance(b.atRisk),
    noPlanProbability: chance(b.baselineAtRisk),
    firstYearReached: first,
  };
}

/** The cohort picture of the run whose target-year count is closest to the median (ties: the lowest run). */
function typicalPicture(b: RunBatch, ti: number, median: number): CohortPicture {
  const Y = b.years;
  let best = 0;
  for (let r = 1; r < b.runCount; r++) {
    if (Math.abs(b.atRisk[r * Y + ti] - median) < Math.abs(b.atRisk[best * Y + ti] - median)) best = r;
  }
  if (b.runCount === 0) return b.cohort;
  return {
    ...b.cohort,
    run: b.runStart + best,
    neverAtRisk: b.pictures[best * 3],
    helped: b.pictures[best * 3 + 1],
    stillAtRisk: b.pictures[best * 3 + 2],
  };
}

export function simulate(s: Scenario, opts: { runs: number; seed: string } & SimOptions): SimResult {
  return summarize(s, opts.seed, simulateRuns(s, opts.seed, 0, opts.runs, opts));
}
