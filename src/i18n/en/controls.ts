import type { controls as sv } from '../sv/controls';

/** English: controls (municipality, plan, assumptions), compare and share. */
export const controls: typeof sv = {
  budgetLabel: 'Budget for early interventions',
  perYear: 'SEK a year',
  perYearShort: 'a year',
  allSettings: 'All settings ↓',
  heading: 'Settings',
  reset: (label: string) => `Reset ${label}`,
  resetShort: 'Reset',
  invalidNumber: 'Type a number.',
  rangeHint: (min: string, max: string) => `From ${min} to ${max}.`,
  sources: 'Sources',

  municipalityTitle: 'Municipality',
  municipalityLabel: 'Start from',
  municipalities: {
    hedemora: 'Hedemora',
    nacka: 'Nacka',
    eskilstuna: 'Eskilstuna (with Torshälla)',
    sweden: 'All of Sweden',
    custom: 'Own figures',
  },
  municipalitySources: {
    hedemora:
      'Hedemora municipality: “each year group has about 150 children. Of these, some 20 do not complete compulsory school with eligibility for an upper-secondary programme” (translated).',
    nacka:
      'Nacka: 1,108 live births in 2022 (Statistics Sweden), the same for every cohort (assumption). 94% of pupils in Nacka’s schools became eligible for a national programme in spring 2023, so 6% were not.',
    eskilstuna:
      'Eskilstuna: on average 1,139 live births a year 2016–2023 (Statistics Sweden), the same for every cohort (assumption). In the municipal schools 80.57% were eligible in 2017/18, so 19.4% were not; independent schools are not included.',
    sweden:
      'Statistics Sweden: live births per birth year, so that every cohort has its own size (2023: 100,100; the cohorts born 2010–2020 about 111,800–117,400). Swedish National Agency for Education 2023: 85.2% of year-9 pupils were eligible, so 14.8% were not.',
  },

  planTitle: 'Plan',
  planLabel: 'Plan to start from',
  plans: {
    none: 'No plan',
    hedemora: 'Hedemora’s plan: 4.5 million over three years',
    'hedemora-yearly': 'Hedemora’s plan: 4.5 million a year',
    nacka: 'Nacka’s effort (SEK 558,000 used)',
    torshalla: 'Torshälla’s Team Samagera',
    custom: 'Own plan',
  },
  planSources: {
    none: 'No budget: the comparison without a plan.',
    hedemora:
      'Hedemora municipality: “over a three-year period build up a fund of 4.5 million” for three areas – early detection, a common first line and school attendance (translated). Read here as 4.5 million in all: SEK 500,000 per area and year for three years.',
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
  ongoing: 'Runs all the time',

  assumptionsTitle: 'Assumptions',
  assumptionsHelp:
    'Assumptions are uncertain guesses, not policy. When you change them the chart also shows the same plan under the default assumptions.',
  assumptionsChanged: 'changed',
  resetAssumptions: 'Reset all assumptions',
  effectsLabel: 'Effect sizes',
  effects: { cautious: 'Cautious', studies: 'As in studies', custom: 'Custom' },

  params: {
    births: 'Children per year group',
    baseRisk: 'Share at risk today',
    startYear: 'Start year',
    horizon: 'Time horizon',
    detect: 'Early detection',
    parent: 'Parental support',
    firstline: 'Common first line',
    school: 'School attendance',
    duration: 'Duration',
    birthsByYear: 'Cohorts by Statistics Sweden’s births per year',
    turnover: 'Capacity lost a year (staff turnover)',
    firstlineAgeMin: 'First line from age',
    firstlineAgeMax: 'First line up to age',
    effects: 'Effect sizes',
    dDetect: 'Effect of early detection',
    dParent: 'Effect of parental support',
    dFirstline: 'Effect of the first line',
    dSchool: 'Effect of school-attendance work',
    exclusionCost: 'Cost of a life in exclusion',
    discount: 'Discount rate',
    fadeout: 'Fade-out per year',
    rampup: 'Ramp-up time',
    rho: 'How much risk persists year to year',
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
};
