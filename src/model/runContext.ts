/** What one run's cohorts share, and one cohort's tallies (see cohort.ts, children.ts). */
import type { Layout } from './sample';
import type { CohortPicture } from './types';

/** Eligibility codes, by index: see eligible() in children.ts. */
export const ELIGIBILITY = ['all', 'visible', 'visible-detected', 'visible-undetected'];

/** The budget-dependent inputs of a run: reach rates and detection rates. */
export interface ReachRates {
  /** reach rate per area, per plan year */
  pi: Float64Array[];
  /** each area's highest reach rate (a child whose propensity is above it is never reached) */
  maxPi: Float64Array;
  /** chance per age that ordinary services come to know a visible need */
  detRate: Float64Array;
  /** some area reaches somebody in some year */
  any: boolean;
}

/** Everything one run's cohorts share (built once per run). */
export interface RunCtx {
  lay: Layout;
  tau: number;
  tauV: number;
  rho: number;
  sig: number;
  k1: number;
  k2: number;
  /** what the budgets decide (swap it to evaluate the same children under other budgets) */
  reach: ReachRates;
  elig: Int32Array;
  ageLo: Int32Array;
  ageHi: Int32Array;
  detMask: number;
  d: Float64Array;
  fadeAt: Float64Array;
  reached: Float64Array[];
  picture: CohortPicture | null;
  /** fixed shuffled stratum tables for weighted samples (L15 and four propensities), 5 x n */
  perm: Int32Array;
  /** areas whose eligibility looks at the need (they need a child's whole liability path) */
  pathMask: number;
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
