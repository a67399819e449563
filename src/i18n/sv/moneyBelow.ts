/**
 * Swedish: the money texts of the parts below the first screen (helped children, who pays, the cash flow, one cohort).
 * Not in the page's first chunk: loaded with those parts (`loadLaterTexts`, i18n/index.ts).
 */
export const moneyBelow = {
  // Children helped (paired)
  helpedTitle: 'Barn som lämnar riskzonen tack vare planen, per årskull (samma barn med och utan plan)',
  helpedMean: 'Medelvärde',
  helpedBand50: '50 % av framtiderna',
  helpedBand90: '90 % av framtiderna',
  helpedWindow: (from: number, to: number) => `Årskullarna som målet gäller (${from}–${to})`,
  helpedSummary: (p: { total: string; from: number; to: number; mean: string; lo: string; hi: string }) =>
    `Med planen lämnar i genomsnitt ${p.mean} barn per årskull riskzonen ${p.from}–${p.to} (90 % av framtiderna: ${p.lo}–${p.hi}); ${p.total} barn sammanlagt under tidshorisonten. Ingen framtid har fler barn i riskzonen med planen än utan.`,
  helpedNone: 'Utan plan flyttas inga barn ut ur riskzonen.',
  colHelpedMean: 'Färre i riskzonen (medel)',
  colHelped90: '90 %-intervall',

  // Payers
  payersTitle: 'Vem betalar, vem sparar och när',
  switchLabel: 'Visa kalkylen för',
  accounts: { municipality: 'Kommunen', region: 'Regionen', state: 'Staten', society: 'Samhället' },
  rowCost: 'Planens kostnad',
  rowHorizon: (end: number) => `Besparingar till och med ${end}`,
  rowLifetime: 'Besparingar under barnens liv',
  rowCash: 'varav pengar som inte längre betalas ut',
  rowCapacity: 'frigjord kapacitet (personaltid), visas för sig',
  rowNpv: 'Nettonuvärde',
  rowBcr: 'Nytta per satsad krona',
  rowPayback: 'Återbetalning',
  rowChance: 'Chansen att nyttan blir större än kostnaden',
  colItem: 'Post',
  colAmount: 'Belopp (nuvärde)',
  countedCash:
    'Återbetalningen räknas bara på pengar som inte längre betalas ut; frigjord kapacitet går till andra barn och visas för sig.',
  countedCapacity: 'Här räknas också frigjord kapacitet (personaltid) som besparing.',
  societyNote:
    'Samhället räknar resurser: försörjningsstöd, ersättningar och skatter är överföringar (en kostnad för den som betalar, en inkomst för hushållet) och räknas inte; förlorad produktion räknas.',
  payersSummary: (p: { account: string; cost: string; savings: string; payback: string }) =>
    `${p.account}: planen kostar ${p.cost} och sparar ${p.savings} under barnens liv (nuvärde). ${p.payback}.`,

  amountsNpv: 'Alla belopp är i nuvärde.',

  // Cash flow chart
  cashflowTitle: (account: string) => `${account}: ackumulerat kassaflöde (nuvärde)`,
  cashflowLine: 'Ackumulerat netto (besparingar minus kostnad)',
  cashflowNever: (years: number, end: number) =>
    `Kassaflödet blir inte positivt inom ${years} år, så långt barnens liv räknas (till ${end}).`,
  cashflowPayback: (year: number) => `Kassaflödet blir positivt ${year}.`,
  zero: 'Noll',

  typicalFuture: (year: number) => `En typisk framtid: årskullen som lämnar grundskolan ${year}, ett barn per tecken`,
  typicalNote: 'Den simulerade framtid vars antal i riskzonen ligger närmast medianen.',
};
