/**
 * The model's fixed assumptions that are not scenario keys: the four areas' target ages, costs,
 * reach caps and effect sizes, detection by ordinary services, later outcomes and who pays.
 * Every number is listed with its source (or "assumption") in MODEL.md.
 */
import type { AreaKey, EffectMode, Payer, Scenario } from './types';

export interface AreaSpec {
  /** First and last age (completed years) at which a child can be reached. */
  ageMin: number;
  ageMax: number;
  /** Who can be reached: everybody in the age band, or children with a visible need (and status). */
  eligible: 'all' | 'visible-undetected' | 'visible-detected' | 'visible';
  /** SEK per child reached per year. */
  cost: number;
  /** Largest share of eligible children the area can reach in a year, however large the budget. */
  cap: number;
  /** Effect size (Cohen's d) on the liability: cautious default with its range, and the study figure. */
  cautious: number;
  low: number;
  high: number;
  studies: number;
}

export const AREA_SPECS: Record<AreaKey, AreaSpec> = {
  // Early detection: finds children whose need is visible but not yet known to ordinary services
  // (child health care, preschool, school health) and gives them early help while the need shows.
  detect: {
    ageMin: 0,
    ageMax: 12,
    eligible: 'visible-undetected',
    cost: 20_000,
    cap: 0.8,
    cautious: 0.1,
    low: 0.02,
    high: 0.2,
    studies: 0.2,
  },
  // Parental support, universal for ages 0-6 (Torshälla: "generellt föräldrastöd" 0-6).
  // SBU 2020: universal programmes d ~ 0 (0-0.1); Menting et al. 2013: 0.13 selective. Cost: SBU 3 000 SEK.
  parent: {
    ageMin: 0,
    ageMax: 6,
    eligible: 'all',
    cost: 3_000,
    cap: 0.5,
    cautious: 0.02,
    low: 0,
    high: 0.1,
    studies: 0.13,
  },
  // Common first line / coordinated individual plan (SIP) for children known to services.
  // Vårdanalys: SIP has no direct effect shown; the effect is that of the coordinated support it
  // reaches (Menting et al. 2013: 0.20 indicated).
  firstline: {
    ageMin: 3,
    ageMax: 15,
    eligible: 'visible-detected',
    cost: 40_000,
    cap: 0.8,
    cautious: 0.08,
    low: 0,
    high: 0.2,
    studies: 0.2,
  },
  // School attendance work for pupils whose need shows (absence), ages 7-15.
  // Maynard et al. 2012: moderate effect; Durlak et al. 2011: d 0.27 on achievement.
  school: {
    ageMin: 7,
    ageMax: 15,
    eligible: 'visible',
    cost: 30_000,
    cap: 0.8,
    cautious: 0.1,
    low: 0.02,
    high: 0.27,
    studies: 0.27,
  },
};

/** Share of children whose need is visible in a year: L above the top-20 % threshold. Assumption. */
export const VISIBLE_SHARE = 0.2;
/** Yearly chance that ordinary services detect a visible, not yet detected need, by age. Assumption. */
export function detectionRate(age: number): number {
  return age < 6 ? 0.15 : 0.25;
}
/** Years an effect is kept in full after support ends before it fades (van Aar et al. 2017). */
export const HOLD_YEARS = 3;

/**
 * Later outcomes. Chance of lifelong exclusion for a child who leaves school not eligible, and
 * for one who leaves eligible. Assumption chosen so that at Hedemora's 13.3 % not eligible the
 * cohort share in exclusion is 12 % (004_92f0b28a7f05a542.txt: "cirka 12 % i varje årskull som
 * löper mycket stor risk för att hamna i ett livslångt utanförskap"):
 * 0.133 x 0.55 + 0.867 x 0.054 = 0.120.
 */
export const P_EXCLUSION_AT_RISK = 0.55;
export const P_EXCLUSION_NOT_AT_RISK = 0.054;
/** Ages over which the lifetime cost of exclusion (Nilsson & Wadeskog: 20-65) is spread evenly. */
export const COST_AGE_FROM = 20;
export const COST_AGE_TO = 65;

/**
 * Who bears the avoided costs (shares sum to 1). Municipality (school + social + income) 34 %,
 * derived from the Värmdö socio-economic report; the split inside the municipality and between
 * region and state is an assumption.
 */
export const PAYER_SHARES: Record<Payer, number> = {
  school: 0.06,
  social: 0.14,
  income: 0.14,
  region: 0.16,
  state: 0.5,
};

/** Parameter uncertainty (per run, when scenario.uncertainty = 1). */
export const UNCERTAINTY = {
  /** Relative standard deviation of each area's cost per child (lognormal). */
  costSd: 0.2,
  /** Standard deviation of the fade-out rate. */
  fadeSd: 0.05,
  /** Relative standard deviation of the lifetime cost of exclusion (range 10-16 MSEK around 15). */
  exclusionSd: 0.1,
  /** Custom effect sizes: relative standard deviation. */
  customSd: 0.25,
};

/** Populations above this size are simulated as a weighted sample of SAMPLE_SIZE children a cohort. */
export const EXACT_MAX_BIRTHS = 5_000;
export const SAMPLE_SIZE = 2_500;
/** At most this many children are drawn in the cohort picture. */
export const PICTURE_MAX = 400;

const CUSTOM_KEY: Record<AreaKey, keyof Scenario> = {
  detect: 'dDetect',
  parent: 'dParent',
  firstline: 'dFirstline',
  school: 'dSchool',
};

/** Mean effect size and its standard deviation for an area under the scenario's effect mode. */
export function effectSize(s: Scenario, a: AreaKey): { mean: number; sd: number } {
  const spec = AREA_SPECS[a];
  const mode: EffectMode = s.effects;
  if (mode === 'custom') {
    const m = Number(s[CUSTOM_KEY[a]]);
    return { mean: m, sd: UNCERTAINTY.customSd * m };
  }
  const sd = (spec.high - spec.low) / 4;
  return mode === 'studies'
    ? { mean: spec.studies, sd: sd * (spec.studies / Math.max(spec.cautious, 1e-9)) * 0.5 }
    : { mean: spec.cautious, sd };
}
