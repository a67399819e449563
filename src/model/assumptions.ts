/**
 * The model's fixed assumptions that are not scenario keys: the four areas' target ages, costs,
 * reach caps and effect sizes, detection by ordinary services, later outcomes and who pays.
 * Every number is listed with its source (or "assumption") in MODEL.md.
 */
import { COST_RANGES, UNCERTAINTY_RANGES } from './data/ranges';
import { evidenceEffects, primaryRow } from './evidenceRule';
import type { AreaKey, EffectMode, Payer, Scenario } from './types';

export interface AreaSpec {
  /** First and last age (completed years) at which a child can be reached. */
  ageMin: number;
  ageMax: number;
  /** Who can be reached: everybody in the age band, or children with a visible need (and status). */
  eligible: 'all' | 'visible-undetected' | 'visible-detected' | 'visible';
  /** SEK per child reached per year (targeted areas) or per course (parental support: one course a child). */
  cost: number;
  /** Largest share of eligible children the area can reach in a year, however large the budget. */
  cap: number;
  /**
   * Effect size (Cohen's d) on the liability at the end of support: cautious default with its range, and the
   * study figure. Computed from the evidence table by the rule (evidence.ts `effectsFromRow`), rounded to
   * three decimals as MODEL.md states them; never copied.
   */
  cautious: number;
  low: number;
  high: number;
  studies: number;
}

const EFFECTS = evidenceEffects();
const r3 = (v: number) => Math.round(v * 1000) / 1000;
const spec = (a: AreaKey, ageMin: number, ageMax: number, eligible: AreaSpec['eligible'], cap: number): AreaSpec => ({
  ageMin,
  ageMax,
  eligible,
  cost: COST_RANGES[a].value,
  cap,
  cautious: r3(EFFECTS[a].cautious),
  low: r3(EFFECTS[a].low),
  high: r3(EFFECTS[a].high),
  studies: r3(EFFECTS[a].studies),
});

/** The four areas. Effects and costs come from evidence.ts (MODEL.md "Evidence per area"). */
export const AREA_SPECS: Record<AreaKey, AreaSpec> = {
  // Early detection: finds children whose need is visible but not yet known to ordinary services
  // (child health care, preschool, school health) and gives them early help while the need shows.
  detect: spec('detect', 0, 12, 'visible-undetected', 0.8),
  // Parental support, universal for ages 0-6 (Torshälla: "generellt föräldrastöd" 0-6); one course a child.
  parent: spec('parent', 0, 6, 'all', 0.5),
  // Common first line / coordinated individual plan (SIP) for children whose need is known to services.
  firstline: spec('firstline', 3, 15, 'visible-detected', 0.8),
  // School attendance work for pupils whose need shows (absence), ages 7-15.
  school: spec('school', 7, 15, 'visible', 0.8),
};

/** Share of children whose need is visible in a year: L above the top-20 % threshold. Assumption. */
export const VISIBLE_SHARE = 0.2;
/** Yearly chance that ordinary services detect a visible, not yet detected need, by age. Assumption. */
export function detectionRate(age: number): number {
  return age < 6 ? 0.15 : 0.25;
}
/**
 * Yearly decay of an effect after support ends, the default of the scenario key `fadeout`: WSIPP's
 * test-score effect of Incredible Years from age 7 to 17, 7.4 % a year (evidence.ts; it replaces the
 * former three-year hold followed by 10 % a year). Range 0 (van Aar et al. 2017) to 18.3 % (WSIPP behaviour).
 */
export const DECAY_DEFAULT = r3(UNCERTAINTY_RANGES.decay.value);
/** Age at which the headline outcome is judged: leaving compulsory school. */
export const SCHOOL_LEAVING_AGE = 16;

/**
 * Later outcomes. Chance of lifelong exclusion for a child who leaves school not eligible, and
 * for one who leaves eligible (evidence.ts UNCERTAINTY_RANGES, with their ranges). Assumption chosen so
 * that at Hedemora's 13.3 % not eligible the cohort share in exclusion is 12 % (Hedemora: "cirka 12 % i
 * varje årskull som löper mycket stor risk för att hamna i ett livslångt utanförskap"):
 * 0.133 x 0.55 + 0.867 x 0.054 = 0.120.
 */
