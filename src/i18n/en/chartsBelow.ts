import type { chartsBelow as sv } from '../sv/chartsBelow';

/** English: the texts of the charts below the first screen (loaded with English). */
export const chartsBelow: typeof sv = {
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

  costsTitle: 'Costs and savings over time (present value, cumulative)',
  costLine: 'Cost of the investment',
  benefitLine: 'Avoided costs',
  payback: (year) => `Pays for itself by ${year}`,
  paybackNever: 'The plan does not pay for itself within the horizon.',
  paybackYear: (year) => `The plan has paid for itself by ${year}.`,
  probBenefits: (pct) => `The chance that savings exceed the cost: ${pct}.`,
  costsSummary: (p) =>
    `The plan costs ${p.cost} in present value. Over the horizon about ${p.helped} fewer children in all are at risk, spread over every cohort; that avoids costs of ${p.benefits} and the net present value is ${p.npv}.`,
  colCost: 'Cost',
  colBenefits: 'Avoided costs',

  payersTitle: 'Who saves? Avoided costs by payer (present value)',
  payers: {
    school: 'School',
    social: 'Social services',
    income: 'Income support',
    region: 'Region',
    state: 'State',
  },
  municipality: 'Municipality',
  payersSummary: (p) =>
    `The municipality saves ${p.municipality} (school, social services and income support), the region ${p.region} and the state ${p.state}.`,
  colPayer: 'Payer',
  colSaving: 'Saving',

  contribTitle: 'What each area contributes',
  contribUnit: 'fewer children at risk',
  contribSummary: (p) =>
    `The largest contribution comes from ${p.top}: about ${p.value} fewer children at risk in the target year.`,
  contribNone: 'Without a plan, no area contributes.',
  colArea: 'Area',
  colContribution: 'Fewer children at risk',

  compareTitle: 'Compare',
  compareCurrent: 'Current plan',
  compareMeasure: 'Measure',
  compareAtRisk: (year) => `Children at risk in ${year} (mean)`,
  compareChance: 'Chance of reaching the target',
  compareCost: 'Cost (present value)',
  compareNpv: 'Net present value for the municipality',
  comparePayback: 'The municipality has its money back in',
  never: 'never',
};
