/**
 * The model's public API (used by the engine, the workers, the CLI and the tests):
 *   simulateRuns(scenario, seed, runStart, runEnd) -> RunBatch   (runs are independent: any chunking)
 *   mergeBatches(batches) -> RunBatch                              (concatenation in run order)
 *   summarize(scenario, seed, batch) -> SimResult                  (bands, halving, economics, ...)
 *   simulate(scenario, { runs, seed }) -> SimResult
 * The cohort model itself is in cohort.ts, the summary in summarize.ts and target.ts; MODEL.md documents it.
 */
import { PICTURE_MAX } from './assumptions';
import { LATER_COHORTS } from './cashflow';
import { simulateRun } from './cohort';
import type { RunSink } from './cohort';
import { cohortBirths, layoutFor } from './sample';
import type { Layout, SimOptions } from './sample';
import { summarize } from './summarize';
import { judgedIndex } from './target';
import { AREAS, perArea } from './types';
import type { CohortPicture, RunBatch, Scenario, SimResult } from './types';

export { recommendedRuns } from './runs';
export { summarize } from './summarize';
export { chanceOfTarget, judgedIndex, targetOf } from './target';
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
  const batch = emptyBatch(s, lay, runStart, n);
  const scratch = runScratch(s, lay);
  for (let r = 0; r < n; r++) runInto(s, seed, lay, batch, r, scratch);
  return batch;
}

/** A batch of `n` runs from `runStart`, all zero (simulateRuns fills it run by run with `runInto`). */
export function emptyBatch(s: Scenario, lay: Layout, runStart: number, n: number): RunBatch {
  const Y = s.horizon;
  return {
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
}

/** What `runInto` reuses from run to run. */
export interface RunScratch {
  loo: Float64Array;
  costFactor: { value: number };
  picture: CohortPicture;
}
export const runScratch = (s: Scenario, lay: Layout): RunScratch => ({
  loo: new Float64Array(4),
  costFactor: { value: 1 },
  picture: emptyPicture(s, lay.n),
});

/** Run `batch.runStart + r` of the scenario into run index r of the batch (`record`: the tornado's pass, cohort.ts). */
export function runInto(
  s: Scenario,
  seed: string,
  lay: Layout,
  batch: RunBatch,
  r: number,
  scratch: RunScratch,
  record: Parameters<typeof simulateRun>[5] = null,
): void {
  const Y = batch.years;
  const o = r * Y;
  const { loo, costFactor, picture } = scratch;
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
  simulateRun(s, seed, batch.runStart + r, lay, sink, record);
  AREAS.forEach((a, k) => (batch.leaveOneOut[a][r] = loo[k]));
  batch.costFactor[r] = costFactor.value;
  batch.pictures.set([picture.neverAtRisk, picture.helped, picture.stillAtRisk], r * 3);
  if (r === 0) Object.assign(batch.cohort, picture, { run: batch.runStart });
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

export function simulate(s: Scenario, opts: { runs: number; seed: string } & SimOptions): SimResult {
  return summarize(s, opts.seed, simulateRuns(s, opts.seed, 0, opts.runs, opts));
}