export const P_EXCLUSION_AT_RISK = UNCERTAINTY_RANGES.pExclusionAtRisk.value;
export const P_EXCLUSION_NOT_AT_RISK = UNCERTAINTY_RANGES.pExclusionEligible.value;
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

/**
 * Parameter uncertainty (per run, when scenario.uncertainty = 1): every quantity with a stated range in
 * evidence.ts is drawn as a two-piece normal around its central value (`twoPiece`); custom effect sizes,
 * which have no range, get a relative standard deviation.
 */
export const UNCERTAINTY = {
  /** Custom effect sizes: relative standard deviation. */
  customSd: 0.25,
};

/**
 * A draw from a stated range: median `v`, standard deviation half the distance to the range's end on
 * each side (so the range is ±2 sd), clamped to [lo, hi]. `z` is a standard normal.
 */
export function twoPiece(v: number, lo: number, hi: number, z: number): number {
  const x = z < 0 ? v + (z * (v - lo)) / 2 : v + (z * (hi - v)) / 2;
  return x < lo ? lo : x > hi ? hi : x;
}

// Populations above EXACT_MAX_BIRTHS (exactRuns.ts, with its reason) are simulated as a weighted sample.
export { EXACT_MAX_BIRTHS } from './exactRuns';
export const SAMPLE_SIZE = 2_500;
/** At most this many children are drawn in the cohort picture. */
export const PICTURE_MAX = 400;

const CUSTOM_KEY: Record<AreaKey, keyof Scenario> = {
  detect: 'dDetect',
  parent: 'dParent',
  firstline: 'dFirstline',
  school: 'dSchool',
};

/** The effect size (median of the per-run draws) for an area under the scenario's effect mode. */
export function effectSize(s: Scenario, a: AreaKey): number {
  const spec = AREA_SPECS[a];
  const mode: EffectMode = s.effects;
  if (mode === 'custom') return Number(s[CUSTOM_KEY[a]]);
  return mode === 'studies' ? spec.studies : spec.cautious;
}

/**
 * One run's effect size for an area. With uncertainty the evidence's three factors are drawn from their
 * ranges (MODEL.md "Evidence per area"): the published effect (`zPub`; e.g. 0 to 0.13 for parental
 * support, SBU's "no effect when offered to everyone"), WSIPP's practice adjustment (`zAdj`, cautious
 * only; shared by all areas) and the linkage to eligibility (`zLink`; shared by the areas whose effect is
 * measured on behaviour). Custom effects: a normal with 25 % relative sd. Never negative.
 */
export function drawEffect(
  s: Scenario,
  a: AreaKey,
  u: number,
  zPub: number,
  zAdj: number,
  zLink: number,
  /** pinned practice adjustment and linkage (multipliers in their own units; pins.ts), replacing their draws */
  adjPin?: number,
  linkPin?: number,
): number {
  const mean = effectSize(s, a);
  if (s.effects === 'custom') return Math.max(0, mean * (1 + u * UNCERTAINTY.customSd * zPub));
  const row = primaryRow(a);
  const ad = row.adjustment;
  const ln = row.linkage;
  const pinned =
    (s.effects === 'cautious' && adjPin !== undefined ? adjPin / ad.value : 1) *
    (linkPin !== undefined ? linkPin / ln.value : 1);
  if (!u) return mean * pinned;
  const pub = row.publishedD ?? 0;
  if (pub <= 0) return 0;
  const fPub = twoPiece(pub, row.publishedLow ?? pub, pub, zPub) / pub;
  const fAdj =
    s.effects !== 'cautious'
      ? 1
      : adjPin !== undefined
        ? adjPin / ad.value
        : twoPiece(ad.value, ad.low, ad.high, zAdj) / ad.value;
  const fLink = linkPin !== undefined ? linkPin / ln.value : twoPiece(ln.value, ln.low, ln.high, zLink) / ln.value;
  return mean * fPub * fAdj * fLink;
}
