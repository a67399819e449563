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
  /** chance per age that ordinary services come to know a visible need (no plan) */
  detRate: Float64Array;
  /**
   * per plan year: the share of the remaining gap (1 − detRate) that the early-detection budget closes
   * at ages up to `leverAgeMax` (the detection lever); the need then counts as known to the first line
   */
  detLever: Float64Array;
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
  /** areas that give one course per child (universal: parental support) at a course age drawn per child */
  courseMask: number;
  /** oldest age at which the detection lever works (the early-detection area's ages) */
  leverAgeMax: number;
  /** effect of k years of targeted support relative to one year (the dose rule), k = 0..16 */
  dose: Float64Array;
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
  /** the current cohort's weight per simulated child (1 for exact populations), set per cohort */
  w: Float64Array;
  /**
   * Told of every candidate right after its protection (its support in protection.ts SUPPORT): cohort, child, L16
   * and L15 (exact populations: L16 twice). Null in ordinary runs; the tornado's pass records the children (tornadoPass.ts).
   */
  record: ChildHook | null;
}

export type ChildHook = (ci: number, i: number, L: number, L15: number) => void;

/** One cohort's tallies (exact counts, or sums of conditional probabilities for a weighted sample). */
export interface CohortAcc {
  base: number;
  scen: number;
  s1: number;
  s2: number;
  loo: Float64Array;
  later: number;
}
