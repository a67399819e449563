/**
 * The investment curve: what each level of yearly investment buys, with the current split across the areas kept in
 * proportion (curveLevels.ts). The API mirrors simulate.ts, so the engine can chunk the runs across workers:
 *   curveLevels(scenario, { levels, max }) -> CurveLevels                      (curveLevels.ts)
 *   curveRuns(scenario, levels, seed, runStart, runEnd) -> CurveBatch        (runs are independent: any chunking)
 *   mergeCurveBatches(batches) -> CurveBatch                                  (concatenation in run order)
 *   summarizeCurve(scenario, seed, levels, batch) -> Curve
 *   simulateCurve(scenario, { levels, max, runs, seed }) -> Curve
 * Every point equals a separate simulation (simulate.ts) at that level's budgets with the same seed and runs:
 * curvePass.ts follows each child once through every level. MODEL.md "The investment curve".
 */
import { LATER_COHORTS as LATER_COHORTS_, cashflows } from './cashflow';
import { curveRun } from './curvePass';
import { curveWork } from './curveTables';
import type { CurveBatch } from './curvePass';
import { curveLevels, scenarioAtLevel } from './curveLevels';
import type { CurveLevels } from './curveLevels';
import { chanceOfTarget, judgedIndex, simulateRuns, targetOf } from './simulate';
import { layoutFor } from './sample';
import type { SimOptions } from './sample';
import { yearBand } from './stats';
import { AREAS } from './types';
import type { AreaKey, RunBatch, Scenario } from './types';

export type { CurveBatch } from './curvePass';
const LATER_COHORTS: number = LATER_COHORTS_;
export { CURVE_LEVELS, curveLevels, scenarioAtLevel } from './curveLevels';
export type { CurveLevels } from './curveLevels';

/** One budget level's figures (each as the full result at that budget gives it, or derived from its runs). */
export interface CurvePoint {
  /** chance of reaching the target (SimResult.halving.probability) */
  probability: number;
  /** mean at risk in the target year (SimResult.atRisk.mean at the target year) */
  expected: number;
  /** mean children helped in the target year (SimResult.effect.helped.mean at the target year) */
  helped: number;
  /** 5th and 95th percentiles of the at-risk count in the target year */
  p05: number;
  p95: number;
  /** mean spending over the horizon / mean children helped in every cohort (within and after it); null if none */
  costPerHelped: number | null;
  /** society's benefit-cost ratio and payback year (SimResult.economics.bcr, paybackYear) */
  bcr: number | null;
  paybackYear: number | null;
  /** the same for the account that pays the plan (SimResult.economics.payers[planPayer]) */
  payerBcr: number | null;
  payerPaybackYear: number | null;
}
type Series = { [K in keyof CurvePoint]: CurvePoint[K][] };

export interface Curve extends Series {
  runs: number;
  seed: string;
  /** total budget per year at each level (SEK), and each area's part */
  budgets: number[];
  areas: Record<AreaKey, number[]>;
  shares: Record<AreaKey, number>;
  split: CurveLevels['split'];
  top: number;
  /** the total at which each area reaches its cap with this split (null: the area has no share) */
  capAt: CurveLevels['capAt'];
  /** the smallest budget on the curve whose chance reaches 50 % / 80 %; null if none does */
  budgetFor: { '0.5': number | null; '0.8': number | null };
  targetYear: number;
  /** the target count, and the chance of reaching it without any plan */
  target: number;
  noPlanProbability: number;
}

export interface CurveOptions extends SimOptions {
  runs: number;
  seed: string;
  levels?: number;
  max?: number;
  /** 'separate': a full simulation per level (the reference the one-pass method is tested against) */
  method?: 'pass' | 'separate';
}

/** Runs runStart .. runEnd - 1 of the curve at the given levels. */
export function curveRuns(
  s: Scenario,
  lv: CurveLevels,
  seed: string,
  runStart: number,
  runEnd: number,
  opts: SimOptions = {},
): CurveBatch {
  const R = Math.max(0, runEnd - runStart);
  const NL = lv.budgets.length;
  const sTop = scenarioAtLevel(s, lv, NL - 1);
  const lay = layoutFor(sTop, opts);
  const Y = s.horizon;
  const b: CurveBatch = {
    runStart,
    runCount: R,
    years: Y,
    levels: NL,
    baselineAtRisk: new Float64Array(R * Y),
    costFactor: new Float64Array(R),
    atRisk: new Float64Array(NL * R * Y),
    spending: new Float64Array(NL * R * Y),
    helpedAfter: new Float64Array(NL * R * LATER_COHORTS),
  };
  const work = curveWork(NL, lay.planEnd);
  for (let r = 0; r < R; r++) curveRun(sTop, lv.areas, seed, runStart + r, lay, b, r, work);
  return b;
}

export function mergeCurveBatches(batches: CurveBatch[]): CurveBatch {
  const sorted = [...batches].sort((a, b) => a.runStart - b.runStart);
  const NL = sorted[0].levels;
  const R = sorted.reduce((t, b) => t + b.runCount, 0);
  const cat = (f: (b: CurveBatch) => Float64Array, perLevel: boolean) => {
    const out = new Float64Array(sorted.reduce((t, b) => t + f(b).length, 0));
    let o = 0;
    for (let l = 0; l < (perLevel ? NL : 1); l++)
      for (const b of sorted) {
        const size = f(b).length / (perLevel ? NL : 1);
        out.set(f(b).subarray(l * size, (l + 1) * size), o);
        o += size;
      }
    return out;
  };
  return {
    runStart: sorted[0].runStart,
    runCount: R,
    years: sorted[0].years,
    levels: NL,
    baselineAtRisk: cat((b) => b.baselineAtRisk, false),
    costFactor: cat((b) => b.costFactor, false),
    atRisk: cat((b) => b.atRisk, true),
    spending: cat((b) => b.spending, true),
    helpedAfter: cat((b) => b.helpedAfter, true),
  };
}

