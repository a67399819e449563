/**
 * The seed plans made for one place, applied to another: each area's yearly budget times the population's births
 * over the births of the place the plan was made for (Hedemora 150, Nacka and Torshälla as populations.ts gives
 * them), in whole kronor. A plain proportional scaling: an assumption (MODEL.md "Municipalities"), the same one the
 * curve's seed-plan marks use. Plans with no budget, or a population of the plan's own size, are not scaled.
 */
import { BUDGET_MAX } from './paramTable';
import { NACKA, TORSHALLA } from './populations';
import { AREAS, type Scenario } from './types';

/** Births per cohort of the place each seed plan was made for. */
export const PLAN_HOME_BIRTHS: Readonly<Record<string, number>> = {
  hedemora: 150,
  'hedemora-yearly': 150,
  nacka: NACKA.modelBirths.value,
  torshalla: TORSHALLA.modelBirths.value,
};

/** The factor a plan is scaled by for `births` children a cohort, or null when it is not scaled. */
export function planScale(plan: string, births: number): number | null {
  const home = PLAN_HOME_BIRTHS[plan];
  if (home === undefined || !Number.isFinite(births) || births <= 0 || births === home) return null;
  return births / home;
}

/** The plan preset's budgets scaled for `births` (null when not scaled); other keys are left to the preset. */
export function scaledPlanFor(plan: string, preset: Partial<Scenario>, births: number): Partial<Scenario> | null {
  const f = planScale(plan, births);
  if (f === null) return null;
  const out: Partial<Scenario> = {};
  for (const a of AREAS) {
    const b = preset[a];
    if (typeof b === 'number' && b > 0) out[a] = Math.min(BUDGET_MAX, Math.round(b * f));
  }
  return out;
}
