/**
 * How many runs a scenario's full result needs by default. Its own module (capacity and assumptions only, no
 * hot loop), so the page can load it lazily without the cohort model; simulate.ts re-exports it.
 */
import { exactRuns } from './exactRuns';
import { candidateShare } from './capacity';
export { fullReachBudget } from './capacity';
import type { Scenario } from './types';

/**
 * Runs the engine should ask for by default: 1 000. For weighted samples (above 4 000 births) the
 * time per run grows with the share of children who are candidates for support, so fewer runs keep
 * the full result within about 3 s on one core (measured, MODEL.md "Speed"):
 * 1 000 below 5 % candidates, 500 below 15 %, 200 below 40 %, else 100.
 */
export function recommendedRuns(s: Scenario): number {
  const exact = exactRuns(s);
  if (exact !== null) return exact;
  const f = candidateShare(s);
  return f < 0.05 ? 1000 : f < 0.15 ? 500 : f < 0.4 ? 200 : 100;
}
