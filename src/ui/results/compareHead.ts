/** The column heads of the comparison: "A" or the saved name, and under it the plan each side runs. Pure. */
import { LANGS, type Lang } from '../../i18n';
import { PLANS, matchPlan, type PlanName } from '../../model/presets';
import type { Scenario } from '../../model/types';

/** The preset plan whose budgets and years `s` has (the first that matches), else "custom". */
export function planOf(s: Scenario): PlanName {
  return PLANS.find((p) => p !== 'custom' && matchPlan(s, p) === p) ?? 'custom';
}

/** A column's head: its label (A, or a saved scenario's name) and the short name of its plan. */
export function compareHeads(a: { label: string; scenario: Scenario }, now: Scenario, lang: Lang) {
  const c = LANGS[lang].controls;
  const name = (s: Scenario) => c.plansShort[planOf(s)];
  return {
    a: { label: a.label, plan: name(a.scenario) },
    now: { label: LANGS[lang].chartsBelow.compareCurrent, plan: name(now) },
  };
}
