/**
 * The investment curve: what each level of yearly investment buys, with the current split across the areas kept in
 * proportion (curveLevels.ts). The API mirrors simulate.ts, so the engine can chunk the runs across workers:
 *   curveLevels(scenario, { levels, max }) -> CurveLevels                      (curveLevels.ts)
 *   curveRuns(scenario, levels, seed, runStart, runEnd) -> CurveBatch        (runs are independent: any chunking)
 *   summarizeCurve(scenario, seed, levels, batch or chunks) -> Curve          (chunks in any order, no merged copy)
 *   simulateCurve(scenario, { levels, max, runs, seed }) -> Curve
 * Every point equals a separate simulation (simulate.ts) at that level's budgets with the same seed and runs:
 * curvePass.ts follows each child once through every level; curvePoints.ts gives the figures. MODEL.md "The investment curve".
 */
import { LATER_COHORTS as LATER_COHORTS_ } from './cashflow';
import { curveRun } from './curvePass';
import { curveWork } from './curveTables';
import type { CurveBatch } from './curveBatch';
import { curveLevels, scenarioAtLevel } from './curveLevels';
import type { CurveLevels } from './curveLevels';
import { simulateRuns } from './simulate';
import { assembleCurve, curvePoint } from './curvePoints';
import type { Curve, CurvePoint } from './curvePoints';
import { layoutFor } from './sample';
import type { SimOptions } from './sample';
import { AREAS } from './types';
import type { AreaKey, RunBatch, Scenario } from './types';

export type { CurveBatch } from './curveBatch';
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

/** Runs runStart .. runEnd - 1 of the curve at the given levels; `alloc` gives the per-level arrays, zeroed (the worker recycles them). */
export function curveRuns(
  s: Scenario,
  lv: CurveLevels,
  seed: string,
  runStart: number,
  runEnd: number,
  opts: SimOptions = {},
  alloc: (n: number) => Float64Array = (n) => new Float64Array(n),
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
    atRisk: alloc(NL * R * Y),
    spending: alloc(NL * R * Y),
    helpedAfter: alloc(NL * R * LATER_COHORTS),
  };
  const work = curveWork(NL, lay.planEnd);
  for (let r = 0; r < R; r++) curveRun(sTop, lv.areas, seed, runStart + r, lay, b, r, work);
  return b;
}

/**
 * The points of levels `from` .. `to` - 1 of the runs in `chunks` (batches of consecutive runs, any order, together
 * every run from the first): each level's rows are gathered from the chunks in run order into buffers reused from
 * level to level (a merged copy of every level cost the worker 65–100 ms for Hedemora's 1 000 runs in Chromium), then
 * summarized as a RunBatch.
 */
export function curvePointsOf(
  s: Scenario,
  lv: CurveLevels,
  chunks: CurveBatch | CurveBatch[],
  from: number,
  to: number,
): CurvePoint[] {
  const view = new LevelView(Array.isArray(chunks) ? chunks : [chunks]);
  const points: CurvePoint[] = [];
  for (let l = from; l < to; l++) points.push(curvePoint(scenarioAtLevel(s, lv, l), view.at(l)));
  return points;
}

/** Level l of a curve batch as a RunBatch for the summaries (see LevelView). */
export function levelBatch(cb: CurveBatch, l: number): RunBatch {
  return new LevelView([cb]).at(l);
}

/**
 * The levels of a curve's runs as RunBatches for the summaries, one level at a time: spending stands under the first
 * area (the summaries here use only the sum over areas); reach, leave-one-out and the cohort picture are left empty
 * (shared zeros). One batch gives views of its rows; several are gathered into buffers that the next level reuses.
 */
class LevelView {
  private readonly chunks: CurveBatch[];
  private readonly base: Omit<RunBatch, 'atRisk' | 'spending' | 'helpedAfter'>;
  /** the buffers the levels' rows are gathered into (none for one batch: its rows are views) */
  private readonly rows: { atRisk: Float64Array; spending: Float64Array; helpedAfter: Float64Array } | null;

  constructor(chunks: CurveBatch[]) {
    this.chunks = [...chunks].sort((a, b) => a.runStart - b.runStart);
    const R = this.chunks.reduce((t, b) => t + b.runCount, 0);
    const Y = this.chunks[0].years;
    const zeros = new Float64Array(R * Y);
    const empty = (x: Float64Array) => Object.fromEntries(AREAS.map((a) => [a, x])) as Record<AreaKey, Float64Array>;
    const perRun = (f: (b: CurveBatch) => Float64Array) => joined(this.chunks.map(f));
    this.base = {
      runStart: this.chunks[0].runStart,
      runCount: R,
      years: Y,
      baselineAtRisk: perRun((b) => b.baselineAtRisk),
      reached: empty(zeros),
      leaveOneOut: empty(new Float64Array(R)),
      costFactor: perRun((b) => b.costFactor),
      pictures: new Float64Array(R * 3),
      cohort: { year: 0, shown: 0, total: 0, sampled: false, neverAtRisk: 0, helped: 0, stillAtRisk: 0 },
    };
    this.rows =
      this.chunks.length === 1
        ? null
        : {
            atRisk: new Float64Array(R * Y),
            spending: new Float64Array(R * Y),
            helpedAfter: new Float64Array(R * LATER_COHORTS),
          };
  }

  at(l: number): RunBatch {
    const row = (f: (b: CurveBatch) => Float64Array, into: Float64Array | undefined) => {
      const parts = this.chunks.map((b) => {
        const x = f(b);
        const size = x.length / b.levels;
        return x.subarray(l * size, (l + 1) * size);
      });
      return joined(parts, into);
    };
    return {
      ...this.base,
      atRisk: row((b) => b.atRisk, this.rows?.atRisk),
      spending: { ...this.base.reached, detect: row((b) => b.spending, this.rows?.spending) },
      helpedAfter: row((b) => b.helpedAfter, this.rows?.helpedAfter),
    };
  }
}

/** The parts one after the other (a single part as it is), into `into` when given. */
function joined(parts: Float64Array[], into?: Float64Array): Float64Array {
  if (parts.length === 1) return parts[0];
  const out = into ?? new Float64Array(parts.reduce((t, x) => t + x.length, 0));
  let o = 0;
  for (const x of parts) {
    out.set(x, o);
    o += x.length;
  }
  return out;
}

/** The curve from the runs in `chunks` (one batch, or a curve's chunks in any order: see curvePointsOf). */
export function summarizeCurve(s: Scenario, seed: string, lv: CurveLevels, chunks: CurveBatch | CurveBatch[]): Curve {
  const runs = (Array.isArray(chunks) ? chunks : [chunks]).reduce((t, b) => t + b.runCount, 0);
  return assembleCurve(s, seed, runs, lv, curvePointsOf(s, lv, chunks, 0, lv.budgets.length));
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
