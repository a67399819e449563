import { namesPlace } from '../names';
import { glossary as g } from './glossary';

/** Swedish: charts, result figures, the result sentence. */
export const charts = {
  chartTitle: 'Barn i riskzonen per årskull som lämnar grundskolan',
  baseline: 'Utan satsning',
  scenario: 'Med satsning',
  loading: 'Räknar fram resultatet…',
  resultsHeading: 'Resultat',
  showTable: 'Visa som tabell',
  year: 'År',

  // The halving chart
  halvingTitle: 'Barn i riskzonen per årskull som lämnar grundskolan',
  axisChildren: 'Barn i riskzonen',
  median: 'Med satsning (medelvärde)',
  band50: '50 % av framtiderna',
  band90: '90 % av framtiderna',
  target: 'Målet: hälften',
  targetYearMark: (year: number) => `År 10 (${year})`,
  pinnedLine: (label: string) => `${label} (medelvärde)`,
  referenceLine: 'Samma plan, standardantaganden',
  referenceNote:
    'Du har ändrat antaganden. Den streckprickade linjen visar samma plan med standardantagandena, så att ingen tar en ändrad gissning för en effekt av politiken.',
  halvingSummary: (p: { base: string; median: string; lo: string; hi: string; target: string; year: number }) =>
    `År ${p.year} lämnar omkring ${p.median} barn i riskzonen grundskolan med satsningen (90 % av framtiderna mellan ${p.lo} och ${p.hi}), mot ${p.base} utan satsning. Målet är ${p.target}.`,
  colBaseline: 'Utan satsning (medel)',
  colMedian: 'Med satsning (medel)',
  col50: '50 %-intervall',
  col90: '90 %-intervall',
  colReference: 'Standardantaganden',
  range: (lo: string, hi: string) => `${lo}–${hi}`,

  // The chance figure
  chanceTitle: 'Chansen att nå visionen',
  chanceFreq: (k: number) => `i ${k} av 10 simulerade framtider`,
  chanceFreqNone: 'i färre än 1 av 10 simulerade framtider',
  chanceFreqAlmostAll: 'i nästan alla simulerade framtider (fler än 9 av 10)',
  chanceFreqAll: 'i alla simulerade framtider',
  chanceFreqZero: 'i ingen av de simulerade framtiderna',
  chanceLead: (year: number) => `Antalet barn i riskzonen halveras till år ${year}`,
  firstYear: (year: number) => `Det förväntade antalet når målet år ${year}.`,
  firstYearNever: 'Det förväntade antalet når inte målet inom tidshorisonten.',
  areas: {
    detect: g.areas.detect,
    parent: g.areas.parent,
    firstline: g.areas.firstline,
    school: g.areas.school,
  },

  // Progress
  refining: (done: string, total: string) => `Förfinar: ${done} av ${total} simulerade framtider`,
  finalRuns: (total: string) => `${total} simulerade framtider`,
  plusMinus: (se: string) => `± ${se} barn`,

  // The sentence
  sentence: (p: { year: number; median: string; base: string; target: string; freq: string; pct: string }) =>
    `Med den här planen lämnar omkring ${p.median} barn i riskzonen grundskolan år ${p.year}, mot ${p.base} utan satsning. Målet, högst ${p.target}, nås ${p.freq} (${p.pct}).`,
  sentenceNoPlan: (p: { year: number; base: string; target: string }) =>
    `Utan satsning lämnar omkring ${p.base} barn i riskzonen grundskolan år ${p.year}. Målet är högst ${p.target}.`,

  // Status, the compact result strip on phones, the first paint (issue 13)
  statusBusy: 'Räknar…',
  statusDone: 'Klart.',
  statusUnchanged: 'Klart – resultatet är oförändrat.',
  stripLead: (year: number) => `Barn i riskzonen ${year}:`,
  stripWith: 'med planen',
  stripWithout: 'utan',
  stripChance: 'chans',
  stripMore: 'Hela resultatet ↓',
  stripLine: (year: number, withPlan: string, without: string, chance: string) =>
    `${year}: ${withPlan} barn i riskzonen med planen, ${without} utan; chansen att nå målet ${chance}.`,
  provisionalSummary: (p: { year: number; base: string; target: string }) =>
    `Utan satsning lämnar omkring ${p.base} barn i riskzonen grundskolan varje år. Målet för ${p.year} är högst ${p.target}. Planens resultat räknas fram.`,
  scrollHint: 'Tabellen är bredare än rutan: svep eller rulla i sidled ⇆',
  // Export
  exportLabel: 'Ladda ner',
  exportPng: (title: string) => `PNG: ${title}`,
  exportSvg: (title: string) => `SVG: ${title}`,
  exportSource: (runs: number, seed: string) =>
    `Källa: Halvera, simulering med ${runs} körningar (frö ${seed}). En simulering, inte en prognos.`,
  exportCsv: 'Årsresultat (CSV)',
  exportJson: 'Scenariot (JSON)',
  exportTitle: 'Ladda ner',
  exportFile: 'halvera',
  csv: {
    year: 'År',
    baseline: 'Barn i riskzonen utan satsning (medel)',
    mean: 'Barn i riskzonen med planen (medel)',
    p05: 'Med planen, 5:e percentilen',
    p50: 'Med planen, median',
    p95: 'Med planen, 95:e percentilen',
    spending: 'Utgifter för planen (kr)',
    cumCost: 'Kostnad ackumulerad, nuvärde (kr)',
    cumBenefits: 'Undvikna kostnader ackumulerade, nuvärde (kr)',
  },

  // The first screen (issue 25): a short lead to read aloud, the note when the lines overlap, the next steps
  leadPlan: (p: { place: string; effect: string; chance: string }) =>
    `${p.place ? `${p.place} – ` : ''}${p.effect}. Målet, halva antalet, nås ${p.chance}.`,
  planIn: (plan: string, municipality: string) =>
    !municipality || namesPlace(plan, municipality) ? plan : `${plan} i ${municipality}`,
  effectNone: 'inget barn fler blir behörigt',
  effectOnePerCohort: 'ungefär ett barn till per årskull blir behörigt',
  effectPerCohort: (n: string) => `omkring ${n} barn till per årskull blir behöriga`,
  effectOneIn: (years: string) => `ungefär ett barn till blir behörigt på ${years} år`,
  effectFewerThanOneIn: (years: string) => `färre än ett barn till blir behörigt på ${years} år`,
  /** Small numbers in words ("på nio år"), index = the number. */
  numberWords: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  flatNote: 'Därför ligger linjerna med och utan plan nästan på varandra i diagrammet.',
  nextLabel: 'Gå vidare',
  next: {
    curve: { label: 'Vad krävs?', hint: 'budgeten som målet kräver' },
    sensitivity: { label: 'Vad avgör svaret?', hint: 'vilket antagande som avgör' },
    studies: { label: 'Som i studierna', hint: 'samma plan med studiernas effekter' },
  },
  // A word explained where it stands (Explain.svelte): the (?) button's name, the texts from the glossary.
  explainButton: (term: string) => `Vad betyder ”${term}”?`,
  explain: g.explain,
};
