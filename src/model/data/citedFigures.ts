/**
 * The cited municipalities' two figures alone (births per cohort, share not eligible), in the order of
 * data/municipalities.ts, which holds each figure with its year, source and the source's own words. The page's
 * first load needs only these (the picker's list, a link with m=<id>, the presets); the sources are a lazy chunk
 * there (issue 22, point 6: the 25 municipalities' quotes were 6 kB gzip of the entry). The two files must agree:
 * tests/model/data/citedFigures.test.ts checks every id, figure and the order against data/municipalities.ts.
 * Pure data, no imports.
 */
export const CITED_FIGURES = [
  { id: 'stockholm', births: 13_620, notEligible: 0.112 },
  { id: 'goteborg', births: 6922, notEligible: 0.22 },
  { id: 'malmo', births: 4429, notEligible: 0.176 },
  { id: 'orebro', births: 1581, notEligible: 0.178 },
  { id: 'jonkoping', births: 1526, notEligible: 0.14 },
  { id: 'umea', births: 1481, notEligible: 0.11 },
  { id: 'boras', births: 1143, notEligible: 0.171 },
  { id: 'solna', births: 1142, notEligible: 0.141 },
  { id: 'sodertalje', births: 1100, notEligible: 0.165 },
  { id: 'huddinge', births: 1099, notEligible: 0.105 },
  { id: 'haninge', births: 1081, notEligible: 0.109 },
  { id: 'halmstad', births: 1032, notEligible: 0.158 },
  { id: 'jarfalla', births: 957, notEligible: 0.109 },
  { id: 'botkyrka', births: 938, notEligible: 0.148 },
  { id: 'sollentuna', births: 725, notEligible: 0.087 },
  { id: 'taby', births: 648, notEligible: 0.049 },
  { id: 'sigtuna', births: 546, notEligible: 0.146 },
  { id: 'alingsas', births: 395, notEligible: 0.125 },
  { id: 'lidingo', births: 376, notEligible: 0.038 },
  { id: 'ale', births: 312, notEligible: 0.144 },
  { id: 'karlskoga', births: 289, notEligible: 0.167 },
  { id: 'danderyd', births: 202, notEligible: 0.029 },
  { id: 'ekero', births: 201, notEligible: 0.106 },
  { id: 'habo-uppsala', births: 201, notEligible: 0.156 },
  { id: 'vaxholm', births: 95, notEligible: 0.093 },
] as const;

export type CitedId = (typeof CITED_FIGURES)[number]['id'];

/** The range "Min kommun" accepts for the user's own figures (births per cohort; share not eligible, 0–1). */
export const OWN_RANGE = {
  births: { min: 10, max: 150_000 },
  share: { min: 0.01, max: 0.6 },
} as const;

/** A share as the link and the form write it: percent with at most six decimals. */
export const percentOf = (share: number) => Math.round(share * 1e8) / 1e6;
/** The share for a percent (six decimals at most): the double nearest the decimal, so 17.3 gives exactly 0.173. */
export const shareOf = (percent: number) => Math.round(percent * 1e6) / 1e8;
