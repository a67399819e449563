/** The investment curve and the best split (a lazy view: loaded with it, see ../curve.ts). */
import { glossary as g } from './glossary';

export const curve = {
  title: 'Vad varje nivå av årlig satsning ger',
  figureTitle: 'Chansen, barnen i riskzonen och kostnaden per hjälpt barn vid varje budget',
  intro: (p: { split: string }) =>
    `Budget per år från noll till den nivå där varje område når alla barn det kan nå, med dagens fördelning mellan områdena (${p.split}). Samma barn och samma slump vid varje nivå.`,
  splitCurrent: 'planens fördelning',
  splitEven: 'lika fördelning, planen har ingen budget',
  panels: {
    /** In the chance panel when the chance is 0 at every budget (wrapped to the panel's width). */
    chanceZero: (top: string) => `Chansen är 0 % vid varje budget här, upp till ${top} per år`,
    chance: 'Chansen att nå målet',
    count: (year: number) => `Barn i riskzonen per årskull år ${year} (medelvärde, 90 % av framtiderna)`,
    cost: 'Kostnad per hjälpt barn',
  },
  axis: 'Budget per år (kr)',
  lines: {
    chance: 'Chansen',
    expected: 'Medelvärde',
    band: '90 % av framtiderna',
    target: 'Målet',
    cost: 'Kostnad per hjälpt barn',
    reference: (other: string) => `Med effekter ${other} (jämförelse)`,
    plan: 'Planen nu',
  },
  effects: { cautious: 'försiktiga', studies: 'som i studierna', custom: 'egna' },
  reached: (p: { p50: string; p80: string | null }) =>
    p.p80
      ? `Chansen når 50 % vid ${p.p50} per år och 80 % vid ${p.p80} per år.`
      : `Chansen når 50 % vid ${p.p50} per år; 80 % nås inte på kurvan.`,
  outOfReach: (p: { top: string; best: string; target: string }) =>
    `Med de här antagandena nås målet inte vid någon budget: även vid ${p.top} per år, när varje område når alla barn det kan nå, blir det i snitt ${p.best} barn i riskzonen mot målet ${p.target}.`,
  why: 'Det som sätter gränsen är hur många barn varje område kan nå och hur små effekterna är per barn.',
  caps: (p: { list: string }) => `Taket för hur många barn ett område kan nå slår till för ${p.list}.`,
  withOther: (p: { other: string; budget: string }) =>
    `Med effekter ${p.other} nås 50 % vid ungefär ${p.budget} per år.`,
  withOtherNever: (p: { other: string }) => `Inte heller med effekter ${p.other} nås målet på kurvan.`,
  computing: (p: { done: number; total: number }) => `Räknar kurvan … ${p.done} av ${p.total} körningar`,
  preview: (runs: number) => `Skiss av ${runs} simulerade framtider; hela kurvan räknas med fler.`,
  seedPlans: 'Planerna i underlagen (omräknade till den här kommunens storlek)',
  planMark: (name: string) => name,
  table: {
    caption: 'Investeringskurvan',
    budget: 'Budget per år (kr)',
    chance: 'Chansen att nå målet',
    expected: 'Barn i riskzonen (medel)',
    p05: '5:e percentilen',
    p95: '95:e percentilen',
    helped: 'Hjälpta barn per årskull',
    cost: 'Kostnad per hjälpt barn (kr)',
    payerBcr: 'Kommunens nytta per krona',
    payback: 'Betalt år',
  },
  summary: (p: { chance0: string; chanceTop: string; top: string; expectedTop: string }) =>
    `Chansen att nå målet går från ${p.chance0} utan budget till ${p.chanceTop} vid ${p.top} per år, där i snitt ${p.expectedTop} barn är kvar i riskzonen.`,
  compactOpen: 'Se hela kurvan',
  compactTitle: 'Vad olika budget ger',
  split: {
    title: 'Bästa fördelningen av samma pengar',
    intro: (total: string) =>
      `Vilken fördelning av ${total} per år mellan de fyra områdena hjälper flest barn i målåret? Samma barn och samma slump för varje fördelning.`,
    find: 'Sök bästa fördelningen',
    searching: (n: number) => `Söker … ${n} fördelningar prövade`,
    area: 'Område',
    now: 'Nu',
    best: 'Bäst',
    helped: 'Hjälpta barn i målåret',
    chance: 'Chansen att nå målet',
    difference: (p: { helped: string; chance: string }) =>
      `Den bästa fördelningen hjälper ${p.helped} barn fler per årskull i målåret; chansen ändras med ${p.chance} procentenheter.`,
    same: 'Dagens fördelning är redan den bästa som sökningen hittar.',
    apply: 'Använd den här fördelningen',
    undo: 'Ångra',
    applied: 'Fördelningen används nu. Ångra för att gå tillbaka.',
    objective: 'Mål för sökningen: flest hjälpta barn i målåret.',
    noTotal: 'Planen har ingen budget att fördela.',
  },
  areas: g.areas,
  error: (msg: string) => `Kurvan kunde inte räknas: ${msg}`,
};
