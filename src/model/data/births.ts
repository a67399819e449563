/**
 * Live births in Sweden per birth year (SCB), with year and source for every figure, and the assumption for the
 * years after the last published one. Data only; swedenBirths (../populations.ts) reads the table. Figures not
 * verified in a found source say so (`verified: false`).
 */
import type { Figure } from './shapes';

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
