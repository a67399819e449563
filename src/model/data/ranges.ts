/**
 * Ranges of the per-run uncertainties, the linkage per area and the unit costs (issue 9), each with its
 * sources and basis. Data only. A range whose `sources` is empty is an assumption; the basis says why.
 */
import type { AreaKey } from '../types';
import type { Range } from './shapes';
import { DECAY, LINKAGE_ACHIEVEMENT, LINKAGE_BEHAVIOUR } from './studies';

export const UNCERTAINTY_RANGES = {
  rho: {
    value: 0.9,
    low: 0.8,
    high: 0.97,
    sources: [],
    basis:
      'assumption: year-to-year persistence of the latent liability; needs track over years but are not fixed at birth. The issue measured the plan’s ratio moving from 1.53 to 2.77 between 0.8 and 0.99, so it must be drawn. 0.97 rather than 0.99 as the top: at 0.99 a need at 3 is practically the need at 16.',
  },
  pExclusionAtRisk: {
    value: 0.55,
    low: 0.45,
    high: 0.65,
    sources: ['hedemora', 'varmdoMitti', 'skovdeHis', 'skolverketIntro2019'],
    basis:
      'assumption calibrated to the seeds’ 12 % of a cohort at very high risk of lifelong exclusion (Hedemora); Nilsson & Wadeskog’s model as applied gives 75 of 585 (12.8 %, Värmdö) and 69 of 539 (12.8 %, Skövde). With the other share fixed, 0.45–0.65 keeps the cohort share within 10.7–13.3 %. A caution: Skolverket (2019) found that 74 % of those who began an introduction programme in 2012 (mostly pupils not eligible) worked or studied five years later, so 26 % did neither at about 21; lifelong exclusion at 0.55 is a high reading of “very high risk”.',
  },
  pExclusionEligible: {
    value: 0.054,
    low: 0.035,
    high: 0.07,
    sources: ['hedemora'],
    basis:
      'assumption: chosen with 0.55 so that 0.133 × 0.55 + 0.867 × 0.054 = 0.120 (Hedemora’s 12 %); the range keeps the cohort share within about 10–13.5 %.',
  },
  decay: DECAY,
  exclusionCost: {
    value: 15_000_000,
    low: 10_000_000,
    high: 16_000_000,
    sources: ['nilssonWadeskog', 'varmdoMitti', 'skovdeHis'],
    basis:
      'Nilsson & Wadeskog, 10–16 MSEK per person from 20 to 65 (undiscounted, about 2010–13 prices). Checked here: Värmdö 1 181 250 000 SEK for 75 persons = 15.75 MSEK each; Skövde about 1.1 billion SEK for 69 = 15.9 MSEK each.',
  },
  municipalShare: {
    value: 0.34,
    low: 0.25,
    high: 0.4,
    sources: ['varmdoMitti'],
    basis:
      'Värmdö: “drygt 400 000 000 kronor” of 1 181 250 000 fall on the municipality, 0.34 or a little more; 0.25–0.40 from the project’s design brief (unverified).',
  },
  costSdRelative: {
    value: 0.2,
    low: 0.1,
    high: 0.35,
    sources: [],
    basis:
      'assumption: lognormal relative spread of a unit cost; SBU’s course cost range 1 700–7 700 SEK around just under 3 000 is wider on the high side.',
  },
} as const satisfies Record<string, Range>;

export const LINKAGE_RANGES: Record<AreaKey, Range> = {
  detect: LINKAGE_BEHAVIOUR,
  parent: LINKAGE_BEHAVIOUR,
  firstline: LINKAGE_BEHAVIOUR,
  school: LINKAGE_ACHIEVEMENT,
};

/** Cost per child reached (per year, or per course for parental support), with ranges. */
export const COST_RANGES: Record<AreaKey, Range> = {
  detect: {
    value: 20_000,
    low: 10_000,
    high: 40_000,
    sources: [],
    basis: 'assumption: a few contacts with a specialist (about two working days) per child and year; no source found.',
  },
  parent: {
    value: 3_000,
    low: 1_700,
    high: 7_700,
    sources: ['sbu2020', 'svt2020sbu'],
    basis:
      'SBU 2020 as reported by SVT: a course costs the municipality 1 700–7 700 SEK per child, on average just under 3 000. A course, not a year.',
  },
  firstline: {
    value: 40_000,
    low: 20_000,
    high: 80_000,
    sources: [],
    basis: 'assumption: coordination (SIP meetings) plus the support it brings, per child and year; no source found.',
  },
  school: {
    value: 30_000,
    low: 15_000,
    high: 60_000,
    sources: [],
    basis:
      'assumption: attendance work (pupil-health staff time, contact with the home) per pupil and year; no source found.',
  },
};
