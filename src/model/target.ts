/**
 * The judged cohorts and the target (MODEL.md "What a run reports"): which cohorts are judged, the target count, and the
 * chance over runs that their average reaches it.
 */
import { TARGET_COHORTS, targetIndexOf } from './targetYear';
import { cohortBirths } from './sample';
import type { Halving, RunBatch, Scenario } from './types';

/** Index of the judged (target) cohort inside a horizon of `years`: the target year, kept inside the horizon. */
export function judgedIndex(s: Scenario, years: number): number {
  return Math.min(Math.max(0, targetIndexOf(s)), years - 1);
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
  return R > 0 ? runsReaching(data, R, Y, from, ti, target) / R : 0;
}

/** How many runs (run-major data, runs x years) have an average at-risk count over years from .. ti of at most target. */
export function runsReaching(data: Float64Array, R: number, Y: number, from: number, ti: number, target: number) {
  let k = 0;
  for (let r = 0; r < R; r++) {
    let t = 0;
    for (let y = from; y <= ti; y++) t += data[r * Y + y];
    if (t / (ti - from + 1) <= target + 1e-9) k++;
  }
  return k;
}

/**
 * The target: the average at-risk count over the cohorts leaving school in targetYear-2 .. targetYear is at most
 * targetShare x the expected count without a plan (births x baseRisk, exact by calibration).
 */
export function halvingOf(s: Scenario, b: RunBatch, ti: number, years: number[], meanAtRisk: number[]): Halving {
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
