/**
 * The parameter registry: every scenario key with its default, range, unit and group.
 * The CLI's --set and --help, the link encoding and the interface's controls all read it,
 * so a key is defined once. Sources are in MODEL.md.
 */
import type { AreaKey, Scenario, ScenarioKey } from './types';
import { ownEntry, parseDecimal } from './validate';

/** The target year's rules (targetYear.ts), for the importers of the registry. */
export * from './targetYear';

export type ParamGroup = 'population' | 'plan' | 'assumption';
export type Unit = 'children' | 'share' | 'year' | 'years' | 'SEK/year' | 'SEK' | 'd' | 'rate' | 'flag' | 'choice';

interface Base {
  key: ScenarioKey;
  group: ParamGroup;
  unit: Unit;
  /** Short English description for the CLI's --help (the interface's texts live in src/i18n). */
  help: string;
}
export interface NumberParam extends Base {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  step: number;
  integer: boolean;
}
export interface ChoiceParam extends Base {
  kind: 'choice';
  default: string;
  choices: readonly string[];
}
export type Param = NumberParam | ChoiceParam;

const num = (
  key: ScenarioKey,
  group: ParamGroup,
  unit: Unit,
  def: number,
  min: number,
  max: number,
  step: number,
  help: string,
  integer = false,
): NumberParam => ({ kind: 'number', key, group, unit, default: def, min, max, step, integer, help });

/**
 * Largest yearly budget of one area, SEK: above what all of Sweden's largest area needs to reach every
 * eligible child (about 5.2 billion for a common first line at 100 000 births), so a budget slider can
 * always reach full reach (see fullReachBudget in capacity.ts).
 */
export const BUDGET_MAX = 2e10;

/**
 * Defaults of the custom effect sizes (dDetect..dSchool: each area's cautious effect, AREA_SPECS in
 * assumptions.ts) and of `fadeout` (DECAY_DEFAULT), declared here rather than imported: the page's first
 * chunk reads this registry, and importing assumptions.ts would bring the evidence registry (evidence.ts,
 * about 9 kB gzip of citations and evidence rows) into it. tests/model/params.test.ts checks that they equal
 * the values the evidence rule computes, so the two cannot drift.
 */
export const CAUTIOUS_DEFAULTS: Readonly<Record<AreaKey, number>> = {
  detect: 0.044,
  parent: 0.029,
  firstline: 0.044,
  school: 0.1,
};
export const FADEOUT_DEFAULT = 0.074;

/**
 * Run-count limits, named once: a link asks for linkMin..link runs; the engine (browser) accepts up to
 * engine in one request; the CLI up to cli (a patient user in a terminal).
 */
export const RUN_LIMITS = { linkMin: 100, link: 10_000, engine: 20_000, cli: 100_000 } as const;

