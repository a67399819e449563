/**
 * What runs of the investment curve give (curvePass.ts writes it, curvePoints.ts reads it), and how the chunks' batches
 * are put together (`placeInto`, `mergeCurveBatches`: in the worker that makes the curve's summary).
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

/** A batch of `runs` runs (from `runStart`) at `levels` levels, all zero, to `placeInto`. */
export function emptyCurveBatch(
  runs: number,
  years: number,
  levels: number,
  laterCohorts: number,
  runStart = 0,
): CurveBatch {
  return {
    runStart,
    runCount: runs,
    years,
    levels,
    baselineAtRisk: new Float64Array(runs * years),
    costFactor: new Float64Array(runs),
    atRisk: new Float64Array(levels * runs * years),
    spending: new Float64Array(levels * runs * years),
    helpedAfter: new Float64Array(levels * runs * laterCohorts),
  };
}

/**
 * Copies batch `b` (runs of the same levels) into `into` at its runs' place. Element by element: `subarray` + `set`
 * costs about 8 µs a call in V8 (measured in Chromium's worker, 65–100 ms to merge Hedemora's 1 000-run curve from
 * 66 chunks), a plain loop a few ms in all.
 */
export function placeInto(into: CurveBatch, b: CurveBatch): void {
  if (b.runCount === 0) return;
  const R = into.runCount;
  const r0 = b.runStart - into.runStart;
  copyRows(b.baselineAtRisk, into.baselineAtRisk, 1, b.runCount, R, r0);
  copyRows(b.costFactor, into.costFactor, 1, b.runCount, R, r0);
  copyRows(b.atRisk, into.atRisk, b.levels, b.runCount, R, r0);
  copyRows(b.spending, into.spending, b.levels, b.runCount, R, r0);
  copyRows(b.helpedAfter, into.helpedAfter, b.levels, b.runCount, R, r0);
}

/** Level-major rows: each of `levels` blocks of `rb` runs of `x` into the blocks of `R` runs of `y`, from run r0. */
function copyRows(x: Float64Array, y: Float64Array, levels: number, rb: number, R: number, r0: number): void {
  const size = x.length / levels;
  const w = size / rb;
  for (let l = 0; l < levels; l++) {
    const from = l * size;
    const to = (l * R + r0) * w;
    for (let i = 0; i < size; i++) y[to + i] = x[from + i];
  }
}

/** The batches of a curve's chunks (in any order, together every run from the first) as one batch in run order (a single batch is that batch). */
export function mergeCurveBatches(batches: CurveBatch[]): CurveBatch {
  if (batches.length === 1) return batches[0];
  const b = batches[0];
  const R = batches.reduce((t, x) => t + x.runCount, 0);
  const first = Math.min(...batches.map((x) => x.runStart));
  const into = emptyCurveBatch(R, b.years, b.levels, b.helpedAfter.length / (b.levels * b.runCount), first);
  for (const x of batches) placeInto(into, x);
  return into;
}
