import type { charts as sv } from '../sv/charts';

/** English: charts, result figures, the result sentence. */
export const charts: typeof sv = {
  chartTitle: 'Children at risk per cohort leaving compulsory school',
  baseline: 'No investment',
  scenario: 'With investment',
};
