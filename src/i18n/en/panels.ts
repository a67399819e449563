import type { panels as sv } from '../sv/panels';

/** English: the texts of the controls below the first screen (loaded with English). */
export const panels: typeof sv = {
  municipalitySources: {
    hedemora:
      'Hedemora municipality: “each cohort has about 150 children. Of these, some 20 do not complete compulsory school with eligibility for an upper-secondary programme” (translated).',
    nacka:
      'Nacka: 1,108 live births in 2022 (Statistics Sweden), the same for every cohort (assumption). 94% of pupils in Nacka’s schools became eligible for a national programme in spring 2023, so 6% were not.',
    eskilstuna:
      'Eskilstuna: on average 1,139 live births a year 2016–2023 (Statistics Sweden), the same for every cohort (assumption). In the municipal schools 80.57% were eligible in 2017/18, so 19.4% were not; independent schools are not included.',
    sweden:
      'Statistics Sweden: live births per birth year, so that every cohort has its own size (2023: 100,100; the cohorts born 2010–2020 about 111,800–117,400). Swedish National Agency for Education 2023: 85.2% of year-9 pupils were eligible, so 14.8% were not.',
  },

  municipalitySearch: {
    label: 'Find a municipality',
    placeholder: 'Type a name, e.g. fal',
    none: 'No municipality with cited figures has that name. Choose My municipality and enter your two figures.',
    count: (n: number) => (n === 1 ? '1 match' : `${n} matches`),
    cited: (births: string, bYear: number, share: string, sYear: number) =>
      `${births} born (${bYear}), ${share} not eligible (${sYear})`,
  },
  own: {
    title: 'My municipality',
    births: 'Children per cohort',
    birthsHint: "Live births per year: Statistics Sweden's (SCB) population statistics for the municipality.",
    share: 'Share not eligible for upper secondary (%)',
    shareHint:
      "The Swedish National Agency for Education's (Skolverket) grade-9 statistics, or Kolada's key figure for eligibility to vocational programmes: 100 minus the share eligible.",
    yours: 'These figures are your own: no source has checked them.',
    birthsRange: (min: string, max: string) => `Children per cohort must be a whole number from ${min} to ${max}.`,
    shareRange: (min: string, max: string) => `The share must be from ${min} to ${max} per cent.`,
  },
  citedSourcesTitle: 'Sources of the figures',

  assumptionsTitle: 'Assumptions',
  assumptionsHelp:
    'Assumptions are uncertain guesses, not policy. When you change them the chart also shows the same plan under the default assumptions.',
  assumptionsChanged: 'changed',
  assumptionSourcesTitle: 'Sources and reasons for the assumptions',
  assumptionSources:
    'Effect sizes: published effect × adjustment for ordinary municipal practice (WSIPP, 0.37) × link from the outcome measured to eligibility at 16 (WSIPP, 0.60 for behaviour; assumption 1.0 for school results). Fade-out per year: 7.4% (WSIPP, test scores from age 7 to 17; 0 in van Aar et al. 2017, 18.3% for behaviour). Several years of support: each further year adds half the previous year’s gain (assumption; Maynard et al. 2012 and Gubbels et al. 2019 found no difference by length). Cost of a life in exclusion: SEK 10–16 million (Nilsson & Wadeskog). Discount rate 3.5% (ASEK). Cost per child: parental support SEK 3,000 a course (SBU); early detection 20,000, the shared first-line service 40,000 and school attendance 30,000 a child and year are assumptions (no source found). How much risk persists year to year (0.9; 0.8–0.97): assumption – needs follow children over the years but are not fixed at birth. Shares in lifelong exclusion (0.55 and 0.054): assumption chosen so that 12% of a cohort ends there, as Hedemora writes. Early detection makes more needs known (at most half the remaining gap): assumption.',
  resetAssumptions: 'Reset all assumptions',
  effectsLabel: 'Effect sizes',
  effects: { cautious: 'Cautious', studies: 'As published', custom: 'Your own values' },
  shareTitle: 'Compare and share',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Select the link and copy it yourself.',
  linkField: 'Link to the scenario',
  unpin: 'Remove A',
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
  savedDropped: (n: number) => `${n} saved scenarios could not be read and were skipped.`,
  saveReplace: (name: string) => `A saved scenario called “${name}” already exists. Replace it?`,
  saveReplaceYes: 'Replace',
  saveReplaceNo: 'Cancel',
  embedOpen: 'Embed…',
  embedTitle: 'Embed in a web page',
  embedHelp: 'Paste the code into a web page or a slide deck. It shows this scenario; no script is needed.',
  embedChart: 'Chart',
  embedCharts: {
    halving: 'Children at risk per cohort',
    cohort: 'One cohort, one mark per child',
    contrib: 'What each area adds',
    costs: 'Costs and savings',
    payers: 'Who saves',
  },
  embedControls: 'Readers may change',
  embedControlModes: { none: 'nothing', plan: 'the plan', all: 'everything' },
  embedCopy: 'Copy the code',
  embedFrameTitle: 'Halvera: can the number of children at risk be halved?',
  // The link to the plain-language page about the model (its texts load on demand)
  aboutLink: 'How the model works',
};
