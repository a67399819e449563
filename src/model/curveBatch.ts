/**
 * What runs of the investment curve give (curvePass.ts writes it, curvePoints via curve.ts reads it). A module of its
 * own, without the model's runtime, so the engine can name the type. The chunks' batches are summarized as they are,
 * in any order (curve.ts gathers each level's rows in run order): no merged copy.
 */

/** Runs of the curve at every level, level-major: level l, run r, year y at ((l * runCount) + r) * years + y. */
export interface CurveBatch {
  runStart: number;
  runCount: number;
  years: number;
  levels: number;
  /** at risk without a plan, runs x years (the same at every level) */
  baselineAtRisk: Float64Array;
  /** each run's drawn factor on the cost of exclusion */
  costFactor: Float64Array;
  /** at risk with the plan, levels x runs x years */
  atRisk: Float64Array;
  /** the plan's spending (the four areas summed in AREAS order), levels x runs x years */
  spending: Float64Array;
  /** helped in the 16 cohorts leaving school after the horizon, levels x runs x 16 */
  helpedAfter: Float64Array;
}
