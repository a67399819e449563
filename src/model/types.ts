/**
 * The contract between the model, the engine, the workers, the CLI and the interface.
 * Types and two constant lists (AREAS, PAYERS); no imports from outside src/model.
 */

/** The four intervention areas, in display order. */
export const AREAS = ['detect', 'parent', 'firstline', 'school'] as const;
export type AreaKey = (typeof AREAS)[number];

/** Who bears the avoided costs. */
export const PAYERS = ['school', 'social', 'income', 'region', 'state'] as const;
export type Payer = (typeof PAYERS)[number];

export type EffectMode = 'cautious' | 'studies' | 'custom';

/**
 * A fully resolved scenario: every key the link, the CLI (`--set key=value`) and the
 * interface use. Budgets are SEK per year per area. See `params.ts` for ranges and units.
 */
export interface Scenario {
  births: number;
  baseRisk: number;
  /**
   * 1 = births per birth year follow Sweden's live births (SCB), scaled so that the cohort born in the
   * last published year has `births`; 0 = every cohort has `births`. Weighted samples only (above 5 000).
   */
  birthsByYear: number;
  startYear: number;
  horizon: number;
  detect: number;
  parent: number;
  firstline: number;
  school: number;
  /** Years the plan runs; 0 = ongoing for the whole horizon. */
  duration: number;
  /** Share of the plan's capacity lost each year to staff turnover (vacancies), 0 = none. */
  turnover: number;
  /** Ages (completed years, inclusive) the common first line / coordinated plans serve. */
  firstlineAgeMin: number;
  firstlineAgeMax: number;
  effects: EffectMode;
  /** Custom effect sizes (Cohen's d), used when effects = 'custom'. */
  dDetect: number;
  dParent: number;
  dFirstline: number;
  dSchool: number;
  /** Lifetime societal cost of one person in lifelong exclusion, SEK. */
  exclusionCost: number;
  /** Real discount rate per year (0.035 = 3.5 %). */
  discount: number;
  /** Share of an effect lost per year once support has ended (after the hold period). */
  fadeout: number;
  /** Years from the start of a plan until its capacity is at full strength (a plan property: staffing). */
  rampup: number;
  /** Year-to-year persistence of the latent liability (AR(1) rho). */
  rho: number;
  /** 1 = draw effect sizes, costs and fade-out per run from their ranges; 0 = fixed. */
  uncertainty: number;
}

export type ScenarioKey = keyof Scenario;

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
  /** Calendar year whose school-leaving cohort is judged: startYear + 10. */
  targetYear: number;
  /** Half the baseline's expected at-risk count per cohort. */
  target: number;
  /** Share of runs whose targetYear cohort has at most `target` children at risk. */
  probability: number;
  /** First calendar year the expected (mean) count is at or below the target, or null. */
  firstYearReached: number | null;
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
  /**
   * Part of pvBenefits from children who leave school after the horizon but were helped by
   * spending inside it (not in cumulativeBenefits, so not in paybackYear). Added by the cohort model.
   */
  pvBenefitsAfterHorizon?: number;
}

/** One cohort drawn as children: the cohort leaving school in the target year, one run. */
export interface CohortPicture {
  year: number;
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
  /** Per run: discounted avoided costs per year (runs x years). */
  benefits: Float64Array;
  /** Per area, per run: at-risk count in the target-year cohort with that area removed. */
  leaveOneOut: Record<AreaKey, Float64Array>;
  /** Cohort picture counts of the first run in this batch (only meaningful for run 0). */
  cohort: CohortPicture;
  /**
   * Per run: present value of avoided costs of cohorts leaving school after the horizon (helped by
   * spending inside it). mergeBatches concatenates it.
   */
  benefitsAfter: Float64Array;
}
