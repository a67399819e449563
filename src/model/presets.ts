/**
 * Municipality and plan presets, each citing its source (CITATIONS in evidence.ts; the figures and the
 * seeds' own words are in populations.ts). A preset is a partial scenario laid over the defaults.
 */
import type { CitationId } from './data/citations';
import { defaultScenario } from './params';
import { SWEDEN_BIRTHS_LAST } from './data/births';
import { ESKILSTUNA, NACKA, SWEDEN_NOT_ELIGIBLE } from './data/populations';
import { SEED_PLANS } from './data/seedPlans';
import type { Scenario, ScenarioKey } from './types';
import { CITED_FIGURES, type CitedId } from './data/citedFigures';
import { scaledPlanFor } from './planScale';

/** The seed documents' municipalities (and all of Sweden): the presets the reference numbers pin. */
export const MUNICIPALITIES = ['hedemora', 'nacka', 'eskilstuna', 'sweden', 'custom'] as const;
/**
 * Every municipality the page and the link offer: the seed presets, the municipalities with cited figures
 * (data/citedFigures.ts; their sources in data/municipalities.ts), all of Sweden, edited figures (custom) and the user's own municipality (own).
 */
export const ALL_MUNICIPALITIES = [
  'hedemora',
  'nacka',
  'eskilstuna',
  ...CITED_FIGURES.map((c) => c.id),
  'sweden',
  'own',
  'custom',
] as const satisfies readonly string[];
export type MunicipalityName = (typeof MUNICIPALITIES)[number] | CitedId | 'own';
/** A municipality preset with figures of its own (not edited figures, not the user's own). */
export type PresetMunicipality = Exclude<MunicipalityName, 'custom' | 'own'>;
export const isPreset = (m: MunicipalityName): m is PresetMunicipality => m !== 'custom' && m !== 'own';
export const PLANS = ['none', 'hedemora', 'hedemora-yearly', 'nacka', 'torshalla', 'custom'] as const;
export type PlanName = (typeof PLANS)[number];

const seed = (id: string) => {
  const p = SEED_PLANS.find((x) => x.id === id);
  if (!p) throw new Error(`no seed plan ${id}`);
  return p;
};

const CITED_PRESETS = Object.fromEntries(
  CITED_FIGURES.map((c) => [c.id, { births: c.births, baseRisk: c.notEligible, birthsByYear: 0 }]),
) as Record<CitedId, Partial<Scenario>>;

export const MUNICIPALITY_PRESETS: Record<PresetMunicipality, Partial<Scenario>> = {
  ...CITED_PRESETS,
  // Hedemora: "varje årskull omfattar cirka 150 barn. Av dessa är det ett 20-tal som inte fullföljer
  // grundskolan med behörighet till ett gymnasieprogram"
  hedemora: { births: 150, baseRisk: 20 / 150, birthsByYear: 0 },
  // Nacka: 1 108 births (2022, SCB via Urbistat); 94 % eligible in spring 2023 (Nacka kommun, Skolverket)
  nacka: { births: NACKA.modelBirths.value, baseRisk: NACKA.notEligible.value, birthsByYear: 0 },
  // Eskilstuna (Torshälla is part of it): mean births 2016–2023 (SCB), 80.57 % eligible in municipal schools 2017/18
  eskilstuna: {
    births: ESKILSTUNA.modelBirths.value,
    baseRisk: Math.round(ESKILSTUNA.notEligible.value * 10_000) / 10_000,
    birthsByYear: 0,
  },
  // Sweden: SCB's live births per birth year (the 2023 cohort: 100 100); Skolverket 2023: 85.2 % eligible
  sweden: { births: SWEDEN_BIRTHS_LAST.value, baseRisk: SWEDEN_NOT_ELIGIBLE.value, birthsByYear: 1 },
};

const ZERO = { detect: 0, parent: 0, firstline: 0, school: 0 };
/** Plan keys every preset sets, so that choosing a plan resets what another plan changed. */
const PLAN_BASE = { ...ZERO, rampup: 1, turnover: 0, firstlineAgeMin: 3, firstlineAgeMax: 15 };

const hed = seed('hedemora');
const nac = seed('nacka');
const tor = seed('torshalla');

