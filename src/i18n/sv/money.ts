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
  accountsLower: { municipality: 'kommunen', region: 'regionen', state: 'staten', society: 'samhället' },
  paidBack: (year: number) => `Återbetald ${year}`,
  notPaidBack: (years: number) => `Inte återbetald inom ${years} år`,
  noCost: 'Bär ingen kostnad',

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
};
