/**
 * The investment curve: what each level of yearly investment buys, with the current split across the areas kept in
 * proportion (curveLevels.ts). The API mirrors simulate.ts, so the engine can chunk the runs across workers:
 *   curveLevels(scenario, { levels, max }) -> CurveLevels                      (curveLevels.ts)
 *   curveRuns(scenario, levels, seed, runStart, runEnd) -> CurveBatch        (runs are independent: any chunking)
 *   mergeCurveBatches(batches) -> CurveBatch                                  (concatenation in run order)
 *   curvePointsOf(scenario, levels, batch, from, to) -> CurvePoint[]          (a part of the summary)
 *   summarizeCurve(scenario, seed, levels, batch) -> Curve
 *   simulateCurve(scenario, { levels, max, runs, seed }) -> Curve
 * Every point equals a separate simulation (simulate.ts) at that level's budgets with the same seed and runs:
 * curvePass.ts follows each child once through every level; curvePoints.ts gives the figures. MODEL.md "The investment curve".
 */
import { LATER_COHORTS as LATER_COHORTS_ } from './cashflow';
import { curveRun } from './curvePass';
import { curveWork } from './curveTables';
import type { CurveBatch } from './curvePass';
import { curveLevels, scenarioAtLevel } from './curveLevels';
import type { CurveLevels } from './curveLevels';
import { simulateRuns } from './simulate';
import { assembleCurve, curvePoint } from './curvePoints';
import type { Curve, CurvePoint } from './curvePoints';
import { layoutFor } from './sample';
import type { SimOptions } from './sample';
import { AREAS } from './types';
import type { AreaKey, RunBatch, Scenario } from './types';

export type { CurveBatch } from './curvePass';
const LATER_COHORTS: number = LATER_COHORTS_;
export { CURVE_LEVELS, curveLevels, scenarioAtLevel } from './curveLevels';
export type { CurveLevels } from './curveLevels';
export { assembleCurve, curvePoint } from './curvePoints';
export type { Curve, CurvePoint } from './curvePoints';

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

/** The batches of a curve's chunks (in any order) as one batch in run order (a single batch is that batch). */
export function mergeCurveBatches(batches: CurveBatch[]): CurveBatch {
  if (batches.length === 1) return batches[0];
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

/** A part of `summarizeCurve`: the points of levels `from` .. `to` - 1 of a merged batch (the engine summarizes a long curve a few levels at a time, so no piece of work runs long). */
export function curvePointsOf(s: Scenario, lv: CurveLevels, b: CurveBatch, from: number, to: number): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let l = from; l < to; l++) points.push(curvePoint(scenarioAtLevel(s, lv, l), levelBatch(b, l)));
  return points;
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

export function summarizeCurve(s: Scenario, seed: string, lv: CurveLevels, b: CurveBatch): Curve {
  return assembleCurve(s, seed, b.runCount, lv, curvePointsOf(s, lv, b, 0, lv.budgets.length));
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
