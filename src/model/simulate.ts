/**
 * The model's public API (used by the engine, the workers, the CLI and the tests):
 *   simulateRuns(scenario, seed, runStart, runEnd) -> RunBatch   (runs are independent: any chunking)
 *   mergeBatches(batches) -> RunBatch                              (concatenation in run order)
 *   summarize(scenario, seed, batch) -> SimResult                  (bands, halving, economics, ...)
 *   simulate(scenario, { runs, seed }) -> SimResult
 * The cohort model itself is in cohort.ts; MODEL.md documents it.
 */
import { PAYER_SHARES, PICTURE_MAX, SAMPLE_SIZE, EXACT_MAX_BIRTHS } from './assumptions';
import { layout, planYears, simulateRun, targetYearIndex } from './cohort';
import { cohortBirths } from './sample';
import type { RunSink } from './cohort';
import { bands, mean, sd } from './stats';
import { AREAS, PAYERS } from './types';
import type { AreaKey, CohortPicture, Payer, RunBatch, Scenario, SimResult } from './types';

export { recommendedRuns } from './runs';

const perArea = <T>(f: (a: AreaKey, k: number) => T): Record<AreaKey, T> =>
  Object.fromEntries(AREAS.map((a, k) => [a, f(a, k)])) as Record<AreaKey, T>;

/** Options for tests and benchmarks: force the weighted-sample mode or its sample size. */
export interface SimOptions {
  sampleSize?: number;
  exactMax?: number;
}

export function simulateRuns(
  s: Scenario,
  seed: string,
  runStart: number,
  runEnd: number,
  opts: SimOptions = {},
): RunBatch {
  const n = Math.max(0, runEnd - runStart);
  const lay = layout(s, opts.sampleSize ?? SAMPLE_SIZE, opts.exactMax ?? EXACT_MAX_BIRTHS);
  const Y = s.horizon;
  const batch: RunBatch = {
    runStart,
    runCount: n,
    years: Y,
    atRisk: new Float64Array(n * Y),
    baselineAtRisk: new Float64Array(n * Y),
    reached: perArea(() => new Float64Array(n * Y)),
    spending: perArea(() => new Float64Array(n * Y)),
    benefits: new Float64Array(n * Y),
    leaveOneOut: perArea(() => new Float64Array(n)),
    benefitsAfter: new Float64Array(n),
    cohort: emptyPicture(s, lay.n),
  };
  const loo = new Float64Array(4);
  const after = { value: 0 };
  for (let r = 0; r < n; r++) {
    const o = r * Y;
    const sink: RunSink = {
      atRisk: batch.atRisk.subarray(o, o + Y),
      baselineAtRisk: batch.baselineAtRisk.subarray(o, o + Y),
      reached: AREAS.map((a) => batch.reached[a].subarray(o, o + Y)),
      spending: AREAS.map((a) => batch.spending[a].subarray(o, o + Y)),
      benefits: batch.benefits.subarray(o, o + Y),
      loo,
      after,
      picture: r === 0 ? batch.cohort : null,
    };
    simulateRun(s, seed, runStart + r, lay, sink);
    AREAS.forEach((a, k) => (batch.leaveOneOut[a][r] = loo[k]));
    batch.benefitsAfter[r] = after.value;
  }
  return batch;
}

