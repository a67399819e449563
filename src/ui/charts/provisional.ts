/**
 * What the halving chart can draw before any simulation returns: the years, the baseline and the target.
 * The model is calibrated so that with no plan the expected number of children at risk in every school-leaving
 * cohort is births × baseRisk (MODEL.md, calibration); the target is half of it. The plan's own lines are left
 * empty (NaN: not drawn) until its result arrives. The y axis gets the baseline's binomial 90 % range so that it
 * rarely moves when the first result arrives.
 */
import type { Bands, Scenario, SimResult } from '../../model/types';

/** Expected children at risk per cohort without a plan, from the calibration. */
export function expectedBaseline(s: Scenario): number {
  return s.births * s.baseRisk;
}

const flat = (n: number, v: number) => Array.from({ length: n }, () => v);

/**
 * A stand-in result that carries only what is known before simulating: years, baseline, target, target year.
 * Every figure of the plan is NaN, so nothing of the plan is drawn or written from it.
 */
export function provisionalResult(s: Scenario): SimResult {
  const n = s.horizon;
  const years = Array.from({ length: n }, (_, i) => s.startYear + i);
  const mean = expectedBaseline(s);
  const spread = 1.645 * Math.sqrt(mean * (1 - s.baseRisk));
  const baseline: Bands = {
    mean: flat(n, mean),
    p05: flat(n, Math.max(0, mean - spread)),
    p25: flat(n, mean),
    p50: flat(n, mean),
    p75: flat(n, mean),
    p95: flat(n, mean + spread),
  };
  const none: Bands = {
    mean: flat(n, NaN),
    p05: flat(n, NaN),
    p25: flat(n, NaN),
    p50: flat(n, NaN),
    p75: flat(n, NaN),
    p95: flat(n, NaN),
  };
  return {
    scenario: s,
    runs: 0,
    seed: '',
    years,
    atRisk: none,
    baseline: { atRisk: baseline },
    halving: { targetYear: s.startYear + 10, target: mean / 2, probability: NaN, firstYearReached: null },
  } as unknown as SimResult;
}
