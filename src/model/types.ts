/**
 * The contract between the model, the engine, the workers, the CLI and the interface.
 * Types and constant lists (AREAS, PAYERS, PLAN_PAYERS, ACCOUNTS) and perArea; the result types are in
 * resultTypes.ts (re-exported here); no imports from outside src/model.
 */

/** The four intervention areas, in display order. */
export const AREAS = ['detect', 'parent', 'firstline', 'school'] as const;
export type AreaKey = (typeof AREAS)[number];
/** A record with one value per area, in AREAS order (k: the area's index). */
export const perArea = <T>(f: (a: AreaKey, k: number) => T): Record<AreaKey, T> =>
  Object.fromEntries(AREAS.map((a, k) => [a, f(a, k)])) as Record<AreaKey, T>;

/** Who bears the avoided costs. */
export const PAYERS = ['school', 'social', 'income', 'region', 'state'] as const;
export type Payer = (typeof PAYERS)[number];

export type EffectMode = 'cautious' | 'studies' | 'custom';

/** Who can pay the plan (scenario key `planPayer`). */
export const PLAN_PAYERS = ['municipality', 'region', 'state'] as const;
export type PlanPayer = (typeof PLAN_PAYERS)[number];
/** The accounts the economics are reported for: the three payers and society as a whole. */
export const ACCOUNTS = ['municipality', 'region', 'state', 'society'] as const;
export type Account = (typeof ACCOUNTS)[number];

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
  /** Calendar year of the target; 0 = startYear + 10 (see `targetYearOf` in params.ts). */
  targetYear: number;
  /** "Halved" = at most this share of the expected count without a plan (0.5 = half). */
  targetShare: number;
  /** Who pays the plan. */
  planPayer: PlanPayer;
  /** 1 = the municipality's social investment fund pays the plan; its cash savings repay the fund. */
  fund: number;
  /** 1 = freed capacity (staff time) counts like cash in npv, payback and the fund; 0 = cash only. */
  capacity: number;
}

export type ScenarioKey = keyof Scenario;

export type {
  Bands,
  Halving,
  Effect,
  PayerEconomics,
  FundEconomics,
  Unspent,
  Economics,
  CohortPicture,
  SimResult,
  RunBatch,
} from './resultTypes';
