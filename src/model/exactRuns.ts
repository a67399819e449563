/**
 * The population size up to which every child is simulated, and the runs a full result needs there: no pilot,
 * no random numbers, so the page answers these scenarios at once, without asking the advice worker (issue 22,
 * point 6). runs.ts `recommendedRuns` starts with `exactRuns`; assumptions.ts re-exports EXACT_MAX_BIRTHS.
 */
import type { Scenario } from './types';

/** Populations above this size are simulated as a weighted sample of SAMPLE_SIZE children a cohort. */
// 4 000 (was 5 000, issue 24): Malmö's 4 429 births simulated exactly took 8.4 s to the final result in Chromium
// against 1.8 s for Göteborg's 6 922 as a sample; the seed presets (at most 1 139) and Sweden are unaffected.
export const EXACT_MAX_BIRTHS = 4_000;

/** Runs of a full result by default when every child is simulated (1 000), else null: the pilot decides. */
export function exactRuns(s: Pick<Scenario, 'births'>): number | null {
  return s.births <= EXACT_MAX_BIRTHS ? 1000 : null;
}
