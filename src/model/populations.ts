/**
 * Populations and the seed plans (issue 9). The figures are data (data/births.ts, data/populations.ts,
 * data/seedPlans.ts, each with year and source); this module reads the births table and keeps the public
 * names in one place. Citation ids refer to CITATIONS in data/citations.ts.
 */
import { SWEDEN_BIRTHS, SWEDEN_BIRTHS_AFTER_LAST } from './data/births';

export type { Figure, MunicipalityData, SeedPlan } from './data/shapes';
export { SWEDEN_BIRTHS, SWEDEN_BIRTHS_AFTER_LAST, SWEDEN_BIRTHS_LAST, SWEDEN_LAST_PUBLISHED_YEAR } from './data/births';
export { ESKILSTUNA, NACKA, SWEDEN_NOT_ELIGIBLE, TORSHALLA } from './data/populations';
export { SEED_PLANS } from './data/seedPlans';

/** Live births in Sweden for a birth year: the table, the first year for earlier years, the assumption after. */
export function swedenBirths(year: number): number {
  const first = SWEDEN_BIRTHS[0];
  if (year < first.year) return first.value;
  const row = SWEDEN_BIRTHS.find((r) => r.year === year);
  return row ? row.value : SWEDEN_BIRTHS_AFTER_LAST.value;
}