function emptyPicture(s: Scenario, simulated: number): CohortPicture {
  const shown = Math.min(simulated, PICTURE_MAX);
  return {
    year: s.startYear + targetYearIndex(s.horizon),
    shown,
    total: Math.round(cohortBirths(s, targetYearIndex(s.horizon))),
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
    benefits: cat((b) => b.benefits),
    leaveOneOut: perArea((a) => cat((b) => b.leaveOneOut[a])),
    benefitsAfter: cat((b) => b.benefitsAfter),
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
  const ti = targetYearIndex(Y);

  // Halving: half the baseline's expected count of the target-year cohort (exact by calibration: births x baseRisk).
  const target = (cohortBirths(s, ti) * s.baseRisk) / 2;
  const targetCol = Array.from({ length: R }, (_, r) => b.atRisk[r * Y + ti]);
  const probability = R > 0 ? targetCol.filter((v) => v <= target + 1e-9).length / R : 0;
  const first = atRisk.mean.findIndex((m) => m <= target + 1e-9);

  // Reach and spending, mean over runs.
  const colMean = (data: Float64Array) =>
    Array.from({ length: Y }, (_, y) => {
      let t = 0;
      for (let r = 0; r < R; r++) t += data[r * Y + y];
      return R > 0 ? t / R : 0;
    });
  const reached = perArea((a) => colMean(b.reached[a]));
  const spending = perArea((a) => colMean(b.spending[a]));

  // Economics: per run present values, then means.
  const df = (y: number) => Math.pow(1 + s.discount, -y);
  const pvC = new Float64Array(R);
  const pvB = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    let c = 0;
    let ben = 0;
    for (let y = 0; y < Y; y++) {
      let sp = 0;
      for (const a of AREAS) sp += b.spending[a][r * Y + y];
      c += sp * df(y);
      ben += b.benefits[r * Y + y];
    }
    pvC[r] = c;
    pvB[r] = ben + b.benefitsAfter[r];
  }
  const spendYear = Array.from({ length: Y }, (_, y) => AREAS.reduce((t, a) => t + spending[a][y], 0));
  const benYear = colMean(b.benefits);
  const cumulativeCost: number[] = [];
  const cumulativeBenefits: number[] = [];
  let cc = 0;
  let cb = 0;
  for (let y = 0; y < Y; y++) {
    cc += spendYear[y] * df(y);
    cb += benYear[y];
    cumulativeCost.push(cc);
    cumulativeBenefits.push(cb);
  }
  const cost = spendYear.reduce((t, v) => t + v, 0);
  const pvCost = mean(pvC);
  const pvBenefits = mean(pvB);
  const afterMean = mean(b.benefitsAfter);
  const pay = cost > 0 ? cumulativeBenefits.findIndex((v, y) => v >= cumulativeCost[y]) : -1;
  let exceed = 0;
  const npvRun = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    npvRun[r] = pvB[r] - pvC[r];
    if (pvC[r] > 0 && pvB[r] > pvC[r]) exceed++;
  }
  const budgetTotal = (s.detect + s.parent + s.firstline + s.school) * planYears(s);
  const byPayer = Object.fromEntries(PAYERS.map((p) => [p, pvBenefits * PAYER_SHARES[p]])) as Record<Payer, number>;

  // Contributions: leave-one-out under common random numbers, target-year cohort.
  const contributions = perArea((a) => {
    let t = 0;
    for (let r = 0; r < R; r++) t += b.leaveOneOut[a][r] - b.atRisk[r * Y + ti];
    return R > 0 ? t / R : 0;
  });

  return {
    scenario: s,
    runs: R,
    seed,
    years,
    atRisk,
    baseline: { atRisk: baseline },
    reached,
    spending,
    halving: {
      targetYear: years[ti],
      target,
      probability,
      firstYearReached: first < 0 ? null : years[first],
    },
    economics: {
      cost,
      pvCost,
      pvBenefits,
      npv: pvBenefits - pvCost,
      bcr: pvCost > 0 ? pvBenefits / pvCost : null,
      paybackYear: pay < 0 ? null : years[pay],
      probBenefitsExceedCost: R > 0 ? exceed / R : 0,
      byPayer,
      cumulativeCost,
      cumulativeBenefits,
      unspent: Math.max(0, budgetTotal - cost),
      pvBenefitsAfterHorizon: afterMean,
    },
    contributions,
    cohort: b.cohort,
    se: {
      atRiskTarget: R > 1 ? sd(targetCol) / Math.sqrt(R) : 0,
      probability: R > 0 ? Math.sqrt((probability * (1 - probability)) / R) : 0,
      npv: R > 1 ? sd(Array.from(npvRun)) / Math.sqrt(R) : 0,
    },
  };
}

export function simulate(s: Scenario, opts: { runs: number; seed: string } & SimOptions): SimResult {
  return summarize(s, opts.seed, simulateRuns(s, opts.seed, 0, opts.runs, opts));
}
