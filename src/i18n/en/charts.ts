import type { charts as sv } from '../sv/charts';
import { namesPlace } from '../names';
import { glossary as g } from './glossary';

/** English: charts, result figures, the result sentence. */
export const charts: typeof sv = {
  chartTitle: 'Children at risk per cohort leaving compulsory school',
  baseline: 'Without a plan',
  scenario: 'With the plan',
  loading: 'Computing the result…',
  resultsHeading: 'Results',
  showTable: 'Show as a table',
  year: 'Year',

  halvingTitle: 'Children at risk per cohort leaving compulsory school',
  axisChildren: 'Children at risk',
  median: 'With the plan (mean)',
  band50: '50% of futures',
  band90: '90% of futures',
  target: 'Target: half',
  targetYearMark: (year: number) => `Year 10 (${year})`,
  pinnedLine: (label: string) => `${label} (mean)`,
  referenceLine: 'Same plan, default assumptions',
  referenceNote:
    'You have changed assumptions. The dash-dot line shows the same plan under the default assumptions, so nobody mistakes a changed assumption for an effect of the policy.',
  halvingSummary: (p) =>
    `In ${p.year}, about ${p.median} children at risk leave compulsory school with the plan (90% of futures between ${p.lo} and ${p.hi}), compared with ${p.base} without a plan. The target is ${p.target}.`,
  colBaseline: 'Without a plan (mean)',
  colMedian: 'Mean',
  col50: '50% interval',
  col90: '90% interval',
  colReference: 'Default assumptions',
  range: (lo, hi) => `${lo}–${hi}`,

  chanceTitle: 'The chance of reaching the vision',
  chanceFreq: (k) => `in ${k} of 10 simulated futures`,
  chanceFreqNone: 'in fewer than 1 of 10 simulated futures',
  chanceFreqAlmostAll: 'in almost all simulated futures (more than 9 of 10)',
  chanceFreqAll: 'in all simulated futures',
  chanceFreqZero: 'in none of the simulated futures',
  chanceLead: (year) => `The number of children at risk is halved by ${year}`,
  firstYear: (year) => `The expected number reaches the target in ${year}.`,
  firstYearNever: 'The expected number does not reach the target within the horizon.',
  areas: {
    detect: g.areas.detect,
    parent: g.areas.parent,
    firstline: g.areas.firstline,
    school: g.areas.school,
  },

  refining: (done, total) => `Refining: ${done} of ${total} simulated futures`,
  finalRuns: (total) => `${total} simulated futures`,
  plusMinus: (se) => `± ${se} children`,

  sentence: (p) =>
    `With this plan, about ${p.median} children at risk leave compulsory school in ${p.year}, compared with ${p.base} without a plan. The target, at most ${p.target}, is reached ${p.freq} (${p.pct}).`,
  sentenceNoPlan: (p) =>
    `Without a plan, about ${p.base} children at risk leave compulsory school in ${p.year}. The target is at most ${p.target}.`,

  statusBusy: 'Computing…',
  statusDone: 'Done.',
  statusUnchanged: 'Done – the result is unchanged.',
  stripLead: (year) => `Children at risk in ${year}:`,
  stripWith: 'with the plan',
  stripWithout: 'without',
  stripChance: 'chance',
  stripMore: 'Full results ↓',
  stripLine: (year, withPlan, without, chance) =>
    `${year}: ${withPlan} children at risk with the plan, ${without} without; chance of reaching the target ${chance}.`,
  provisionalSummary: (p) =>
    `Without a plan, about ${p.base} children at risk leave compulsory school every year. The target for ${p.year} is at most ${p.target}. The plan's result is being computed.`,
  scrollHint: 'The table is wider than its box: swipe or scroll sideways ⇆',
  // Export
  exportLabel: 'Download',
  exportPng: (title: string) => `PNG: ${title}`,
  exportSvg: (title: string) => `SVG: ${title}`,
  exportSource: (runs: number, seed: string) =>
    `Source: Halvera, a simulation of ${runs} runs (seed ${seed}). A simulation, not a forecast.`,
  exportCsv: 'Yearly results (CSV)',
  exportJson: 'The scenario (JSON)',
  exportTitle: 'Download',
  exportFile: 'halvera',
  csv: {
    year: 'Year',
    baseline: 'Children at risk without a plan (mean)',
    mean: 'Children at risk with the plan (mean)',
    p05: 'With the plan, 5th percentile',
    p50: 'With the plan, median',
    p95: 'With the plan, 95th percentile',
    spending: 'Plan spending (SEK)',
    cumCost: 'Cumulative cost, present value (SEK)',
    cumBenefits: 'Cumulative avoided costs, present value (SEK)',
  },

  leadPlan: (p) => `${p.place ? `${p.place} – ` : ''}${p.effect}. The target, half the number, is reached ${p.chance}.`,
  planIn: (plan, municipality) =>
    !municipality || namesPlace(plan, municipality) ? plan : `${plan} in ${municipality}`,
  effectNone: 'no more children leave school eligible',
  effectOnePerCohort: 'about one more child a cohort leaves school eligible',
  effectPerCohort: (n) => `about ${n} more children a cohort leave school eligible`,
  effectOneIn: (years) => `about one more child leaves school eligible in ${years} years`,
  effectFewerThanOneIn: (years) => `fewer than one more child leaves school eligible in ${years} years`,
  numberWords: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
  flatNote: 'That is why the lines with and without the plan lie almost on top of each other in the chart.',
  nextLabel: 'Look further',
  next: {
    curve: { label: 'What does it take?', hint: 'the budget the target needs' },
    sensitivity: { label: 'What decides the answer?', hint: 'which assumption decides it' },
    studies: { label: 'As in the studies', hint: "the same plan with the studies' effects" },
  },
  // A word explained where it stands (Explain.svelte): the (?) button's name, the texts from the glossary.
  explainButton: (term) => `What does “${term}” mean?`,
  explain: g.explain,
};