/**
 * Level l of a curve batch as a RunBatch for the summaries: spending stands under the first area (the summaries
 * here use only the sum over areas); reach, leave-one-out and the cohort picture are left empty.
 */
export function levelBatch(cb: CurveBatch, l: number): RunBatch {
  const { runCount: R, years: Y } = cb;
  const zeros = new Float64Array(R * Y);
  const none = new Float64Array(R);
  const empty = (x: Float64Array) => Object.fromEntries(AREAS.map((a) => [a, x])) as Record<AreaKey, Float64Array>;
  return {
    runStart: cb.runStart,
    runCount: R,
    years: Y,
    atRisk: cb.atRisk.subarray(l * R * Y, (l + 1) * R * Y),
    baselineAtRisk: cb.baselineAtRisk,
    reached: empty(zeros),
    spending: { ...empty(zeros), detect: cb.spending.subarray(l * R * Y, (l + 1) * R * Y) },
    leaveOneOut: empty(none),
    helpedAfter: cb.helpedAfter.subarray(l * R * LATER_COHORTS, (l + 1) * R * LATER_COHORTS),
    costFactor: cb.costFactor,
    pictures: new Float64Array(R * 3),
    cohort: { year: 0, shown: 0, total: 0, sampled: false, neverAtRisk: 0, helped: 0, stillAtRisk: 0 },
  };
}

/** The curve's figures from the runs of one budget (a RunBatch of simulateRuns, or a level of a curve batch). */
export function curvePoint(s: Scenario, b: RunBatch): CurvePoint {
  const { runCount: R, years: Y } = b;
  const ti = judgedIndex(s, Y);
  const { from, target } = targetOf(s, ti);
  const band = yearBand(b.atRisk, R, Y, ti);
  const diff = Float64Array.from({ length: R }, (_, r) =>
    Math.max(0, b.baselineAtRisk[r * Y + ti] - b.atRisk[r * Y + ti]),
  );
  const spending = AREAS.map((a) => b.spending[a]);
  let spent = 0;
  let helpedAll = 0;
  for (let r = 0; r < R; r++) {
    for (let y = 0; y < Y; y++) {
      let sp = 0;
      for (let k = 0; k < spending.length; k++) sp += spending[k][r * Y + y];
      spent += sp;
      helpedAll += Math.max(0, b.baselineAtRisk[r * Y + y] - b.atRisk[r * Y + y]);
    }
    for (let j = 0; j < LATER_COHORTS; j++) helpedAll += b.helpedAfter[r * LATER_COHORTS + j];
  }
  const cf = cashflows(s, b, undefined, false);
  const payer = cf.payers[cf.planPayer];
  return {
    probability: chanceOfTarget(b.atRisk, R, Y, from, ti, target),
    expected: band.mean,
    helped: yearBand(diff, R, 1, 0).mean,
    p05: band.p05,
    p95: band.p95,
    costPerHelped: helpedAll > 0 ? spent / helpedAll : null,
    bcr: cf.payers.society.bcr,
    paybackYear: cf.payers.society.paybackYear,
    payerBcr: payer.bcr,
    payerPaybackYear: payer.paybackYear,
  };
}

/** The curve from one point per level (in level order). */
export function assembleCurve(s: Scenario, seed: string, runs: number, lv: CurveLevels, pts: CurvePoint[]): Curve {
  const col = <K extends keyof CurvePoint>(k: K) => pts.map((p) => p[k]);
  const probability = col('probability');
  const first = (q: number) => {
    const i = probability.findIndex((p) => p >= q);
    return i < 0 ? null : lv.budgets[i];
  };
  const ti = judgedIndex(s, s.horizon);
  return {
    runs,
    seed,
    budgets: lv.budgets,
    areas: Object.fromEntries(AREAS.map((a, k) => [a, lv.areas.map((x) => x[k])])) as Record<AreaKey, number[]>,
    shares: lv.shares,
    split: lv.split,
    top: lv.top,
    capAt: lv.capAt,
    probability,
    expected: col('expected'),
    helped: col('helped'),
    p05: col('p05'),
    p95: col('p95'),
    costPerHelped: col('costPerHelped'),
    bcr: col('bcr'),
    paybackYear: col('paybackYear'),
    payerBcr: col('payerBcr'),
    payerPaybackYear: col('payerPaybackYear'),
    budgetFor: { '0.5': first(0.5), '0.8': first(0.8) },
    targetYear: s.startYear + ti,
    target: targetOf(s, ti).target,
    // level 0 is no plan (budget 0): its chance is the full result's halving.noPlanProbability
    noPlanProbability: probability[0] ?? 0,
  };
}

export function summarizeCurve(s: Scenario, seed: string, lv: CurveLevels, b: CurveBatch): Curve {
  const pts = lv.budgets.map((_, l) => curvePoint(scenarioAtLevel(s, lv, l), levelBatch(b, l)));
  return assembleCurve(s, seed, b.runCount, lv, pts);
}

/** The whole curve in this thread. */
export function simulateCurve(s: Scenario, opts: CurveOptions): Curve {
  const lv = curveLevels(s, opts);
  if (opts.method === 'separate') {
    const pts = lv.budgets.map((_, l) => {
      const sl = scenarioAtLevel(s, lv, l);
      return curvePoint(sl, simulateRuns(sl, opts.seed, 0, opts.runs, opts));
    });
    return assembleCurve(s, opts.seed, opts.runs, lv, pts);
  }
  return summarizeCurve(s, opts.seed, lv, curveRuns(s, lv, opts.seed, 0, opts.runs, opts));
}
