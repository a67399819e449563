import type { charts as sv } from '../sv/charts';

/** English: charts, result figures, the result sentence. */
export const charts: typeof sv = {
  baseline: 'No investment',
  scenario: 'With investment',
  loading: 'Computing the result…',
  resultsHeading: 'Results',
  showTable: 'Show as a table',
  year: 'Year',

  halvingTitle: 'Children at risk per cohort leaving compulsory school',
  axisChildren: 'Children at risk',
  median: 'With investment (mean)',
  band50: '50% of futures',
  band90: '90% of futures',
  target: 'Target: half',
  targetYearMark: (year: number) => `Year 10 (${year})`,
  pinnedLine: (label: string) => `${label} (mean)`,
  referenceLine: 'Same plan, default assumptions',
  referenceNote:
    'You have changed assumptions. The dash-dot line shows the same plan under the default assumptions, so nobody mistakes a changed assumption for an effect of the policy.',
  halvingSummary: (p) =>
    `In ${p.year}, about ${p.median} children at risk leave compulsory school with the investment (90% of futures between ${p.lo} and ${p.hi}), against ${p.base} without it. The target is ${p.target}.`,
  colBaseline: 'No investment (mean)',
  colMedian: 'Mean',
  col50: '50% interval',
  col90: '90% interval',
  colReference: 'Default assumptions',
  range: (lo, hi) => `${lo}–${hi}`,

  chanceTitle: 'The chance of reaching the vision',
  firstYear: (year) => `The expected number reaches the target in ${year}.`,
  firstYearNever: 'The expected number does not reach the target within the horizon.',

  cohortTitle: (year) => `The cohort leaving compulsory school in ${year}, one mark per child`,
  cohortSample: (shown, total) => `A sample: ${shown} of ${total} children, in the same proportions.`,
  cohortAll: (total) => `All ${total} children of the cohort, in one simulated future.`,
  cohortNever: 'Never at risk',
  cohortHelped: 'At risk, helped in time',
  cohortStill: 'Still at risk',
  cohortEmpty: 'No picture of the cohort in this result.',
  cohortSummary: (p) =>
    `Of ${p.total} children, ${p.never} were never at risk, ${p.helped} were at risk but helped in time and ${p.still} are still at risk.`,
  colGroup: 'Group',
  colChildren: 'Children',

  contribTitle: 'What each area contributes',
  contribUnit: 'fewer children at risk',
  areas: {
    detect: 'Early detection',
    parent: 'Parenting support',
    firstline: 'First-line services',
    school: 'School attendance and support',
  },
  contribSummary: (p) =>
    `The largest contribution comes from ${p.top}: about ${p.value} fewer children at risk in the target year.`,
  contribNone: 'No investment, no contribution.',
  colArea: 'Area',
  colContribution: 'Fewer children at risk',

  refining: (done, total) => `Refining: ${done} of ${total} simulated futures`,
  finalRuns: (total) => `${total} simulated futures`,
  plusMinus: (se) => `± ${se} children`,

  compareTitle: 'Compare',
  compareCurrent: 'Now',
  compareMeasure: 'Measure',
  compareAtRisk: (year) => `Children at risk in ${year} (mean)`,
  compareChance: 'Chance of reaching the target',
  compareCost: 'Cost (present value)',
  compareNpv: 'Net present value for the municipality',
  comparePayback: 'The municipality has its money back in',
  never: 'never',
};
