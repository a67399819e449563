/** Swedish: the headline, the paired effect, payers and payback, the fund and unspent money. */
export const money = {
  // The details under the short lead (charts.ts leadPlan): the paired difference with its 90 % range
  headline: (p: { helped: string; lo: string; hi: string; from: number; to: number; base: string }) =>
    `I genomsnitt ${p.helped} färre barn i riskzonen per årskull som lämnar grundskolan ${p.from}–${p.to} (90 % av framtiderna: ${p.lo}–${p.hi}), av ${p.base} utan plan.`,
  headlineNoPlan: (p: { municipality: string; base: string }) =>
    `${p.municipality} utan plan: omkring ${p.base} barn per årskull lämnar grundskolan utan behörighet till gymnasiets yrkesprogram.`,
  targetSentence: (p: { target: string; from: number; to: number; chance: string; noPlan: string }) =>
    `Målet, i snitt högst ${p.target} för de årskullarna, nås ${p.chance}; utan plan ${p.noPlan}.`,
  targetSentenceNoPlan: (p: { target: string; from: number; to: number; chance: string }) =>
    `Målet, i snitt högst ${p.target} barn i riskzonen för årskullarna som lämnar grundskolan ${p.from}–${p.to}, nås ${p.chance}.`,
  costSentence: (p: { cost: string; payback: string }) => `Planen kostar ${p.cost} i nuvärde; ${p.payback}`,
  paybackMunicipality: (year: number) => `kommunen har fått tillbaka pengarna år ${year}.`,
  noPaybackMunicipality: (years: number) => `kommunen får inte tillbaka pengarna inom ${years} år.`,
  municipalityPaysNothing: (payer: string) => `kommunen betalar inget (${payer} betalar planen).`,

  // Chances: "i N av 10" only when that is accurate, always with the percentage
  freq: (k: number) => `i ${k} av 10 simulerade framtider`,
  freqFewerThan1In20: 'i färre än 1 av 20 simulerade framtider',
  freq1In20: 'i 1 av 20 simulerade framtider',
  freqPct: (pct: string) => `i ${pct} av de simulerade framtiderna`,
  freqZero: 'i ingen av de simulerade framtiderna',
  freqAll: 'i alla simulerade framtider',
  withPct: (words: string, pct: string) => `${words} (${pct})`,

  // The target's definition, on the page
  criterion: (p: { target: string; share: string; expected: string; from: number; to: number }) =>
    `Målet: i snitt högst ${p.target} barn i riskzonen i de tre årskullarna som lämnar grundskolan ${p.from}–${p.to}, alltså högst ${p.share} av det väntade antalet utan plan (${p.expected}).`,
  noPlanChance: (pct: string) => `Utan plan: ${pct}`,
  chanceLead: (from: number, to: number) => `Målet nås för årskullarna ${from}–${to}`,

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
  accountsLower: { municipality: 'kommunen', region: 'regionen', state: 'staten', society: 'samhället' },
  rowCost: 'Planens kostnad',
  rowHorizon: (end: number) => `Besparingar till och med ${end}`,
  rowLifetime: 'Besparingar under barnens liv',
  rowCash: 'varav pengar som inte längre betalas ut',
  rowCapacity: 'frigjord kapacitet (personaltid), visas för sig',
  rowNpv: 'Nettonuvärde',
  rowBcr: 'Nytta per satsad krona',
  rowPayback: 'Återbetalning',
  rowChance: 'Chansen att nyttan blir större än kostnaden',
  paidBack: (year: number) => `Återbetald ${year}`,
  notPaidBack: (years: number) => `Inte återbetald inom ${years} år`,
  noCost: 'Bär ingen kostnad',
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

  // The social investment fund
  fundTitle: 'Social investeringsfond',
  fundText: (p: { outlay: string; byEnd: string; end: number; total: string; chance: string }) =>
    `Fonden betalar planen (${p.outlay}). Kommunens besparingar betalar tillbaka ${p.byEnd} till och med ${p.end} och ${p.total} sammanlagt; chansen att fonden får tillbaka allt: ${p.chance}.`,
  fundRepaidYear: (year: number) => `Fonden är återbetald ${year}.`,
  fundNever: 'Fonden blir inte återbetald i sin helhet.',

  // Unspent money
  unspent: (p: { amount: string; reasons: string }) =>
    `${p.amount} av budgeten används inte: ${p.reasons}. Kostnaden räknar bara det som används.`,
  reasonRamp: (a: string) => `${a} medan verksamheten byggs upp`,
  reasonCap: (a: string) => `${a} för att det finns för få barn att nå (taket för räckvidden nås)`,
  reasonOther: (a: string) => `${a} för att färre barn än väntat behövde stöd vissa år`,
  elsewhere: (items: string) => `De pengar som slår i taket skulle räcka till ${items}.`,
  elsewhereItem: (n: string, area: string) => `${n} barnår av ${area}`,
  and: ' och ',

  // Key figures beside the chance
  keyCost: 'Kostnad (nuvärde)',
  keyPayback: 'Kommunens återbetalning',

  typicalFuture: (year: number) => `En typisk framtid: årskullen som lämnar grundskolan ${year}, ett barn per tecken`,
  typicalNote: 'Den simulerade framtid vars antal i riskzonen ligger närmast medianen.',
};
