import type { Texts } from './sv';

/** English texts. */
export const en: Texts = {
  appTitle: 'Halvera',
  tagline: 'Can the number of children at risk be halved in ten years?',
  budgetLabel: 'Budget for early interventions',
  perYear: 'SEK a year',
  chartTitle: 'Children at risk per cohort leaving compulsory school',
  baseline: 'No investment',
  scenario: 'With investment',
  loading: 'Computing…',
};
