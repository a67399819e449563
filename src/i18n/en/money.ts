/** English: the headline, the paired effect, payers and payback, the fund and unspent money. */
import type { money as sv } from '../sv/money';

export const money: typeof sv = {
  headline: (p) =>
    `On average ${p.helped} fewer children at risk per cohort leaving compulsory school ${p.from}–${p.to} (90% of futures: ${p.lo}–${p.hi}), of ${p.base} without a plan.`,
  headlineNoPlan: (p) =>
    `${p.municipality} without a plan: about ${p.base} children a cohort leave compulsory school without eligibility for a vocational programme at upper-secondary school.`,
  targetSentence: (p) =>
    `The target, on average at most ${p.target} for those cohorts, is reached ${p.chance}; without a plan ${p.noPlan}.`,
  targetSentenceNoPlan: (p) =>
    `The target, on average at most ${p.target} children at risk in the cohorts leaving compulsory school ${p.from}–${p.to}, is reached ${p.chance}.`,
  costSentence: (p) => `The plan costs ${p.cost} in present value; ${p.payback}`,
  paybackMunicipality: (year) => `the municipality has its money back in ${year}.`,
  noPaybackMunicipality: (years) => `the municipality does not get its money back within ${years} years.`,
  municipalityPaysNothing: (payer) => `the municipality pays nothing (${payer} pays the plan).`,

  freq: (k) => `in ${k} of 10 simulated futures`,
  freqFewerThan1In20: 'in fewer than 1 in 20 simulated futures',
  freq1In20: 'in 1 in 20 simulated futures',
  freqPct: (pct) => `in ${pct} of the simulated futures`,
  freqZero: 'in none of the simulated futures',
  freqAll: 'in every simulated future',
  withPct: (words, pct) => `${words} (${pct})`,

  criterion: (p) =>
    `The target: on average at most ${p.target} children at risk in the three cohorts leaving compulsory school ${p.from}–${p.to}, that is at most ${p.share} of the number expected without a plan (${p.expected}).`,
  noPlanChance: (pct) => `Without a plan: ${pct}`,
  chanceLead: (from, to) => `The target is reached for the cohorts ${from}–${to}`,
  accountsLower: { municipality: 'the municipality', region: 'the region', state: 'the state', society: 'society' },
  paidBack: (year) => `Paid back ${year}`,
  notPaidBack: (years) => `Not paid back within ${years} years`,
  noCost: 'Bears no cost',

  fundTitle: 'Social investment fund',
  fundText: (p) =>
    `The fund pays the plan (${p.outlay}). The municipality's savings repay ${p.byEnd} by ${p.end} and ${p.total} in all; chance the fund gets everything back: ${p.chance}.`,
  fundRepaidYear: (year) => `The fund is repaid in ${year}.`,
  fundNever: 'The fund is not repaid in full.',

  unspent: (p) => `${p.amount} of the budget is not used: ${p.reasons}. The cost counts only what is used.`,
  reasonRamp: (a) => `${a} while the work is built up`,
  reasonCap: (a) => `${a} because there are too few children to reach (the reach cap binds)`,
  reasonOther: (a) => `${a} because fewer children than expected needed support in some years`,
  elsewhere: (items) => `The money held back by the caps would pay for ${items}.`,
  elsewhereItem: (n, area) => `${n} child-years of ${area}`,
  and: ' and ',

  keyCost: 'Cost (present value)',
  keyPayback: "The municipality's payback",
};
