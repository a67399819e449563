import { CITED_NAMES } from '../../model/data/citedFigures';
import { glossary as g } from './glossary';

/** Swedish: controls (municipality, plan, assumptions), compare and share. */
export const controls = {
  budgetLabel: 'Budget för tidiga insatser',
  perYear: 'kr per år',
  perYearShort: 'per år',
  allSettings: 'Alla inställningar ↑',
  heading: 'Inställningar',
  reset: (label: string) => `Återställ ${label}`,
  resetShort: 'Återställ',
  invalidNumber: 'Skriv ett tal.',
  rangeHint: (min: string, max: string) => `Från ${min} till ${max}.`,
  sources: 'Källor',

  // Municipality
  municipalityTitle: 'Kommun',
  municipalityLabel: 'Utgå från',
  municipalities: {
    hedemora: 'Hedemora',
    nacka: 'Nacka',
    eskilstuna: 'Eskilstuna (med Torshälla)',
    // The cited municipalities (data/citedFigures.ts): their names are their own in both languages.
    ...CITED_NAMES,
    sweden: 'Hela Sverige',
    own: 'Min kommun',
    custom: 'Egna siffror',
  },
  planScaled: (factor: string, home: string) =>
    `Planen är skalad till den här kommunens storlek: budgeten × ${factor} (antal födda här delat med ${home}, där planen gjordes).`,

  // Plan
  planTitle: 'Plan',
  planLabel: 'Plan att utgå från',
  plans: {
    none: 'Ingen satsning',
    hedemora: 'Hedemoras plan: 4,5 miljoner på tre år',
    'hedemora-yearly': 'Hedemoras plan: 4,5 miljoner per år',
    nacka: 'Nackas satsning (558 000 kr använda)',
    torshalla: 'Torshällas Team Samagera',
    custom: 'Egen plan',
  },
  /** The plan names in the dropdown: short enough for a phone's closed select (390 px); the sources below it say the rest. */
  plansShort: {
    none: 'Ingen satsning',
    hedemora: 'Hedemora: 4,5 mnkr på 3 år',
    'hedemora-yearly': 'Hedemora: 4,5 mnkr per år',
    nacka: 'Nacka: 558 000 kr använda',
    torshalla: 'Torshälla: Team Samagera',
    custom: 'Egen plan',
  },
  planSources: {
    none: 'Ingen budget: jämförelsen utan satsning.',
    hedemora:
      'Hedemora kommun: ”under en treårsperiod bygga upp ett utrymme på 4,5 miljoner” för tre områden – tidig upptäckt, verksamhetsgemensam första linje och skolnärvaro. Här läst som 4,5 miljoner totalt: 500 000 kr per område och år i tre år.',
    'hedemora-yearly':
      'Hedemora kommun: ”under en treårsperiod bygga upp ett utrymme på 4,5 miljoner”, och ”nya projekt ska kunna startas varje år”. Här läst som 4,5 miljoner per år: 1,5, 3,0 och sedan 4,5 miljoner per år så länge planen pågår.',
    nacka:
      'Nacka kommun satte av 3 miljoner kronor för 2013, men 558 000 kr användes, mest med befintlig personal. Satsningen var ”helt inriktad på främjande och universella insatser”: kompetensutveckling och ett försök att ta fram indikatorer, inga platser för enskilda barn. I modellen: tidig upptäckt under ett år, som gör att fler behov blir kända.',
    torshalla:
      'Torshälla stad: 3,8 miljoner kronor ur Eskilstunas sociala investeringsfond (september 2014), till generellt föräldraskapsstöd 0–6 år och samordnade individuella planer 6–12 år. Fullt bemannat först i augusti 2015 (ett års uppbyggnad) och specialpedagogen slutade två gånger (cirka 20 % av kapaciteten förlorad per år). Fördelningen på två år och områden: antagande.',
  },
  envelope: 'Total budget',
  envelopeHelp: 'Flyttar du totalen ändras alla områden i samma proportion.',
  lock: 'Lås totalen',
  lockHelp: 'När totalen är låst tar ett område pengar från de andra.',
  areasTitle: 'Fördelning på områden',
  ongoing: 'Pågår hela tiden',

  /** Label and unit word per parameter key. */
  params: {
    births: 'Barn per årskull',
    baseRisk: 'Andel i riskzonen i dag',
    startYear: 'Startår',
    horizon: 'Tidshorisont',
    detect: g.areas.detect,
    parent: g.areas.parent,
    firstline: g.areas.firstline,
    school: g.areas.school,
    duration: 'Varaktighet',
    birthsByYear: 'Årskullar enligt SCB:s födda per år',
    turnover: 'Kapacitet som förloras per år (personalomsättning)',
    firstlineAgeMin: 'Gemensam första linje från ålder',
    firstlineAgeMax: 'Gemensam första linje till ålder',
    effects: 'Effektstorlekar',
    dDetect: 'Effekt av tidig upptäckt',
    dParent: 'Effekt av föräldraskapsstöd',
    dFirstline: 'Effekt av gemensam första linje',
    dSchool: 'Effekt av skolnärvaroarbete',
    exclusionCost: 'Kostnad för ett liv i utanförskap',
    discount: 'Diskonteringsränta',
    fadeout: 'Avtagande effekt per år',
    rampup: 'Uppbyggnadstid',
    rho: 'Hur mycket risken består från år till år',
    uncertainty: 'Osäkerhet i antagandena',
    targetYear: 'Målår',
    targetShare: 'Mål: högst andel av dagens antal',
    planPayer: 'Vem betalar planen',
    fund: 'Social investeringsfond',
    capacity: 'Räkna frigjord kapacitet som besparing',
  },
  units: {
    children: 'barn',
    share: '%',
    year: '',
    years: 'år',
    'SEK/year': 'kr/år',
    SEK: 'kr',
    d: 'Cohens d',
    rate: '%',
    flag: '',
    choice: '',
  },

  /** Units as read aloud (aria-valuetext), where the short form would be read badly. */
  spokenUnits: { 'SEK/year': 'kronor per år', d: 'Cohens d' } as Record<string, string>,
  pin: 'Fäst som A',
  repin: 'Fäst nuvarande som A',
  pinnedLabel: 'A',
  panelFailed: 'Den här delen av sidan kunde inte visas. Resten av sidan fungerar.',
  panelRetry: 'Försök igen',
  resetSaved: 'Töm sparade scenarier',

  // Notes about the link
  /** Names of the link's own keys (not parameters), for the notes. */
  linkKeys: {
    m: 'Kommun',
    p: 'Plan',
    lang: 'Språk',
    view: 'Vy',
    embed: 'Inbäddning',
    seed: 'Slumpfrö',
    runs: 'Antal simuleringar',
    v: 'Version',
    mv: 'Modellversion',
    a: 'A',
    kb: 'Min kommun: barn per årskull',
    kr: 'Min kommun: andel inte behöriga (%)',
  },
  notesTitle: 'Något i länken kunde inte användas',
  notes: {
    clamped: (key: string, raw: string, used: string) =>
      `${key}: värdet ”${raw}” låg utanför gränserna; ${used} används.`,
    invalid: (key: string, raw: string, used: string) =>
      used ? `${key}: ”${raw}” är inget giltigt värde; ${used} används.` : `${key}: ”${raw}” är inget giltigt värde.`,
    unknown: (key: string, raw: string) => `${key}: okänd inställning (”${raw}”), ignoreras.`,
    target: (key: string, raw: string, used: string) =>
      `${key}: målåret ${raw} ligger utanför tidshorisonten (de tre årskullarna fram till målåret måste lämna skolan inom den); närmaste giltiga målår, ${used}, används.`,
    version: (raw: string, used: string) => `Länkens version ”${raw}” är okänd; den läses som version ${used}.`,
    empty: (key: string) => `${key}: tomt värde, ignoreras.`,
    model: (raw: string, used: string) =>
      `Länken gjordes med modellversion ${raw}. Modellen har ändrats sedan dess, så siffrorna kan skilja sig från när länken gjordes. Länken bad om: ${used || 'standardinställningarna'}.`,
    cut: (raw: string, used: string) => `Länken var ${raw} tecken lång; bara de första ${used} lästes.`,
    more: (raw: string) => `… och ${raw} till, ignoreras.`,
  },
  dismiss: 'Stäng',

  // Typed amounts and sliders (issue 13)
  invalidAmount: 'Skriv ett belopp, till exempel 3 mnkr, 3,5 miljoner eller 3 000 000.',
  amountQuestion: (typed: string) => `${typed} per år är mycket lite för en satsning. Vad menade du?`,
  amountKeep: (typed: string) => `Ja, ${typed}`,
  amountCancel: 'Ångra',
};
