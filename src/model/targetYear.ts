/**
 * The target year (MODEL.md "What a run reports"): which cohort is judged (startYear + 10 by default, or a set
 * year), how many cohorts are averaged, the valid years and the cross-key check against the horizon. Re-exported
 * by params.ts.
 */
import type { Scenario } from './types';

/** Years from the start to the judged cohort: the one leaving school in startYear + 10. */
export const TARGET_YEARS = 10;

/** Index of the target (judged) year in a horizon of `years` years; the last year if the horizon is shorter. */
export function targetYearIndex(years: number): number {
  return Math.min(TARGET_YEARS, years - 1);
}

/** The target year of a scenario: `targetYear`, or startYear + 10 when it is 0 (the default). */
export function targetYearOf(s: Scenario): number {
  return s.targetYear === 0 ? s.startYear + TARGET_YEARS : s.targetYear;
}

/** Index in the horizon of the target year (valid only when `targetProblem(s)` is null). */
export function targetIndexOf(s: Scenario): number {
  return targetYearOf(s) - s.startYear;
}

/** Cohorts averaged by the target criterion: the target year and the two before it. */
export const TARGET_COHORTS = 3;

/** Valid target years for a start year and horizon: startYear + 2 .. startYear + horizon - 1. */
export function targetYearRange(s: Pick<Scenario, 'startYear' | 'horizon'>): { min: number; max: number } {
  return { min: s.startYear + TARGET_COHORTS - 1, max: s.startYear + s.horizon - 1 };
}

/**
 * Cross-key check of the target against the horizon. Null when valid; otherwise a message and the nearest
 * valid target year (the CLI refuses the scenario, a link uses `nearest` and says so).
 */
export function targetProblem(s: Scenario): { message: string; nearest: number } | null {
  const y = targetYearOf(s);
  const { min, max } = targetYearRange(s);
  if (y >= min && y <= max) return null;
  const nearest = Math.min(max, Math.max(min, y));
  const what = s.targetYear === 0 ? `the default target year ${y} (startYear + 10)` : `targetYear ${y}`;
  return {
    message:
      `${what} is outside the horizon: with startYear ${s.startYear} and horizon ${s.horizon} the target year ` +
      `must lie in ${min} .. ${max} (the three cohorts up to it must leave school within the horizon); ` +
      `set targetYear or a longer horizon`,
    nearest,
  };
}
