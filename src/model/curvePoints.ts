/**
 * The investment curve's figures (curve.ts): one budget level's figures from its runs (`curvePoint`, the same for a
 * level of the one pass and for a separate simulation) and the curve assembled from one point per level.
 */
import { LATER_COHORTS as LATER_COHORTS_, cashflows } from './cashflow';
import type { CurveLevels } from './curveLevels';
import { yearBand } from './stats';
import { chanceOfTarget, judgedIndex, targetOf } from './target';
import { AREAS } from './types';
import type { AreaKey, RunBatch, Scenario } from './types';

const LATER_COHORTS: number = LATER_COHORTS_;

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

/** The curve's figures from the runs of one budget (a RunBatch of simulateRuns, or a level of a curve batch). */
export function curvePoint(s: Scenario, b: RunBatch): CurvePoint {
  const { runCount: R, years: Y } = b;
  const ti = judgedIndex(s, Y);
  const { from, target } = targetOf(s, ti);
  const band = yearBand(b.atRisk, R, Y, ti);
  // the arrays read once (a property read inside the loops is not hoisted when `b` has several shapes)
  const { baselineAtRisk: base, atRisk, helpedAfter: after } = b;
  const diff = new Float64Array(R);
  for (let r = 0; r < R; r++) diff[r] = Math.max(0, base[r * Y + ti] - atRisk[r * Y + ti]);
  const spending = AREAS.map((a) => b.spending[a]);
  let spent = 0;
  let helpedAll = 0;
  for (let r = 0; r < R; r++) {
    for (let y = 0; y < Y; y++) {
      let sp = 0;
      for (let k = 0; k < spending.length; k++) sp += spending[k][r * Y + y];
      spent += sp;
      helpedAll += Math.max(0, base[r * Y + y] - atRisk[r * Y + y]);
    }
    for (let j = 0; j < LATER_COHORTS; j++) helpedAll += after[r * LATER_COHORTS + j];
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
