/**
 * What the model returns (part of the contract in types.ts, which re-exports these): the summary of a simulation
 * (SimResult with its bands, target, effects and economics) and a batch of raw runs (RunBatch).
 */
import type { AreaKey, Payer, PlanPayer, Account, Scenario } from './types';

/** Mean and percentiles over runs, each an array over the years of the horizon. */
export interface Bands {
  mean: number[];
  p05: number[];
  p25: number[];
  p50: number[];
  p75: number[];
  p95: number[];
}

export interface Halving {
  /** Calendar year of the target (the last of the judged cohorts). */
  targetYear: number;
  /** First calendar year of the judged cohorts: targetYear - 2 (three cohorts). */
  fromYear: number;
  /** targetShare x the expected at-risk count per cohort without a plan (births x baseRisk). */
  target: number;
  /** The expected count without a plan (births x baseRisk). */
  expectedNoPlan: number;
  targetShare: number;
  /** The definition in one short English sentence (the interface words it from its own texts). */
  criterion: string;
  /** Share of runs whose average over the cohorts fromYear..targetYear is at most `target`. */
  probability: number;
  /** The same criterion applied to the baseline (no plan) of the same runs. */
  noPlanProbability: number;
  /** First calendar year whose three-cohort average of the expected (mean) count is at most the target, or null. */
  firstYearReached: number | null;
}

/** Paired effects: baseline minus scenario, per run (same children), then summarized over runs. */
export interface Effect {
  /** Children moved out of risk in the cohort leaving school each year (never negative in any run). */
  helped: Bands;
  /** Children helped in the judged cohorts (average over fromYear..targetYear): mean and 90 % range. */
  helpedTarget: { mean: number; p05: number; p50: number; p95: number };
  /** Expected children helped over every cohort leaving school within the horizon. */
  helpedTotal: number;
}

/** One account (payer or society): present values in SEK, discounted to startYear. */
export interface PayerEconomics {
  /** Present value of the plan's cost this account bears. */
  cost: number;
  /**
   * Present value of savings: `horizon` (years inside the horizon) and `lifetime` (every year of the
   * helped children's lives) as counted (cash, plus capacity when scenario.capacity = 1; society: all);
   * `cash` and `capacity` are the lifetime totals of each kind, always both shown.
   */
  savings: { horizon: number; lifetime: number; cash: number; capacity: number };
  npv: number;
  /** savings.lifetime / cost; null when the account bears no cost. */
  bcr: number | null;
  /** First calendar year the cumulative `cashflow` turns from negative to non-negative; null if never or no cost. */
  paybackYear: number | null;
  /** Share of runs in which this account's npv is positive. */
  probabilityPositive: number;
  /** Discounted net cash flow (counted savings minus cost) per calendar year from cashflowStartYear (mean over runs). */
  cashflow: number[];
  cashflowStartYear: number;
}

/** The social investment fund (scenario.fund = 1): it pays the plan; the municipality's counted savings repay it. */
export interface FundEconomics {
  /** What the fund paid out (undiscounted SEK, the plan's spending). */
  outlay: number;
  /** Cumulative repayment by the end of each calendar year from cashflowStartYear (undiscounted, mean over runs). */
  repaid: number[];
  /** Repaid by the end of the horizon (undiscounted). */
  repaidWithinHorizon: number;
  /** Repaid over the children's lifetimes (undiscounted; at most the outlay). */
  repaidTotal: number;
  /** First year the expected repayment reaches the outlay, or null (never). */
  repaidYear: number | null;
  /** Share of runs in which the fund is repaid in full (ever). */
  probabilityRepaid: number;
}

/** Budget the plan could not spend, by reason (expected values, SEK, undiscounted). */
export interface Unspent {
  total: number;
  /** Capacity not yet built during the ramp-up years. */
  rampup: number;
  /** The reach cap binds: too few eligible children for the budget. */
  cap: number;
  /** The rest: fewer eligible children than expected in a year, and per-run cost draws. */
  other: number;
  /** Per area: the same split. */
  byArea: Record<AreaKey, { rampup: number; cap: number; other: number }>;
  /**
   * What the capped money would buy in the areas with room left under their cap (child-years of support at
   * that area's cost), largest first.
   */
  elsewhere: { area: AreaKey; childYears: number }[];
}

