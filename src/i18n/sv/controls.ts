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
    stockholm: 'Stockholm',
    goteborg: 'Göteborg',
    malmo: 'Malmö',
    orebro: 'Örebro',
    jonkoping: 'Jönköping',
    umea: 'Umeå',
    boras: 'Borås',
    solna: 'Solna',
    sodertalje: 'Södertälje',
    huddinge: 'Huddinge',
    haninge: 'Haninge',
    halmstad: 'Halmstad',
    jarfalla: 'Järfälla',
    botkyrka: 'Botkyrka',
    sollentuna: 'Sollentuna',
    taby: 'Täby',
    sigtuna: 'Sigtuna',
    alingsas: 'Alingsås',
    lidingo: 'Lidingö',
    ale: 'Ale',
    karlskoga: 'Karlskoga',
    danderyd: 'Danderyd',
    ekero: 'Ekerö',
    'habo-uppsala': 'Håbo',
    vaxholm: 'Vaxholm',
    sweden: 'Hela Sverige',
    own: 'Min kommun',
    custom: 'Egna siffror',
  },
  municipalitySources: {
    hedemora:
      'Hedemora kommun: ”varje årskull omfattar cirka 150 barn. Av dessa är det ett 20-tal som inte fullföljer grundskolan med behörighet till ett gymnasieprogram”.',
    nacka:
      'Nacka: 1 108 levande födda 2022 (SCB), samma antal för varje årskull (antagande). 94 procent av eleverna i Nackas skolor blev behöriga till ett nationellt program våren 2023, alltså 6 procent inte behöriga.',
    eskilstuna:
      'Eskilstuna: i genomsnitt 1 139 levande födda per år 2016–2023 (SCB), samma antal för varje årskull (antagande). I de kommunala skolorna var 80,57 procent behöriga läsåret 2017/18, alltså 19,4 procent inte behöriga; fristående skolor ingår inte.',
    sweden:
      'SCB: levande födda per födelseår, så att varje årskull har sin egen storlek (2023: 100 100; årskullarna födda 2010–2020 omkring 111 800–117 400). Skolverket 2023: 85,2 % av eleverna i årskurs 9 var behöriga, alltså 14,8 % inte behöriga.',
  },

  municipalitySearch: {
    label: 'Sök kommun',
    placeholder: 'Skriv ett namn, t.ex. fal',
    none: 'Ingen kommun med källhänvisade siffror heter så. Välj Min kommun och skriv in era två siffror.',
    count: (n: number) => (n === 1 ? '1 träff' : `${n} träffar`),
    cited: (births: string, bYear: number, share: string, sYear: number) =>
      `${births} födda (${bYear}), ${share} inte behöriga (${sYear})`,
  },
  own: {
    title: 'Min kommun',
    births: 'Barn per årskull',
    birthsHint: 'Antal levande födda per år: SCB:s befolkningsstatistik för kommunen.',
    share: 'Andel inte behöriga till gymnasiet (%)',
    shareHint:
      'Skolverkets statistik över slutbetyg i årskurs 9, eller Koladas nyckeltal för behörighet till yrkesprogram: 100 minus andelen behöriga.',
    yours: 'Siffrorna är dina egna: de är inte kontrollerade mot någon källa.',
    birthsRange: (min: string, max: string) => `Barn per årskull ska vara ett heltal från ${min} till ${max}.`,
    shareRange: (min: string, max: string) => `Andelen ska vara från ${min} till ${max} procent.`,
  },
  citedSourcesTitle: 'Källor för siffrorna',
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

  // Assumptions
  assumptionsTitle: 'Antaganden',
  assumptionsHelp:
    'Antagandena är osäkra gissningar, inte politik. Ändrar du dem visar diagrammet också samma plan med standardantagandena.',
  assumptionsChanged: 'ändrade',
  assumptionSourcesTitle: 'Källor och skäl för antagandena',
  assumptionSources:
    'Effektstorlekar: publicerad effekt × justering för vanlig kommunal verksamhet (WSIPP, 0,37) × koppling från det uppmätta utfallet till behörighet vid 16 (WSIPP, 0,60 för beteende; antagande 1,0 för skolresultat). Avtagande effekt per år: 7,4 % (WSIPP, provresultat från 7 till 17 års ålder; 0 enligt van Aar m.fl. 2017, 18,3 % för beteende). Flera års stöd: varje år till ger hälften av föregående års tillskott (antagande; Maynard m.fl. 2012 och Gubbels m.fl. 2019 fann ingen skillnad efter längd). Kostnad för ett liv i utanförskap: 10–16 miljoner kronor (Nilsson & Wadeskog). Diskonteringsränta 3,5 % (ASEK). Kostnad per barn: föräldraskapsstöd 3 000 kr per kurs (SBU); tidig upptäckt 20 000, första linjen 40 000 och skolnärvaro 30 000 kr per barn och år är antaganden (ingen källa hittades). Hur mycket risken består från år till år (0,9; 0,8–0,97): antagande – behov följer barn över åren men är inte bestämda vid födseln. Andelen i livslångt utanförskap (0,55 och 0,054): antagande valt så att 12 % av en årskull hamnar där, som Hedemora skriver. Tidig upptäckt gör att fler behov blir kända (högst halva återstoden): antagande.',
  resetAssumptions: 'Återställ alla antaganden',
  effectsLabel: 'Effektstorlekar',
  effects: { cautious: 'Försiktiga', studies: 'Som i studierna', custom: 'Egna' },

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
  saveReplace: (name: string) => `Det finns redan ett sparat scenario som heter ”${name}”. Vill du ersätta det?`,
  saveReplaceYes: 'Ersätt',
  saveReplaceNo: 'Avbryt',
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
  // The link to the plain-language page about the model (its texts load on demand)
  aboutLink: 'Så räknar modellen',
};
