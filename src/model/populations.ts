/**
 * Populations and the seed plans as the seed documents describe them (issue 9), as data with year and
 * source for every number. Nothing here changes the model's behaviour yet: presets.ts will read it.
 * Citation ids refer to CITATIONS in evidence.ts. Figures not verified in a found source say so.
 */
import type { CitationId } from './evidence';

export interface Figure {
  value: number;
  /** The year the figure refers to (birth year, school year ending, …). */
  year: number;
  sources: readonly CitationId[];
  /** false: a figure recalled from SCB's tables but not found in a source during this work; check it. */
  verified: boolean;
  note?: string;
}

// ---------------------------------------------------------------------------------------------------
// Sweden: live births per birth year (SCB)
// ---------------------------------------------------------------------------------------------------

/**
 * The last published year's births, the Sweden preset's cohort size (presets.ts reads this, not the table, so
 * that the page's first chunk does not carry the table: only the worker's sampling needs it).
 */
export const SWEDEN_BIRTHS_LAST: Figure = {
  value: 100_100,
  year: 2023,
  sources: ['scb2023births', 'statisticoBirths'],
  verified: true,
  note: 'SCB, rounded to the hundred: “Under 2023 föddes enligt SCB 100.100 barn”; Statistico (source SCB) gives the exact count, 100 051. The rounded figure is kept as the project’s Sweden preset (0.05 % apart)',
};

const RECALLED = 'SCB’s published total as recalled; not found in a source in this session, check against SCB';
// Marked free of side effects so that a bundle which does not read the table can drop it.
const rec = /* @__NO_SIDE_EFFECTS__ */ (value: number, year: number): Figure => ({
  value,
  year,
  sources: [],
  verified: false,
  note: RECALLED,
});

/**
 * Live births in Sweden per year. Verified figures cite the page that states them; the others are SCB's
 * totals as recalled (`verified: false`) and consistent with every verified neighbour: 1999 about 88 000
 * and 2000 about 2 500 more (SCB), 2007 107 421, 2010 115 641, 2011 111 770, 2016 117 425, 2017 115 416, 2018 "knappt 116 000", 2020 113 077,
 * 2021 114 263, 2022 104 734, 2023 100 100 (exactly 100 051).
 */
export const SWEDEN_BIRTHS: readonly Figure[] = [
  {
    value: 90_441,
    year: 2000,
    sources: [],
    verified: false,
    note: `${RECALLED}. Consistent with SCB (Aftonbladet, 2000): about 2 500 more than 1999, when about 88 000 were born`,
  },
  rec(91_466, 2001),
  rec(95_815, 2002),
  rec(99_157, 2003),
  rec(100_928, 2004),
  rec(101_346, 2005),
  rec(105_913, 2006),
  {
    value: 107_421,
    year: 2007,
    sources: ['viforaldrar2007'],
    verified: true,
    note: '“Totalt föddes 107 421 barn under 2007” (Vi Föräldrar, source SCB)',
  },
  rec(109_301, 2008),
  {
    value: 111_801,
    year: 2009,
    sources: [],
    verified: false,
    note: `${RECALLED}. Consistent with SCB’s press release for 2010: 115 641 born, “en ökning med 3,4 procent jämfört med 2009” (115 641 / 1.034 ≈ 111 800)`,
  },
  {
    value: 115_641,
    year: 2010,
    sources: ['scbPress2010'],
    verified: true,
    note: '“Under förra året föddes 115 641 barn” (SCB press release, 2011-02-18)',
  },
  {
    value: 111_770,
    year: 2011,
    sources: ['viforaldrar2011'],
    verified: true,
    note: '“Förra året föddes det 111 770 barn – vilket är 3 871 färre än under 2010” (Vi Föräldrar, source SCB)',
  },
  rec(113_177, 2012),
  rec(113_593, 2013),
  rec(114_907, 2014),
  rec(114_870, 2015),
  {
    value: 117_425,
    year: 2016,
    sources: ['planering2019', 'scbBirths2016', 'statisticoBirths'],
    verified: true,
    note: 'PLAN 2019: “Under 2016 föddes 117 425 barn”; SCB: “drygt 117 000 nyfödda”; Statistico (source SCB): 117 425',
  },
  {
    value: 115_416,
    year: 2017,
    sources: ['statisticoBirths'],
    verified: true,
    note: '“with 115,416 births in 2017” (Statistico, source SCB)',
  },
  {
    value: 115_832,
    year: 2018,
    sources: [],
    verified: false,
    note: `${RECALLED}. PLAN 2019 (citing SCB): “Under 2018 föddes knappt 116 000 barn”`,
  },
  rec(114_523, 2019),
  {
    value: 113_077,
    year: 2020,
    sources: ['statisticoBirths'],
    verified: true,
    note: '“The years 2020 and 2021 saw births closely aligned at 113,077 and 114,263” (Statistico, source SCB)',
  },
  {
    value: 114_263,
    year: 2021,
    sources: ['svt2023births'],
    verified: true,
    note: 'derived: 104 734 in 2022 was “en minskning med 9 529 barn jämfört med året innan” (SVT, source SCB)',
  },
  {
    value: 104_734,
    year: 2022,
    sources: ['svt2023births'],
    verified: true,
    note: '“Totalt föddes det 104 734 barn i Sverige under 2022” (SVT, source SCB)',
  },
  SWEDEN_BIRTHS_LAST,
];

