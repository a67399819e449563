import type { glossary as sv } from '../sv/glossary';

/**
 * English glossary, written for English readers rather than translated word for word: one word for each thing.
 * `retired` lists earlier synonyms and literal translations; tests/i18n/glossary.test.ts keeps them out.
 */
export const glossary: typeof sv = {
  plan: 'plan',
  investment: 'investment',
  baseline: 'without a plan',
  cohort: 'cohort',
  eligibility: 'eligibility for a vocational programme at upper-secondary school',
  areas: {
    detect: 'Early detection',
    parent: 'Parental support',
    firstline: 'Shared first-line service',
    school: 'School attendance',
  },
  explain: {
    futures90: '90% of futures',
    npv: 'present value',
    capacity: 'freed capacity',
  },
  retired: [
    'No investment',
    'With investment',
    'without an investment',
    'without the investment',
    'Parenting support',
    'First-line services',
    'Common first line',
    'the first line',
    'year group',
    'Runs all the time',
    'Start from',
    'has paid back',
    'without eligibility.',
    'Custom',
    'against',
  ],
};
