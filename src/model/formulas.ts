/**
 * The small formulas of the evidence (issue 9): the dose rule and the detection lever. Pure functions; their constants are in data/levers.ts.
 */
import type { AreaKey } from './types';
import { DETECTION_LEVER, DOSE } from './data/levers';

/** Effect after `years` years of targeted support: d × (1 − r^years) / (1 − r); 0 for no years. */
export function doseEffect(d: number, years: number, ratio: number = DOSE.ratio.value): number {
  if (years <= 0 || d <= 0) return 0;
  if (ratio >= 1) return d * years;
  return (d * (1 - Math.pow(ratio, years))) / (1 - ratio);
}

/** Cost of `years` years of support at a unit cost; universal parental support is one course however long. */
export function doseCost(area: AreaKey, unitCost: number, years: number): number {
  if (years <= 0) return 0;
  return area === 'parent' ? unitCost * DOSE.parentCoursesPerChild : unitCost * years;
}

/**
 * Yearly detection rate of ordinary services with an early-detection budget:
 * `base + (1 − base) × maxExtra × (1 − exp(−budget / (eligible × costScale)))`.
 * Concave, capped below `base + (1 − base) × maxExtra`, never lower than `base`, and non-decreasing in the budget.
 */
export function detectionRateWithBudget(
  base: number,
  budget: number,
  eligible: number,
  maxExtra: number = DETECTION_LEVER.maxExtra.value,
  costScale: number = DETECTION_LEVER.costScale.value,
): number {
  if (budget <= 0 || eligible <= 0) return base;
  const saturation = 1 - Math.exp(-budget / (eligible * costScale));
  return base + (1 - base) * maxExtra * saturation;
}