export const SWEDEN_LAST_PUBLISHED_YEAR = SWEDEN_BIRTHS_LAST.year;

/**
 * Assumption for birth years after the last verified one: births stay at the 2023 level (100 100).
 * SCB's half-year figures point lower still (first half of 2025: 49 700 born, 1.7 % fewer than the
 * first half of 2024, scbHalfYear2025), so this errs on the high side for cohorts born after 2023.
 */
export const SWEDEN_BIRTHS_AFTER_LAST: Figure = {
  value: 100_100,
  year: SWEDEN_LAST_PUBLISHED_YEAR,
  sources: ['statisticoBirths', 'scbHalfYear2025'],
  verified: false,
  note: 'assumption: held at the 2023 level; SCB’s first-half 2025 figure (49 700, −1.7 % on 2024) suggests slightly fewer',
};

/** Live births in Sweden for a birth year: the table, the first year for earlier years, the assumption after. */
export function swedenBirths(year: number): number {
  const first = SWEDEN_BIRTHS[0];
  if (year < first.year) return first.value;
  const row = SWEDEN_BIRTHS.find((r) => r.year === year);
  return row ? row.value : SWEDEN_BIRTHS_AFTER_LAST.value;
}

/** Share of grade-9 leavers not eligible for a national upper-secondary programme, Sweden 2023: 1 − 0.852. */
export const SWEDEN_NOT_ELIGIBLE: Figure = {
  value: 0.148,
  year: 2023,
  sources: ['skolverket2023'],
  verified: true,
  note: '“85,2 procent av eleverna som gick ut grundskolan i våras blev behöriga” (Skolverket, 2023-09-28)',
};

// ---------------------------------------------------------------------------------------------------
// Municipalities
// ---------------------------------------------------------------------------------------------------

export interface MunicipalityData {
  name: string;
  /** Live births per year (SCB), by year. */
  births: readonly Figure[];
  /** Share of grade-9 leavers not eligible for a national programme. */
  notEligible: Figure;
  /** Births per year the model would use, and why. */
  modelBirths: Figure;
}

export const NACKA: MunicipalityData = {
  name: 'Nacka',
  births: [{ value: 1_108, year: 2022, sources: ['nackaBirths2022'], verified: true, note: 'Urbistat, source SCB' }],
  notEligible: {
    value: 0.06,
    year: 2023,
    sources: ['nackaSkolresultat2023'],
    verified: true,
    note: '“94 procent som blev behöriga till ett nationellt program” (spring 2023; pupils at schools in Nacka, wherever they live; 95 % in 2022: “en procentenhet lägre än året innan”)',
  },
  modelBirths: {
    value: 1_108,
    year: 2022,
    sources: ['nackaBirths2022'],
    verified: true,
    note: 'the one year found; assumption: held for every cohort (1 639 pupils left grade 9 in Nacka in 2025, more than are born there, because schools in Nacka also take pupils from other municipalities)',
  },
};

export const ESKILSTUNA: MunicipalityData = {
  name: 'Eskilstuna',
  births: [
    {
      value: 1_210,
      year: 2013,
      sources: ['eskilstunaBefolkning'],
      verified: true,
      note: 'Eskilstuna kommun, source SCB',
    },
    { value: 1_306, year: 2016, sources: ['eskilstunaBefolkning'], verified: true },
    { value: 1_239, year: 2017, sources: ['eskilstunaBefolkning'], verified: true },
    { value: 1_260, year: 2018, sources: ['eskilstunaBefolkning'], verified: true },
    { value: 1_207, year: 2019, sources: ['eskilstunaBefolkning'], verified: true },
    { value: 1_167, year: 2020, sources: ['eskilstunaBefolkning'], verified: true },
    { value: 1_139, year: 2021, sources: ['eskilstunaBefolkning'], verified: true },
    { value: 1_109, year: 2022, sources: ['eskilstunaBefolkning', 'eskilstunaFakta'], verified: true },
    { value: 974, year: 2023, sources: ['eskilstunaBefolkning'], verified: true },
  ],
  notEligible: {
    value: 1 - 0.8057,
    year: 2018,
    sources: ['eskilstunaBehorighet2018'],
    verified: true,
    note: 'municipal schools only, school year 2017/18: “Andel elever med gymnasiebehörighet har ökat från 74,61 % till 80,57 %”. Independent schools are not included; no all-schools figure was found.',
  },
  modelBirths: {
    value: 1_139,
    year: 2021,
    sources: ['eskilstunaBefolkning'],
    verified: true,
    note: 'assumption: the mean of 2016–2023 (9 111 / 8 ≈ 1 139) for every cohort',
  },
};

