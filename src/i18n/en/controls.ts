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
  municipalities: { hedemora: 'Hedemora', sweden: 'All of Sweden', custom: 'Your own figures' },
  municipalitySources: {
    hedemora:
      'Hedemora municipality: “each cohort has about 150 children. Of these, some 20 do not complete compulsory school with eligibility for an upper-secondary programme” (document 004_92f0b28a7f05a542.txt, translated).',
    sweden:
      'Statistics Sweden: 100,100 live births in 2023. Swedish National Agency for Education 2023: 85.2% of year-9 pupils were eligible for a vocational programme, so 14.8% were not.',
  },

  planTitle: 'Plan',
  planLabel: 'Plan',
  plans: {
    none: 'No plan',
    hedemora: 'Hedemora’s plan',
    nacka: 'Nacka’s plan',
    torshalla: 'Torshälla’s plan',
    custom: 'Your own plan',
  },
  planSources: {
    none: 'No budget: the comparison without a plan.',
    hedemora:
      'Hedemora municipality: “over a three-year period build up a fund of 4.5 million” for three areas – early detection, a shared first-line service and school attendance (004_92f0b28a7f05a542.txt, translated). Here: SEK 500,000 per area and year for three years.',
    nacka:
      'Nacka municipality: SEK 3 million set aside for 2013, of which SEK 558,000 was used, for a joint picture of children in need and early interventions early in life (000_1722f47be816d5dd.txt). The split between the areas is an assumption.',
    torshalla:
      'Torshälla: SEK 3.8 million from a social investment fund, for parental support 0–6 and coordinated individual plans 6–12 (002_9d95aff1216a1b7d.txt). Spread over three years: an assumption.',
  },
  envelope: 'Total budget',
  envelopeHelp: 'Moving the total changes every area in proportion.',
  lock: 'Lock the total',
  lockHelp: 'With the total locked, an area takes money from the others.',
  areasTitle: 'Split over areas',
  ongoing: 'Ongoing, with no end year',

  assumptionsTitle: 'Assumptions',
  assumptionsHelp:
    'Assumptions are uncertain guesses, not policy. When you change them the chart also shows the same plan under the default assumptions.',
  assumptionsChanged: 'changed',
  resetAssumptions: 'Reset all assumptions',
  effectsLabel: 'Effect sizes',
  effects: { cautious: 'Cautious', studies: 'As published', custom: 'Your own values' },

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
  shareTitle: 'Compare and share',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Select the link and copy it yourself.',
  linkField: 'Link to the scenario',
  pin: 'Pin as A',
  repin: 'Pin the current one as A',
  unpin: 'Remove A',
  pinnedLabel: 'A',
  pinnedInfo: 'A is pinned: the chart compares A with what you change now.',
  restorePinned: 'Open A again',
  saveName: 'Name of the scenario',
  save: 'Save',
  savedTitle: 'Saved scenarios',
  savedNone: 'No saved scenarios yet.',
  savedOk: (name: string) => `Saved: ${name}`,
  saveEmpty: 'Give the scenario a name.',
  saveStorage: 'The browser did not let the page save.',
  open: (name: string) => `Open ${name}`,
  remove: (name: string) => `Remove ${name}`,
  removeShort: 'Remove',

  linkKeys: {
    m: 'Municipality',
    p: 'Plan',
    lang: 'Language',
    view: 'View',
    embed: 'Embed',
    seed: 'Seed',
    runs: 'Number of runs',
    v: 'Version',
  },
  notesTitle: 'Something in the link could not be used',
  notes: {
    clamped: (key: string, raw: string, used: string) =>
      `${key}: the value “${raw}” was out of range; ${used} is used.`,
    invalid: (key: string, raw: string, used: string) =>
      used ? `${key}: “${raw}” is not a valid value; ${used} is used.` : `${key}: “${raw}” is not a valid value.`,
    unknown: (key: string, raw: string) => `${key}: unknown setting (“${raw}”), ignored.`,
    version: (raw: string, used: string) => `The link’s version “${raw}” is unknown; it is read as version ${used}.`,
  },
  dismiss: 'Close',

  // Typed amounts and sliders (issue 13)
  invalidAmount: 'Type an amount, such as 3 million, SEK 3.5M or 3,000,000.',
  amountQuestion: (typed: string) => `${typed} a year is very little for a plan. What did you mean?`,
  amountKeep: (typed: string) => `Yes, ${typed}`,
  amountCancel: 'Undo',
  saveReplace: (name: string) => `A saved scenario called “${name}” already exists. Replace it?`,
  saveReplaceYes: 'Replace',
  saveReplaceNo: 'Cancel',
};
