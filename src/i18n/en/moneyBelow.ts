import type { moneyBelow as sv } from '../sv/moneyBelow';

/** English: the money texts of the parts below the first screen (loaded with English). */
export const moneyBelow: typeof sv = {
  helpedTitle: 'Children moved out of risk by the plan, per cohort (the same children with and without it)',
  helpedMean: 'Mean',
  helpedBand50: '50% of futures',
  helpedBand90: '90% of futures',
  helpedWindow: (from, to) => `The cohorts the target is judged on (${from}–${to})`,
  helpedSummary: (p) =>
    `With the plan on average ${p.mean} children per cohort leave the risk zone ${p.from}–${p.to} (90% of futures: ${p.lo}–${p.hi}); ${p.total} children in all over the time horizon. No future has more children at risk with the plan than without.`,
  helpedNone: 'Without a plan no child is moved out of risk.',
  colHelpedMean: 'Fewer at risk (mean)',
  colHelped90: '90% range',

  payersTitle: 'Who pays, who saves, and when',
  switchLabel: 'Show the accounts of',
  accounts: { municipality: 'The municipality', region: 'The region', state: 'The state', society: 'Society' },
  rowCost: 'Cost of the plan',
  rowHorizon: (end) => `Savings up to ${end}`,
  rowLifetime: "Savings over the children's lives",
  rowCash: 'of which money no longer paid out',
  rowCapacity: 'freed capacity (staff time), shown apart',
  rowNpv: 'Net present value',
  rowBcr: 'Benefit per krona spent',
  rowPayback: 'Payback',
  rowChance: 'Chance that benefits exceed the cost',
  colItem: 'Item',
  colAmount: 'Amount (present value)',
  countedCash:
    'Payback counts only money no longer paid out; freed capacity goes to other children and is shown apart.',
  countedCapacity: 'Freed capacity (staff time) is counted as a saving here too.',
  societyNote:
    'Society counts resources: income support, benefits and taxes are transfers (a cost to the payer, an income to the household) and are not counted; lost production is.',
  payersSummary: (p) =>
    `${p.account}: the plan costs ${p.cost} and saves ${p.savings} over the children's lives (present value). ${p.payback}.`,

  amountsNpv: 'All amounts are present values.',
  cashflowTitle: (account) => `${account}: cumulative cash flow (present value)`,
  cashflowLine: 'Cumulative net (savings minus cost)',
  cashflowNever: (years, end) =>
    `The cash flow does not turn positive within ${years} years, as far as the children's lives are counted (to ${end}).`,
  cashflowPayback: (year) => `The cash flow turns positive in ${year}.`,
  zero: 'Zero',

  typicalFuture: (year) => `A typical future: the cohort leaving compulsory school ${year}, one child per mark`,
  typicalNote: 'The simulated future whose number at risk lies closest to the median.',
};