/**
 * Torshälla (part of Eskilstuna since 1971). No births series was found; its single-year cohorts are
 * estimated from Eskilstuna's age table for 2022 (“varav Torshälla”): age 6: 144; 7–9: 384; 10–12: 393;
 * 13–15: 405; 0–5: 603. School-age cohorts are about (144 + 384 + 393 + 405) / 10 ≈ 133 children; the
 * youngest about 100 a year.
 */
export const TORSHALLA: MunicipalityData = {
  name: 'Torshälla',
  births: [
    {
      value: 603 / 6,
      year: 2022,
      sources: ['eskilstunaFakta'],
      verified: true,
      note: 'not births: children aged 0–5 living in Torshälla in 2022 (603) divided by six',
    },
  ],
  notEligible: {
    value: 1 - 0.8057,
    year: 2018,
    sources: ['eskilstunaBehorighet2018'],
    verified: false,
    note: 'assumption: Eskilstuna’s municipal schools 2017/18; no figure for Torshälla’s own schools was found',
  },
  modelBirths: {
    value: 133,
    year: 2022,
    sources: ['eskilstunaFakta'],
    verified: true,
    note: 'children aged 6–15 in Torshälla in 2022 (1 326) divided by ten: the cohorts Team Samagera worked with',
  },
};

// ---------------------------------------------------------------------------------------------------
// The seed plans as the seeds describe them
// ---------------------------------------------------------------------------------------------------

export interface SeedPlan {
  id: string;
  source: CitationId;
  /** Amounts in SEK as the seed states them. */
  amounts: Record<string, number>;
  /** Key facts (ages, years, staffing), each with the seed's own words in the comment above it. */
  facts: Record<string, number | string>;
  /** How the plan reads in the model's terms; "assumption" where the seed does not say. */
  modelReading: string;
}