export interface Economics {
  /** Total plan spending over the horizon, SEK (undiscounted). */
  cost: number;
  /** Present value of plan spending, SEK. */
  pvCost: number;
  /** Present value of avoided costs, SEK (mean over runs). */
  pvBenefits: number;
  npv: number;
  /** pvBenefits / pvCost; null when nothing is spent. */
  bcr: number | null;
  /** First calendar year cumulative discounted benefits reach cumulative discounted cost, or null. */
  paybackYear: number | null;
  /** Share of runs in which pvBenefits > pvCost. */
  probBenefitsExceedCost: number;
  /** Present value of avoided costs by payer, SEK. */
  byPayer: Record<Payer, number>;
  /** Per calendar year of the horizon: cumulative discounted spending, SEK. */
  cumulativeCost: number[];
  /** Per calendar year of the horizon: cumulative discounted avoided costs (mean), SEK. */
  cumulativeBenefits: number[];
  /** Budget not spent over the horizon (capacity not used), SEK. */
  unspent: number;
  /** Why the unspent budget was not spent, and what it would buy elsewhere. */
  unspentReasons: Unspent;
  /**
   * Part of pvBenefits from children who leave school after the horizon but were helped by
   * spending inside it (not in cumulativeBenefits, so not in paybackYear).
   */
  pvBenefitsAfterHorizon?: number;
  /** Per account, on cash flows booked in the year they occur. */
  payers: Record<Account, PayerEconomics>;
  /** Who bears the plan's cost (the municipality when a fund pays). */
  planPayer: PlanPayer;
  /** Present only when scenario.fund = 1. */
  fund: FundEconomics | null;
}

/** One cohort drawn as children: the cohort leaving school in the target year, one run (a typical future). */
export interface CohortPicture {
  year: number;
  /** The run shown: the one whose target-year count is closest to the median over runs. */
  run?: number;
  /** Children drawn (all of them, or a sample for large populations). */
  shown: number;
  /** Children the cohort really has. */
  total: number;
  sampled: boolean;
  neverAtRisk: number;
  helped: number;
  stillAtRisk: number;
}

export interface SimResult {
  scenario: Scenario;
  runs: number;
  seed: string;
  /** Calendar years of the horizon: startYear .. startYear + horizon - 1. */
  years: number[];
  /** Children at risk in the cohort leaving school that year, scenario. */
  atRisk: Bands;
  baseline: { atRisk: Bands };
  /** Mean children reached per area per year. */
  reached: Record<AreaKey, number[]>;
  /** Mean spending per area per year, SEK. */
  spending: Record<AreaKey, number[]>;
  halving: Halving;
  /** Paired effects (baseline - scenario per run). */
  effect: Effect;
  economics: Economics;
  /** Expected reduction in at-risk children in the target-year cohort attributable to each area. */
  contributions: Record<AreaKey, number>;
  cohort: CohortPicture;
  /** Monte Carlo standard errors of the headline numbers. */
  se: { atRiskTarget: number; probability: number; npv: number };
}

/**
 * Per-run output of a batch of runs [runStart, runEnd): the raw material that the engine
 * merges exactly (concatenation in run order) and `summarize` turns into a SimResult.
 * Arrays are flat, run-major: value for run r (relative to runStart) and year y is at r * years + y.
 */
export interface RunBatch {
  runStart: number;
  runCount: number;
  years: number;
  atRisk: Float64Array;
  baselineAtRisk: Float64Array;
  /** Per area, run-major runs x years. */
  reached: Record<AreaKey, Float64Array>;
  spending: Record<AreaKey, Float64Array>;
  /** Per area, per run: at-risk count in the target-year cohort with that area removed. */
  leaveOneOut: Record<AreaKey, Float64Array>;
  /** Per run: children helped in each of the 16 cohorts leaving school after the horizon (runs x 16). */
  helpedAfter: Float64Array;
  /** Per run: the drawn factor on the cost of exclusion (exclusionCost of the run / scenario.exclusionCost). */
  costFactor: Float64Array;
  /** Per run: cohort picture counts never at risk, helped, still at risk (runs x 3). */
  pictures: Float64Array;
  /** Cohort picture of the first run in this batch (its size fields are shared by every run). */
  cohort: CohortPicture;
}
