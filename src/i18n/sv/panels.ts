/**
 * Swedish: the texts of the controls below the first screen (the municipality picker, the assumptions, compare,
 * share, save and embed). Not in the page's first chunk: loaded with those panels (`loadLaterTexts`, i18n/index.ts).
 */
export const panels = {
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
  // Share, compare, save
  shareTitle: 'Jämför och dela',
  copyLink: 'Kopiera länk',
  copied: 'Kopierad',
  copyFailed: 'Markera länken och kopiera den själv.',
  linkField: 'Länk till scenariot',
  unpin: 'Ta bort A',
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