export const SEED_PLANS: readonly SeedPlan[] = [
  {
    id: 'nacka',
    source: 'nacka2015',
    amounts: {
      // 000_1722f47be816d5dd.txt: "Inför år 2013 avsatte kommunfullmäktige 3 miljoner kronor till kommunstyrelsen för tidiga insatser."
      setAside: 3_000_000,
      // 000_1722f47be816d5dd.txt: "Av de avsatta 3 miljoner kronorna har 558 000 kr använts. Arbetet har till stor del genomförts med befintliga personella resurser."
      used: 558_000,
    },
    facts: {
      // 000_1722f47be816d5dd.txt: "Kommunstyrelsen beslutade 22 april, § 109 att genomföra följande fyra insatser för barn och unga under 2013"
      year: 2013,
      // 000_1722f47be816d5dd.txt: "Stimulans för goda exempel och goda idéer - Tydlig och lättillgänglig information - Samlad bild av barn och unga i behov av stöd - Tidiga insatser tidigt i livet"
      efforts:
        'stimulus for good ideas; clear information; a joint picture (indicators) of children in need of support; early interventions early in life (training: "kompetensutveckling")',
      // 000_1722f47be816d5dd.txt: "Det har också upplevts positivt av deltagarna att satsningen gällt små barn i förskoleåldern."
      ages: 'preschool age (about 1–5)',
      // 000_1722f47be816d5dd.txt: "Arbetet med att ta fram indikatorer för en samlad bild av antalet barn och unga i behov av stöd är viktigt men visat sig vara svårt."
      indicators: 'proved hard',
      // 000_1722f47be816d5dd.txt: "Satsningen med tidiga insatser är helt inriktad på främjande och universella insatser"
      kind: 'universal and promotive, no per-child places',
    },
    modelReading:
      'assumption: the money bought training of staff and an attempt at indicators, not places for children. In the model it is the detection lever (staff who notice needs earlier) for one year at preschool ages, with 558 000 SEK actually spent; the 3 MSEK reading is the budget that was set aside but not used.',
  },
  {
    id: 'torshalla',
    source: 'torshalla',
    amounts: {
      // 002_9d95aff1216a1b7d.txt: "September 2014 beviljades Torshälla stads nämnd 3,8 miljoner kronor ur Eskilstuna kommuns sociala investeringsfond."
      fund: 3_800_000,
    },
    facts: {
      // 002_9d95aff1216a1b7d.txt: "September 2014 beviljades ..."
      granted: '2014-09',
      // 002_9d95aff1216a1b7d.txt: "I augusti 2015 var projektbemanningen fulltalig och den 8 september 2015 genomfördes en gemensam kick off"
      fullyStaffed: '2015-08',
      staffingDelayYears: 1,
      // 002_9d95aff1216a1b7d.txt: "Projektet anställde även en specialpedagog. Rekryteringsprocessen blev klar och personen tillträdde i maj 2015."
      // "Specialpedagogen som anställdes i projektet sa upp sig och slutade vid årsskiftet 15/16. En ny specialpedagog anställdes och tillträdde sin tjänst i Torshälla i april-16."
      // "I juni 2016 sa även den nya specialpedagogen upp sig, och hennes anställning upphörde 2016-08-19."
      specialEducatorLost: 2,
      // Derived: from May 2015 to 19 August 2016 (about 15.6 months) the post was empty January–March 2016
      // (3 months), about 19 % of the time, and empty again after 19 August 2016 (refilling not reported).
      // Assumption for the model: 20 % of capacity lost a year.
      capacityLostPerYear: 0.2,
      // 002_9d95aff1216a1b7d.txt: "Föräldrar till barn i åldern 0-6 år ska erbjudas generellt föräldrastöd."
      parentAges: '0–6',
      // 002_9d95aff1216a1b7d.txt: "Erbjuda riktat stöd till familjer med barn i åldern 6-12 år, med identifierade problem. Arbetet ska utgå från en samordnad individuell plan."
      sipAges: '6–12',
      // 002_9d95aff1216a1b7d.txt: "En grupp föräldrautbildning har genomförts."
      parentGroupsRun: 1,
      // 002_9d95aff1216a1b7d.txt: "Återbetalning till sociala investeringsfonden genomförs i överenskommelse med kommunledningskontoret."
      repayment: 'to the social investment fund, terms to be agreed',
    },
    modelReading:
      'parent (universal courses, ages 0–6) and firstline (coordinated plans, ages 6–12) from 3.8 MSEK; about one year before capacity is in place (rampup 1 from the grant); about 20 % of capacity lost a year to staff turnover (derived from the special educator’s vacancies, an assumption beyond 2016). The split between the two areas and the spreading over about two years (September 2014 to August 2016) are assumptions.',
  },
  {
    id: 'hedemora',
    source: 'hedemora',
    amounts: {
      // 004_92f0b28a7f05a542.txt: "Förslaget är att under en treårsperiod bygga upp ett utrymme på 4,5 miljoner."
      total: 4_500_000,
      // Reading A (today's preset): 4.5 MSEK in all over three years, 1.5 MSEK a year.
      perYearReadingA: 1_500_000,
      // Reading B: the room built up over three years is 4.5 MSEK a year once in place.
      perYearReadingB: 4_500_000,
    },
    facts: {
      // 004_92f0b28a7f05a542.txt: "För närvarande planeras utvecklingsprojekt inom tre områden – tidig upptäckt, verksamhetsgemensam första linje och skolnärvaro"
      areas: 'detect, firstline, school',
      // 004_92f0b28a7f05a542.txt: "Samtliga utvecklingsprojekt ska löpa under en treårsperiod och nya projekt ska kunna startas varje år."
      projectYears: 3,
      // 004_92f0b28a7f05a542.txt: "Den planerade ekonomiska insatsen inom ett utvecklingsprojekt ska definieras som en tillfällig ”puckelkostnad”"
      costKind: 'temporary hump cost (puckelkostnad)',
      // 004_92f0b28a7f05a542.txt: "Ännu vet vi inte heller storleken på det belopp som kommer att avsättas i insatsbudgeten."
      amountDecided: 'not yet decided when written',
    },
    modelReading:
      'Reading A: 1.5 MSEK a year for three years, split evenly over detect, firstline and school (split: assumption). Reading B: the budget grows to 4.5 MSEK a year over three years (1.5, 3.0, 4.5) and new three-year projects keep starting, so the room stays at 4.5 MSEK a year (ongoing). The text supports both; it says the amount was not yet decided.',
  },
];
