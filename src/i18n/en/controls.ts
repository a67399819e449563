import { CITED_NAMES } from '../../model/data/citedFigures';
import type { controls as sv } from '../sv/controls';
import { glossary as g } from './glossary';

/** English: controls (municipality, plan, assumptions), compare and share. */
export const controls: typeof sv = {
  budgetLabel: 'Budget for early interventions',
  perYear: 'SEK a year',
  perYearShort: 'a year',
  allSettings: 'All settings ↑',
  heading: 'Settings',
  reset: (label: string) => `Reset ${label}`,
  resetShort: 'Reset',
  invalidNumber: 'Type a number.',
  rangeHint: (min: string, max: string) => `From ${min} to ${max}.`,
  sources: 'Sources',

  municipalityTitle: 'Municipality',
  municipalityLabel: 'Figures for',
  municipalities: {
    hedemora: 'Hedemora',
    nacka: 'Nacka',
    eskilstuna: 'Eskilstuna (with Torshälla)',
    // The cited municipalities (data/citedFigures.ts): their names are their own in both languages.
    ...CITED_NAMES,
    goteborg: 'Gothenburg',
    sweden: 'All of Sweden',
    own: 'My municipality',
    custom: 'Your own figures',
  },
  planScaled: (factor: string, home: string) =>
    `The plan is scaled to this municipality's size: budget × ${factor} (births here divided by ${home}, where the plan was made).`,

  planTitle: 'Plan',
  planLabel: 'Plan',
  plans: {
    none: 'No plan',
    hedemora: 'Hedemora’s plan: 4.5 million over three years',
    'hedemora-yearly': 'Hedemora’s plan: 4.5 million a year',
    nacka: 'Nacka’s effort (SEK 558,000 used)',
    torshalla: 'Torshälla’s Team Samagera',
    custom: 'Your own plan',
  },
  plansShort: {
    none: 'No plan',
    hedemora: 'Hedemora: SEK 4.5m in 3 years',
    'hedemora-yearly': 'Hedemora: SEK 4.5m a year',
    nacka: 'Nacka: SEK 558,000 used',
    torshalla: 'Torshälla: Team Samagera',
    custom: 'Your own plan',
  },
  planSources: {
    none: 'No budget: the comparison without a plan.',
    hedemora:
      'Hedemora municipality: “over a three-year period build up a fund of 4.5 million” for three areas – early detection, a shared first-line service and school attendance (translated). Read here as 4.5 million in all: SEK 500,000 per area and year for three years.',
    'hedemora-yearly':
      'Hedemora municipality: “over a three-year period build up a fund of 4.5 million”, and “new projects can start every year” (translated). Read here as 4.5 million a year: 1.5, 3.0 and then 4.5 million a year for as long as the plan runs.',
    nacka:
      'Nacka municipality set aside SEK 3 million for 2013, but SEK 558,000 was used, mostly with existing staff. The effort was “entirely aimed at promotive and universal interventions”: staff training and an attempt to build indicators, no places for individual children. In the model: early detection for one year, which makes more needs known.',
    torshalla:
      'Torshälla: SEK 3.8 million from Eskilstuna’s social investment fund (September 2014), for general parental support 0–6 and coordinated individual plans 6–12. Fully staffed only in August 2015 (a year of build-up) and the special-needs teacher left twice (about 20% of capacity lost a year). The split over two years and the areas: assumption.',
  },
  envelope: 'Total budget',
  envelopeHelp: 'Moving the total changes every area in proportion.',
  lock: 'Lock the total',
  lockHelp: 'With the total locked, an area takes money from the others.',
  areasTitle: 'Split over areas',
  ongoing: 'Ongoing, with no end year',

  params: {
    births: 'Children per cohort',
    baseRisk: 'Share at risk today',
    startYear: 'Start year',
    horizon: 'Time horizon',
    detect: g.areas.detect,
    parent: g.areas.parent,
    firstline: g.areas.firstline,
    school: g.areas.school,
    duration: 'Duration',
    birthsByYear: 'Cohorts by Statistics Sweden’s births per year',
    turnover: 'Capacity lost a year (staff turnover)',
    firstlineAgeMin: 'First line from age',
    firstlineAgeMax: 'First line up to age',
    effects: 'Effect sizes',
    dDetect: 'Effect of early detection',
    dParent: 'Effect of parental support',
    dFirstline: 'Effect of the shared first-line service',
    dSchool: 'Effect of school-attendance work',
    exclusionCost: 'Cost of a life in exclusion',
    discount: 'Discount rate',
    fadeout: 'Fade-out per year',
    rampup: 'Ramp-up time',
    rho: 'How much risk carries over from year to year',
    uncertainty: 'Uncertainty in the assumptions',
    targetYear: 'Target year',
    targetShare: 'Target: at most this share of today',
    planPayer: 'Who pays the plan',
    fund: 'Social investment fund',
    capacity: 'Count freed capacity as savings',
  },
  units: {
    children: 'children',
    share: '%',
    year: '',
    years: 'years',
    'SEK/year': 'SEK/yr',
    SEK: 'SEK',
    d: 'Cohen’s d',
    rate: '%',
    flag: '',
    choice: '',
  },

  spokenUnits: { 'SEK/year': 'kronor a year', d: 'Cohen’s d' } as Record<string, string>,
  pin: 'Pin as A',
  repin: 'Pin the current one as A',
  pinnedLabel: 'A',
  panelFailed: 'This part of the page could not be shown. The rest of the page works.',
  panelRetry: 'Try again',
  resetSaved: 'Clear saved scenarios',

  linkKeys: {
    m: 'Municipality',
    p: 'Plan',
    lang: 'Language',
    view: 'View',
    embed: 'Embed',
    seed: 'Seed',
    runs: 'Number of runs',
    v: 'Version',
    mv: 'Model version',
    kb: 'My municipality: children per cohort',
    kr: 'My municipality: share not eligible (%)',
    a: 'A',
  },
  notesTitle: 'Something in the link could not be used',
  notes: {
    clamped: (key: string, raw: string, used: string) =>
      `${key}: the value “${raw}” was out of range; ${used} is used.`,
    invalid: (key: string, raw: string, used: string) =>
      used ? `${key}: “${raw}” is not a valid value; ${used} is used.` : `${key}: “${raw}” is not a valid value.`,
    unknown: (key: string, raw: string) => `${key}: unknown setting (“${raw}”), ignored.`,
    target: (key: string, raw: string, used: string) =>
      `${key}: the target year ${raw} lies outside the time horizon (the three year groups up to it must leave school within it); the nearest valid target year, ${used}, is used.`,
    version: (raw: string, used: string) => `The link’s version “${raw}” is unknown; it is read as version ${used}.`,
    empty: (key: string) => `${key}: empty value, ignored.`,
    model: (raw: string, used: string) =>
      `This link was made with model version ${raw}. The model has changed since, so the numbers may differ from when the link was made. The link asked for: ${used || 'the default settings'}.`,
    cut: (raw: string, used: string) => `The link was ${raw} characters long; only the first ${used} were read.`,
    more: (raw: string) => `… and ${raw} more, ignored.`,
  },
  dismiss: 'Close',

  // Typed amounts and sliders (issue 13)
  invalidAmount: 'Type an amount, such as 3 million, SEK 3.5M or 3,000,000.',
  amountQuestion: (typed: string) => `${typed} a year is very little for a plan. What did you mean?`,
  amountKeep: (typed: string) => `Yes, ${typed}`,
  amountCancel: 'Undo',
};