export const PLAN_PRESETS: Record<Exclude<PlanName, 'custom'>, Partial<Scenario>> = {
  none: { ...PLAN_BASE, duration: 0 },
  // Hedemora, reading A: "under en treårsperiod bygga upp ett utrymme på 4,5 miljoner" as 4.5 MSEK in all,
  // 1.5 MSEK a year for three years over tidig upptäckt, verksamhetsgemensam första linje, skolnärvaro.
  hedemora: {
    ...PLAN_BASE,
    detect: hed.amounts.perYearReadingA / 3,
    firstline: hed.amounts.perYearReadingA / 3,
    school: hed.amounts.perYearReadingA / 3,
    duration: 3,
  },
  // Hedemora, reading B: the room grows to 4.5 MSEK a year over three years (1.5, 3.0, 4.5: a two-year
  // ramp) and stays there, as new three-year projects start every year ("nya projekt ska kunna startas varje år").
  'hedemora-yearly': {
    ...PLAN_BASE,
    detect: hed.amounts.perYearReadingB / 3,
    firstline: hed.amounts.perYearReadingB / 3,
    school: hed.amounts.perYearReadingB / 3,
    duration: 0,
    rampup: 2,
  },
  // Nacka as reported: universal and promotive work (training staff to notice needs, indicators), no places
  // for children; in the model the early-detection budget, which raises the rate at which needs become
  // known (and helps the children it finds), for one year, with the 558 000 SEK actually used, mostly by
  // existing staff (no build-up: rampup 0).
  nacka: { ...PLAN_BASE, detect: nac.amounts.used, duration: 1, rampup: 0 },
  // Torshälla (Team Samagera): 3.8 MSEK, general parental support 0–6 and coordinated plans 6–12, from
  // September 2014 to August 2016 (two years, split evenly: assumption); a year to staff (rampup 1) and
  // the special educator lost twice (about 20 % of capacity a year).
  torshalla: {
    ...PLAN_BASE,
    parent: tor.amounts.fund / 2 / 2,
    firstline: tor.amounts.fund / 2 / 2,
    duration: 2,
    rampup: tor.facts.staffingDelayYears as number,
    turnover: tor.facts.capacityLostPerYear as number,
    firstlineAgeMin: 6,
    firstlineAgeMax: 12,
  },
};

/**
 * Extra plan variants the CLI accepts (not in PLANS, so the interface's plan list is unchanged).
 * `nacka-budget`: the 3 MSEK set aside for 2013 ("Inför år 2013 avsatte kommunfullmäktige 3 miljoner
 * kronor"), as if it had all been spent the same way. `nacka-used`: the former name of `nacka`.
 */
export const PLAN_VARIANTS: Record<string, Partial<Scenario>> = {
  'nacka-budget': { ...PLAN_BASE, detect: nac.amounts.setAside, duration: 1, rampup: 0 },
  'nacka-used': PLAN_PRESETS.nacka,
};

/** The documents behind each preset, for the sources panel (evidence.ts `formatCitation`). */
export const MUNICIPALITY_SOURCES: Record<PresetMunicipality, readonly CitationId[]> = {
  // The cited municipalities carry their sources in data/municipalities.ts (publisher, title, year, address).
  ...(Object.fromEntries(CITED_FIGURES.map((c): [CitedId, readonly CitationId[]] => [c.id, []])) as Record<
    CitedId,
    readonly CitationId[]
  >),
  hedemora: ['hedemora'],
  nacka: [...NACKA.modelBirths.sources, ...NACKA.notEligible.sources],
  eskilstuna: [...ESKILSTUNA.modelBirths.sources, ...ESKILSTUNA.notEligible.sources],
  sweden: ['statisticoBirths', 'scbPress2010', 'scb2023births', 'skolverket2023'],
};
export const PLAN_SOURCES: Record<Exclude<PlanName, 'custom'>, readonly CitationId[]> = {
  none: [],
  hedemora: ['hedemora'],
  'hedemora-yearly': ['hedemora'],
  nacka: ['nacka2015'],
  torshalla: ['torshalla', 'sbu2020'],
};

/** A scenario from defaults, a municipality preset and a plan preset (or variant), in that order. */
export function scenarioFromPresets(
  base: Scenario,
  municipality: MunicipalityName,
  plan: PlanName | keyof typeof PLAN_VARIANTS,
): Scenario {
  const m = isPreset(municipality) ? MUNICIPALITY_PRESETS[municipality] : {};
  const p =
    plan === 'custom' ? {} : ((PLAN_PRESETS as Record<string, Partial<Scenario>>)[plan] ?? PLAN_VARIANTS[plan] ?? {});
  return { ...base, ...m, ...p };
}

/**
 * The one place the page's presets resolve: the defaults (or `base`), then the municipality preset, then the plan
 * preset, its budgets scaled to the population when the plan was made for a place of another size (births over
 * the births of that place, planScale.ts; issue 24). The reference numbers (scenarioFromPresets) stay unscaled.
 */
export function resolveScenario(m: MunicipalityName, p: PlanName, base: Scenario = defaultScenario()): Scenario {
  const s = scenarioFromPresets(base, m, p);
  if (p === 'custom') return s;
  const scaled = scaledPlanFor(p, PLAN_PRESETS[p], s.births);
  return scaled ? { ...s, ...scaled } : s;
}

/** The municipality name that describes `s`: the preset when births and baseRisk match it, else custom. */
export function matchMunicipality(s: Scenario, hint: MunicipalityName): MunicipalityName {
  if (!isPreset(hint)) return hint;
  return Object.entries(MUNICIPALITY_PRESETS[hint]).every(([k, v]) => s[k as ScenarioKey] === v) ? hint : 'custom';
}
/** The plan name that describes `s`: the preset when its budgets and years match, else custom. */
export function matchPlan(s: Scenario, hint: PlanName): PlanName {
  if (hint === 'custom') return 'custom';
  const preset = { ...PLAN_PRESETS[hint], ...scaledPlanFor(hint, PLAN_PRESETS[hint], s.births) };
  return Object.entries(preset).every(([k, v]) => s[k as ScenarioKey] === v) ? hint : 'custom';
}
