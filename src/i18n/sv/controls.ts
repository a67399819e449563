/** Swedish: controls (municipality, plan, assumptions), compare and share. */
export const controls = {
  budgetLabel: 'Budget för tidiga insatser',
  perYear: 'kr per år',
  perYearShort: 'per år',
  allSettings: 'Alla inställningar ↓',
  heading: 'Inställningar',
  reset: (label: string) => `Återställ ${label}`,
  resetShort: 'Återställ',
  invalidNumber: 'Skriv ett tal.',
  rangeHint: (min: string, max: string) => `Från ${min} till ${max}.`,
  sources: 'Källor',

  // Municipality
  municipalityTitle: 'Kommun',
  municipalityLabel: 'Utgå från',
  municipalities: { hedemora: 'Hedemora', sweden: 'Hela Sverige', custom: 'Egna siffror' },
  municipalitySources: {
    hedemora:
      'Hedemora kommun: ”varje årskull omfattar cirka 150 barn. Av dessa är det ett 20-tal som inte fullföljer grundskolan med behörighet till ett gymnasieprogram” (dokument 004_92f0b28a7f05a542.txt).',
    sweden:
      'SCB: 100 100 levande födda 2023. Skolverket 2023: 85,2 % av eleverna i årskurs 9 var behöriga till ett yrkesprogram, alltså 14,8 % inte behöriga.',
  },

  // Plan
  planTitle: 'Plan',
  planLabel: 'Plan att utgå från',
  plans: {
    none: 'Ingen satsning',
    hedemora: 'Hedemoras plan',
    nacka: 'Nackas plan',
    torshalla: 'Torshällas plan',
    custom: 'Egen plan',
  },
  planSources: {
    none: 'Ingen budget: jämförelsen utan satsning.',
    hedemora:
      'Hedemora kommun: ”under en treårsperiod bygga upp ett utrymme på 4,5 miljoner” för tre områden – tidig upptäckt, verksamhetsgemensam första linje och skolnärvaro (004_92f0b28a7f05a542.txt). Här: 500 000 kr per område och år i tre år.',
    nacka:
      'Nacka kommun: 3 miljoner kronor avsattes för 2013, varav 558 000 kr användes, för en gemensam bild av barn i behov och tidiga insatser tidigt i livet (000_1722f47be816d5dd.txt). Fördelningen mellan områdena är ett antagande.',
    torshalla:
      'Torshälla stad: 3,8 miljoner kronor ur en fond för sociala investeringar, till föräldraskapsstöd 0–6 år och samordnade individuella planer 6–12 år (002_9d95aff1216a1b7d.txt). Utspritt på tre år: ett antagande.',
  },
  envelope: 'Total budget',
  envelopeHelp: 'Flyttar du totalen ändras alla områden i samma proportion.',
  lock: 'Lås totalen',
  lockHelp: 'När totalen är låst tar ett område pengar från de andra.',
  areasTitle: 'Fördelning på områden',
  ongoing: 'Pågår hela tiden',

  // Assumptions
  assumptionsTitle: 'Antaganden',
  assumptionsHelp:
    'Antagandena är osäkra gissningar, inte politik. Ändrar du dem visar diagrammet också samma plan med standardantagandena.',
  assumptionsChanged: 'ändrade',
  resetAssumptions: 'Återställ alla antaganden',
  effectsLabel: 'Effektstorlekar',
  effects: { cautious: 'Försiktiga', studies: 'Som i studierna', custom: 'Egna' },

  /** Label and unit word per parameter key. */
  params: {
    births: 'Barn per årskull',
    baseRisk: 'Andel i riskzonen i dag',
    startYear: 'Startår',
    horizon: 'Tidshorisont',
    detect: 'Tidig upptäckt',
    parent: 'Föräldraskapsstöd',
    firstline: 'Gemensam första linje',
    school: 'Skolnärvaro',
    duration: 'Varaktighet',
    effects: 'Effektstorlekar',
    dDetect: 'Effekt av tidig upptäckt',
    dParent: 'Effekt av föräldraskapsstöd',
    dFirstline: 'Effekt av första linjen',
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
  // Share, compare, save
  shareTitle: 'Jämför och dela',
  copyLink: 'Kopiera länk',
  copied: 'Kopierad',
  copyFailed: 'Markera länken och kopiera den själv.',
  linkField: 'Länk till scenariot',
  pin: 'Fäst som A',
  repin: 'Fäst nuvarande som A',
  unpin: 'Ta bort A',
  pinnedLabel: 'A',
  pinnedInfo: 'A är fäst: diagrammet jämför A med det du ändrar nu.',
  restorePinned: 'Öppna A igen',
  saveName: 'Namn på scenariot',
  save: 'Spara',
  savedTitle: 'Sparade scenarier',
  savedNone: 'Inga sparade scenarier ännu.',
  savedOk: (name: string) => `Sparat: ${name}`,
  saveEmpty: 'Ge scenariot ett namn.',
  saveStorage: 'Webbläsaren lät inte sidan spara.',
  open: (name: string) => `Öppna ${name}`,
  remove: (name: string) => `Ta bort ${name}`,
  removeShort: 'Ta bort',
  savedDropped: (n: number) => `${n} sparade scenarier kunde inte läsas och hoppades över.`,
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
  embedOpen: 'Bädda in…',
  embedTitle: 'Bädda in på en webbsida',
  embedHelp:
    'Klistra in koden på en webbsida eller i en presentation. Den visar det här scenariot; inga skript behövs.',
  embedChart: 'Diagram',
  embedCharts: {
    halving: 'Barn i riskzonen per årskull',
    cohort: 'En årskull, ett barn per tecken',
    contrib: 'Vad varje område bidrar med',
    costs: 'Kostnader och besparingar',
    payers: 'Vem sparar',
  },
  embedControls: 'Läsaren får ändra',
  embedControlModes: { none: 'ingenting', plan: 'planen', all: 'allt' },
  embedCopy: 'Kopiera koden',
  embedFrameTitle: 'Halvera: kan antalet barn i riskzonen halveras?',
};
