/**
 * Swedish: the texts of the charts below the first screen (one cohort, costs, payers, contributions, the comparison).
 * Not in the page's first chunk: loaded with those parts (`loadLaterTexts`, i18n/index.ts).
 */
export const chartsBelow = {
  // One cohort as children
  cohortTitle: (year: number) => `Årskullen som lämnar grundskolan ${year}, ett barn per tecken`,
  cohortSample: (shown: string, total: string) => `Ett urval: ${shown} av ${total} barn, i samma proportioner.`,
  cohortAll: (total: string) => `Alla ${total} barn i årskullen, i en simulerad framtid.`,
  cohortNever: 'Aldrig i riskzonen',
  cohortHelped: 'I riskzonen, fick hjälp i tid',
  cohortStill: 'Fortfarande i riskzonen',
  cohortEmpty: 'Ingen bild av årskullen i det här resultatet.',
  cohortSummary: (p: { never: string; helped: string; still: string; total: string }) =>
    `Av ${p.total} barn var ${p.never} aldrig i riskzonen, ${p.helped} var i riskzonen men fick hjälp i tid och ${p.still} är fortfarande i riskzonen.`,
  colGroup: 'Grupp',
  colChildren: 'Barn',

  // Costs and savings
  costsTitle: 'Kostnader och besparingar över tid (nuvärde, ackumulerat)',
  costLine: 'Kostnad för satsningen',
  benefitLine: 'Undvikna kostnader',
  payback: (year: number) => `Återbetald ${year}`,
  paybackNever: 'Satsningen betalar sig inte inom tidshorisonten.',
  paybackYear: (year: number) => `Satsningen har betalat sig år ${year}.`,
  probBenefits: (pct: string) => `Chansen att besparingarna blir större än kostnaden: ${pct}.`,
  costsSummary: (p: { cost: string; benefits: string; npv: string; helped: string }) =>
    `Satsningen kostar ${p.cost} i nuvärde. Under tidshorisonten blir sammanlagt omkring ${p.helped} barn färre i riskzonen, fördelat på alla årskullar; det undviker kostnader för ${p.benefits} och nettonuvärdet är ${p.npv}.`,
  colCost: 'Kostnad',
  colBenefits: 'Undvikna kostnader',

  // Savings by payer
  payersTitle: 'Vem sparar? Undvikna kostnader per huvudman (nuvärde)',
  payers: {
    school: 'Skolan',
    social: 'Socialtjänsten',
    income: 'Försörjningsstöd',
    region: 'Regionen',
    state: 'Staten',
  },
  municipality: 'Kommunen',
  payersSummary: (p: { municipality: string; region: string; state: string }) =>
    `Kommunen sparar ${p.municipality} (skola, socialtjänst och försörjningsstöd), regionen ${p.region} och staten ${p.state}.`,
  colPayer: 'Huvudman',
  colSaving: 'Besparing',

  // Contributions
  contribTitle: 'Vad varje område bidrar med',
  contribUnit: 'färre barn i riskzonen',
  contribSummary: (p: { top: string; value: string }) =>
    `Störst bidrag ger ${p.top}: omkring ${p.value} färre barn i riskzonen i målåret.`,
  contribNone: 'Ingen satsning, inget bidrag.',
  colArea: 'Område',
  colContribution: 'Färre barn i riskzonen',

  // Compare
  compareTitle: 'Jämför',
  compareCurrent: 'Nuvarande plan',
  compareMeasure: 'Mått',
  compareAtRisk: (year: number) => `Barn i riskzonen ${year} (medelvärde)`,
  compareChance: 'Chansen att nå målet',
  compareCost: 'Kostnad (nuvärde)',
  compareNpv: 'Nettonuvärde för kommunen',
  comparePayback: 'Kommunen får tillbaka pengarna år',
  never: 'aldrig',
};