export const PARAMS: readonly Param[] = [
  num('births', 'population', 'children', 150, 10, 200_000, 1, 'children born per year (cohort size)', true),
  num(
    'baseRisk',
    'population',
    'share',
    20 / 150,
    0.01,
    0.5,
    0.001,
    'share of a cohort leaving school at 16 not eligible for upper-secondary, with no plan',
  ),
  num(
    'birthsByYear',
    'population',
    'flag',
    0,
    0,
    1,
    1,
    "1 = each cohort's births follow Sweden's births per birth year (SCB), scaled to births; weighted samples only",
    true,
  ),
  num('startYear', 'plan', 'year', 2026, 2000, 2100, 1, 'first calendar year of the plan', true),
  num('horizon', 'plan', 'years', 20, 11, 40, 1, 'years simulated from startYear', true),
  num('detect', 'plan', 'SEK/year', 0, 0, BUDGET_MAX, 10_000, 'budget for early detection'),
  num('parent', 'plan', 'SEK/year', 0, 0, BUDGET_MAX, 10_000, 'budget for parental support'),
  num(
    'firstline',
    'plan',
    'SEK/year',
    0,
    0,
    BUDGET_MAX,
    10_000,
    'budget for a common first line / coordinated individual plans',
  ),
  num('school', 'plan', 'SEK/year', 0, 0, BUDGET_MAX, 10_000, 'budget for school attendance'),
  num('duration', 'plan', 'years', 0, 0, 40, 1, 'years the plan runs (0 = ongoing)', true),
  num('rampup', 'plan', 'years', 1, 0, 5, 1, 'years until a plan works at full capacity (staffing)', true),
  num('turnover', 'plan', 'share', 0, 0, 0.9, 0.01, 'share of capacity lost each year to staff turnover'),
  num('firstlineAgeMin', 'plan', 'years', 3, 0, 15, 1, 'youngest age the first line / coordinated plans serve', true),
  num('firstlineAgeMax', 'plan', 'years', 15, 0, 15, 1, 'oldest age the first line / coordinated plans serve', true),
  {
    kind: 'choice',
    key: 'effects',
    group: 'assumption',
    unit: 'choice',
    default: 'cautious',
    choices: ['cautious', 'studies', 'custom'],
    help: 'effect sizes: cautious (adjusted for practice), studies (as published) or custom (dDetect..dSchool)',
  },
  num(
    'dDetect',
    'assumption',
    'd',
    CAUTIOUS_DEFAULTS.detect,
    0,
    1,
    0.001,
    "custom effect size (Cohen's d) of support after early detection",
  ),
  num(
    'dParent',
    'assumption',
    'd',
    CAUTIOUS_DEFAULTS.parent,
    0,
    1,
    0.001,
    "custom effect size (Cohen's d) of parental support",
  ),
  num(
    'dFirstline',
    'assumption',
    'd',
    CAUTIOUS_DEFAULTS.firstline,
    0,
    1,
    0.001,
    "custom effect size (Cohen's d) of a common first line",
  ),
  num(
    'dSchool',
    'assumption',
    'd',
    CAUTIOUS_DEFAULTS.school,
    0,
    1,
    0.001,
    "custom effect size (Cohen's d) of school-attendance work",
  ),
  num(
    'exclusionCost',
    'assumption',
    'SEK',
    15e6,
    0,
    50e6,
    100_000,
    'lifetime societal cost of one person in lifelong exclusion',
  ),
  num('discount', 'assumption', 'rate', 0.035, 0, 0.1, 0.005, 'real discount rate per year'),
  num(
    'fadeout',
    'assumption',
    'rate',
    FADEOUT_DEFAULT,
    0,
    1,
    0.001,
    'share of an effect lost per year after support ends (WSIPP: 7.4 %)',
  ),
  num('rho', 'assumption', 'rate', 0.9, 0, 0.99, 0.01, 'year-to-year persistence of the latent liability'),
  num(
    'uncertainty',
    'assumption',
    'flag',
    1,
    0,
    1,
    1,
    '1 = draw effects, costs, fade-out, rho and the exclusion shares per run from their ranges; 0 = fixed',
    true,
  ),
  num(
    'targetYear',
    'plan',
    'year',
    0,
    0,
    2140,
    1,
    'calendar year of the target; 0 = startYear + 10; must lie in startYear+2 .. startYear+horizon-1',
    true,
  ),
  num(
    'targetShare',
    'plan',
    'share',
    0.5,
    0.1,
    0.9,
    0.05,
    '"halved" = average of the 3 cohorts up to targetYear at most this share of the expected count without a plan',
  ),
  {
    kind: 'choice',
    key: 'planPayer',
    group: 'plan',
    unit: 'choice',
    default: 'municipality',
    choices: ['municipality', 'region', 'state'],
    help: 'who pays the plan (with fund=1 the municipality, through its fund)',
  },
  num(
    'fund',
    'plan',
    'flag',
    0,
    0,
    1,
    1,
    "1 = a social investment fund pays the plan and the municipality's savings repay it",
    true,
  ),
  num(
    'capacity',
    'assumption',
    'flag',
    0,
    0,
    1,
    1,
    '1 = freed capacity (staff time) counts like cash in npv, payback and the fund; 0 = cash only',
    true,
  ),
];

export const PARAM_BY_KEY: Readonly<Record<ScenarioKey, Param>> = Object.fromEntries(
  PARAMS.map((p) => [p.key, p]),
) as Record<ScenarioKey, Param>;

export function defaultScenario(): Scenario {
  return Object.fromEntries(PARAMS.map((p) => [p.key, p.default])) as unknown as Scenario;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parse one untrusted value for `key`. Never throws; the message names the key and its range. */
export function parseParam(key: string, raw: string | number): CheckResult<number | string> {
  const p = ownEntry<Param>(PARAM_BY_KEY, key);
  if (!p) return { ok: false, message: `unknown key "${String(key).slice(0, 40)}"` };
  if (p.kind === 'choice') {
    const s = String(raw);
    return (p.choices as readonly string[]).includes(s)
      ? { ok: true, value: s }
      : { ok: false, message: `${key} must be one of ${p.choices.join(', ')}` };
  }
  const range = `${key} must be a number from ${p.min} to ${p.max}${p.integer ? ' (whole number)' : ''}`;
  const s = typeof raw === 'number' ? raw : (parseDecimal(raw) ?? NaN);
  if (!Number.isFinite(s)) return { ok: false, message: `${range}; got "${String(raw).slice(0, 40)}"` };
  if (s < p.min || s > p.max) return { ok: false, message: `${range}; got ${s}` };
  if (p.integer && !Number.isInteger(s)) return { ok: false, message: `${range}; got ${s}` };
  return { ok: true, value: s };
}

/** Clamp (and round) a number into `key`'s range; used for untrusted links, never for the CLI. */
export function clampParam(p: NumberParam, v: number): number {
  const c = Math.min(p.max, Math.max(p.min, v));
  return p.integer ? Math.round(c) : c;
}
