/**
 * Municipality and plan presets, each citing its seed document (../shared/seeds/).
 * A preset is a partial scenario laid over the defaults.
 */
import { defaultScenario } from './params';
import type { Scenario } from './types';

export const MUNICIPALITIES = ['hedemora', 'sweden', 'custom'] as const;
export type MunicipalityName = (typeof MUNICIPALITIES)[number];
export const PLANS = ['none', 'hedemora', 'nacka', 'torshalla', 'custom'] as const;
export type PlanName = (typeof PLANS)[number];

export const MUNICIPALITY_PRESETS: Record<Exclude<MunicipalityName, 'custom'>, Partial<Scenario>> = {
  // 004_92f0b28a7f05a542.txt: "varje årskull omfattar cirka 150 barn. Av dessa är det ett 20-tal som inte
  // fullföljer grundskolan med behörighet till ett gymnasieprogram"
  hedemora: { births: 150, baseRisk: 20 / 150 },
  // SCB: 100 100 live births 2023; Skolverket 2023-09-28: 85.2 % eligible, so 14.8 % not eligible
  sweden: { births: 100_100, baseRisk: 0.148 },
};

const ZERO = { detect: 0, parent: 0, firstline: 0, school: 0 };

export const PLAN_PRESETS: Record<Exclude<PlanName, 'custom'>, Partial<Scenario>> = {
  none: { ...ZERO, duration: 0 },
  // 004_92f0b28a7f05a542.txt: "under en treårsperiod bygga upp ett utrymme på 4,5 miljoner ... tre områden –
  // tidig upptäckt, verksamhetsgemensam första linje och skolnärvaro". 4.5 MSEK / 3 years / 3 areas.
  hedemora: { ...ZERO, detect: 500_000, firstline: 500_000, school: 500_000, duration: 3 },
  // 000_1722f47be816d5dd.txt: 3 MSEK set aside for 2013 (558 000 SEK used); efforts on a joint picture of
  // children in need (detection) and early interventions early in life (parental support). Split: assumption.
  nacka: { ...ZERO, detect: 1_500_000, parent: 1_500_000, duration: 1 },
  // 002_9d95aff1216a1b7d.txt: 3.8 MSEK from a social investment fund; general parental support 0-6 and
  // coordinated individual plans (SIP) 6-12. Split evenly over an assumed three years: assumption.
  torshalla: { ...ZERO, parent: 633_333, firstline: 633_333, duration: 3 },
};

/**
 * Extra plan variants the CLI accepts (not in PLANS, so the interface's plan list is unchanged).
 * 000_1722f47be816d5dd.txt: "Av de avsatta 3 miljoner kronorna har 558 000 kr använts." The money
 * actually used, split as the nacka preset, over one year.
 */
export const PLAN_VARIANTS: Record<string, Partial<Scenario>> = {
  'nacka-used': { ...ZERO, detect: 279_000, parent: 279_000, duration: 1 },
};

/** A scenario from defaults, a municipality preset and a plan preset (or variant), in that order. */
export function scenarioFromPresets(
  base: Scenario,
  municipality: MunicipalityName,
  plan: PlanName | keyof typeof PLAN_VARIANTS,
): Scenario {
  const m = municipality === 'custom' ? {} : MUNICIPALITY_PRESETS[municipality];
  const p =
    plan === 'custom' ? {} : ((PLAN_PRESETS as Record<string, Partial<Scenario>>)[plan] ?? PLAN_VARIANTS[plan] ?? {});
  return { ...base, ...m, ...p };
}

/** The one place presets resolve: the defaults (or `base`), then the municipality preset, then the plan preset. */
export function resolveScenario(m: MunicipalityName, p: PlanName, base: Scenario = defaultScenario()): Scenario {
  return scenarioFromPresets(base, m, p);
}
