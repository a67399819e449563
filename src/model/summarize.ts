/** A batch of runs summarised (simulate.ts's `summarize`): bands, the target, effects, reach, spending, economics. */
import { cashflows } from './cashflow';
import { planYears } from './cohort';
import { bands, mean, quantileSorted, sd } from './stats';
import { halvingOf, judgedIndex } from './target';
import { AREAS, perArea } from './types';
import type { CohortPicture, Effect, RunBatch, Scenario, SimResult } from './types';
import { unspentReasons } from './unspent';

export function summarize(s: Scenario, seed: string, b: RunBatch): SimResult {
  const Y = b.years;
  const R = b.runCount;
  const years = Array.from({ length: Y }, (_, i) => s.startYear + i);
  const atRisk = bands(b.atRisk, R, Y);
  const baseline = bands(b.baselineAtRisk, R, Y);
  const ti = judgedIndex(s, Y);

  // Paired effects: baseline - scenario per run and year (same children).
  const diff = new Float64Array(R * Y);
  const { baselineAtRisk: base, atRisk: scen } = b; // read once: not hoisted out of the loop when b has several shapes
  for (let i = 0; i < R * Y; i++) diff[i] = Math.max(0, base[i] - scen[i]);
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
