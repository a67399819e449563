/** What one run's cohorts share, and one cohort's tallies (see cohort.ts, children.ts). */
import type { Layout } from './sample';
import type { CohortPicture } from './types';

/** Eligibility codes, by index: see eligible() in children.ts. */
export const ELIGIBILITY = ['all', 'visible', 'visible-detected', 'visible-undetected'];

/** Everything one run's cohorts share (built once per run). */
export interface RunCtx {
  lay: Layout;
  tau: number;
  tauV: number;
  rho: number;
  sig: number;
  k1: number;
  k2: number;
  /** reach rate per plan year, per area */
  pi: Float64Array[];
  maxPi: Float64Array;
  elig: Int32Array;
  ageLo: Int32Array;
  ageHi: Int32Array;
  detMask: number;
  detRate: Float64Array;
  d: Float64Array;
  fadeAt: Float64Array;
  reached: Float64Array[];
  picture: CohortPicture | null;
  /** fixed shuffled stratum tables for weighted samples (L15 and four propensities), 5 x n */
  perm: Int32Array;
  /** areas whose eligibility looks at the need (they need a child's whole liability path) */
  pathMask: number;
  /** some area reaches somebody in some year */
  anyReach: boolean;
  /** scratch: one child's liability path, ages 0..16 */
  path: Float64Array;
}

/** One cohort's tallies (exact counts, or sums of conditional probabilities for a weighted sample). */
export interface CohortAcc {
  base: number;
  scen: number;
  s1: number;
  s2: number;
  loo: Float64Array;
  later: number;
}
