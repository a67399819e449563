/**
 * What one helped child (moved out of the at-risk path at 16) saves, year by year of its life, and who
 * saves it. Each item is an expected difference between the at-risk path and the other path, per year of
 * age, booked in the calendar year the child has that age. Sources and reasoning: MODEL.md "Cash flows".
 *
 * - `payer`: whose budget it is (null: no public budget; production is income to the household and the economy).
 * - `kind`: `cash` a payer no longer spends or no longer loses (money back in a budget), or `capacity` it frees
 *   (staff time that goes to other children or clients; Hultkrantz, SNS 2015).
 * - `society`: true for a resource cost (counted for society as a whole); false for a transfer (income support,
 *   benefits, taxes): a cost to the payer and an income to the household, so it nets out for society.
 * - Adult items are shares of the yearly cost of a person in lifelong exclusion (`exclusionCost` over ages
 *   20..64) times the difference in exclusion chances; they carry the run's drawn cost factor. The others are SEK
 *   per year and are not drawn.
 */
import { COST_AGE_FROM, COST_AGE_TO, P_EXCLUSION_AT_RISK, P_EXCLUSION_NOT_AT_RISK } from './assumptions';
import type { Payer, PlanPayer, Scenario } from './types';

export interface SavingItem {
  key: string;
  /** First and last age (inclusive) at which the saving occurs. */
  ageFrom: number;
  ageTo: number;
  /** SEK per year (childhood and youth items), or ... */
  sek?: number;
  /** ... a share of the yearly cost of exclusion (adult items). */
  exclusionShare?: number;
  payer: PlanPayer | null;
  kind: 'cash' | 'capacity';
  society: boolean;
  /** The old per-service category (`economics.byPayer`), null for production. */
  service: Payer | null;
}

export const SAVING_ITEMS: readonly SavingItem[] = [
  // Childhood, ages 13-15 (högstadiet): never booked before the plan starts (see cashflow.ts).
  // Special support in school (resource teacher, small group): staff time that goes to other pupils.
  // Assumption within "25 000-50 000 SEK" of extra support a pupil with special needs goes without (Ingvar
  // Nilsson in Skolvärlden, CASHFLOW_EVIDENCE): about 40 % of a pupil in years 7-9 (104 171 SEK, Örnsköldsvik 2024).
  {
    key: 'schoolSupport',
    ageFrom: 13,
    ageTo: 15,
    sek: 40_000,
    payer: 'municipality',
    kind: 'capacity',
    society: true,
    service: 'school',
  },
  // Placements out of the home bought from others (HVB, family homes). Assumption: 3 percentage points fewer
  // placement-years at about 1 MSEK each.
  {
    key: 'placements',
    ageFrom: 13,
    ageTo: 15,
    sek: 30_000,
    payer: 'municipality',
    kind: 'cash',
    society: true,
    service: 'social',
  },
  // Youth, 16-19. The longer path through upper-secondary school (an introductory programme first):
  // assumption half a year more on average at 150 000 SEK a year (introductory programme 151 358 SEK,
  // Örnsköldsvik 2024), booked at 19, the year the longer path ends. Paid per pupil, often to other providers.
  {
    key: 'extraSchoolYear',
    ageFrom: 19,
    ageTo: 19,
    sek: 75_000,
    payer: 'municipality',
    kind: 'cash',
    society: true,
    service: 'school',
  },
  // Not studying at 17-19: the municipal activity responsibility (KAA), staff time. Assumption.
  {
    key: 'activityResponsibility',
    ageFrom: 17,
    ageTo: 19,
    sek: 15_000,
    payer: 'municipality',
    kind: 'capacity',
    society: true,
    service: 'social',
  },
  // Income support at 18-19 (a transfer). Assumption: about a third of the average 57 380 SEK a household-year
  // (Socialstyrelsen 2019).
  {
    key: 'youthIncomeSupport',
    ageFrom: 18,
    ageTo: 19,
    sek: 20_000,
    payer: 'municipality',
    kind: 'cash',
    society: false,
    service: 'income',
  },
  // Adult years 20-64, shares of the yearly cost of exclusion (Nilsson & Wadeskog: lost production plus the
  // public costs of exclusion; the split is an assumption, the municipality's part 33 % as in Värmdö's 34 %).
  // Production lost (society's resource loss; the taxes on it are the three tax items below, not extra).
  {
    key: 'production',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.5,
    payer: null,
    kind: 'cash',
    society: true,
    service: null,
  },
  {
    key: 'municipalTax',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.11,
    payer: 'municipality',
    kind: 'cash',
    society: false,
    service: 'income',
  },
  {
    key: 'regionalTax',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.05,
    payer: 'region',
    kind: 'cash',
    society: false,
    service: 'region',
  },
  {
    key: 'stateTax',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.09,
    payer: 'state',
    kind: 'cash',
    society: false,
    service: 'state',
  },
  {
    key: 'incomeSupport',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.12,
    payer: 'municipality',
    kind: 'cash',
    society: false,
    service: 'income',
  },
  {
    key: 'socialCare',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.05,
    payer: 'municipality',
    kind: 'cash',
    society: true,
    service: 'social',
  },
  {
    key: 'socialStaff',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.05,
    payer: 'municipality',
    kind: 'capacity',
    society: true,
    service: 'social',
  },
  {
    key: 'healthCare',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.08,
    payer: 'region',
    kind: 'capacity',
    society: true,
    service: 'region',
  },
  {
    key: 'stateBenefits',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.12,
    payer: 'state',
    kind: 'cash',
    society: false,
    service: 'state',
  },
  {
    key: 'justice',
    ageFrom: COST_AGE_FROM,
    ageTo: COST_AGE_TO - 1,
    exclusionShare: 0.08,
    payer: 'state',
    kind: 'capacity',
    society: true,
    service: 'state',
  },
];

/** Last age at which any item saves (the cash flows run until the last helped child reaches it). */
export const LAST_SAVING_AGE = COST_AGE_TO - 1;
/** First age at which any item saves. */
export const FIRST_SAVING_AGE = 13;

/** Yearly amount per helped child of an item, before the run's cost factor (adult items only). */
export function itemAmount(item: SavingItem, s: Scenario): number {
  if (item.sek !== undefined) return item.sek;
  const years = COST_AGE_TO - COST_AGE_FROM;
  return (item.exclusionShare ?? 0) * (s.exclusionCost / years) * (P_EXCLUSION_AT_RISK - P_EXCLUSION_NOT_AT_RISK);
}
