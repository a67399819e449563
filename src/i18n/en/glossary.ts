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
    futures90: {
      term: '90% of futures',
      short:
        'The model runs the same plan in many possible futures, where chance and the uncertain assumptions fall differently; in 90 of 100 of them the value lies within the band.',
      more: 'In 5 of 100 it is lower and in 5 of 100 higher. The darker band holds the middle 50 of 100 futures.',
    },
    npv: {
      term: 'present value',
      short:
        'Present value is future money expressed in today’s money: a krona saved in 30 years counts for less than a krona today.',
      more: 'How much less is set by the discount rate under Assumptions. Net present value is the savings minus the cost, both in present value.',
    },
    capacity: {
      term: 'freed capacity',
      short:
        'Freed capacity is staff time no longer needed for these children, such as hours of school health or social services.',
      more: 'The salaries are still paid, but the time can go to other children. So it is not counted as money back unless you switch on “Count freed capacity as savings” under Assumptions.',
    },
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
