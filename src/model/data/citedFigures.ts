/**
 * The cited municipalities' names and two figures alone (births per cohort, share not eligible), in the order of
 * data/municipalities.ts, which holds each figure with its year, source and the source's own words. The page's
 * first load needs only these (the picker's list, a link with m=<id>, the presets); the sources are a lazy chunk
 * there (issue 22, point 6: the 25 municipalities' quotes were 6 kB gzip of the entry). The two files must agree:
 * tests/model/data/citedFigures.test.ts checks every id, figure and the order against data/municipalities.ts.
 * Pure data, no imports.
 */
export const CITED_FIGURES = [
  { id: 'stockholm', name: 'Stockholm', births: 13_620, notEligible: 0.112 },
  { id: 'goteborg', name: 'Göteborg', births: 6922, notEligible: 0.22 },
  { id: 'malmo', name: 'Malmö', births: 4429, notEligible: 0.176 },
  { id: 'orebro', name: 'Örebro', births: 1581, notEligible: 0.178 },
  { id: 'jonkoping', name: 'Jönköping', births: 1526, notEligible: 0.14 },
  { id: 'umea', name: 'Umeå', births: 1481, notEligible: 0.11 },
  { id: 'boras', name: 'Borås', births: 1143, notEligible: 0.171 },
  { id: 'solna', name: 'Solna', births: 1142, notEligible: 0.141 },
  { id: 'sodertalje', name: 'Södertälje', births: 1100, notEligible: 0.165 },
  { id: 'huddinge', name: 'Huddinge', births: 1099, notEligible: 0.105 },
  { id: 'haninge', name: 'Haninge', births: 1081, notEligible: 0.109 },
  { id: 'halmstad', name: 'Halmstad', births: 1032, notEligible: 0.158 },
  { id: 'lund', name: 'Lund', births: 974, notEligible: 0.097 },
  { id: 'jarfalla', name: 'Järfälla', births: 957, notEligible: 0.109 },
  { id: 'botkyrka', name: 'Botkyrka', births: 938, notEligible: 0.148 },
  { id: 'karlstad', name: 'Karlstad', births: 838, notEligible: 0.119 },
  { id: 'lulea', name: 'Luleå', births: 757, notEligible: 0.109 },
  { id: 'sollentuna', name: 'Sollentuna', births: 725, notEligible: 0.087 },
  { id: 'molndal', name: 'Mölndal', births: 699, notEligible: 0.122 },
  { id: 'taby', name: 'Täby', births: 648, notEligible: 0.049 },
  { id: 'sigtuna', name: 'Sigtuna', births: 546, notEligible: 0.146 },
  { id: 'gotland', name: 'Gotland', births: 465, notEligible: 0.172 },
  { id: 'tyreso', name: 'Tyresö', births: 460, notEligible: 0.088 },
  { id: 'alingsas', name: 'Alingsås', births: 395, notEligible: 0.125 },
  { id: 'lidingo', name: 'Lidingö', births: 376, notEligible: 0.038 },
  { id: 'upplands-bro', name: 'Upplands-Bro', births: 326, notEligible: 0.079 },
  { id: 'ale', name: 'Ale', births: 312, notEligible: 0.144 },
  { id: 'vallentuna', name: 'Vallentuna', births: 309, notEligible: 0.108 },
  { id: 'nynashamn', name: 'Nynäshamn', births: 296, notEligible: 0.145 },
  { id: 'karlskoga', name: 'Karlskoga', births: 289, notEligible: 0.167 },
  { id: 'koping', name: 'Köping', births: 289, notEligible: 0.207 },
  { id: 'arvika', name: 'Arvika', births: 229, notEligible: 0.144 },
  { id: 'svedala', name: 'Svedala', births: 207, notEligible: 0.09 },
  { id: 'danderyd', name: 'Danderyd', births: 202, notEligible: 0.029 },
  { id: 'ekero', name: 'Ekerö', births: 201, notEligible: 0.106 },
  { id: 'habo-uppsala', name: 'Håbo', births: 201, notEligible: 0.156 },
  { id: 'sala', name: 'Sala', births: 182, notEligible: 0.148 },
  { id: 'hallstahammar', name: 'Hallstahammar', births: 180, notEligible: 0.226 },
  { id: 'svalov', name: 'Svalöv', births: 170, notEligible: 0.142 },
  { id: 'arboga', name: 'Arboga', births: 150, notEligible: 0.281 },
  { id: 'solleftea', name: 'Sollefteå', births: 123, notEligible: 0.15 },
  { id: 'simrishamn', name: 'Simrishamn', births: 117, notEligible: 0.242 },
  { id: 'askersund', name: 'Askersund', births: 114, notEligible: 0.176 },
  { id: 'nykvarn', name: 'Nykvarn', births: 112, notEligible: 0.044 },
  { id: 'nora', name: 'Nora', births: 96, notEligible: 0.134 },
  { id: 'vaxholm', name: 'Vaxholm', births: 95, notEligible: 0.093 },
  { id: 'kungsor', name: 'Kungsör', births: 93, notEligible: 0.284 },
  { id: 'hylte', name: 'Hylte', births: 93, notEligible: 0.279 },
  { id: 'stromsund', name: 'Strömsund', births: 75, notEligible: 0.328 },
  { id: 'hallefors', name: 'Hällefors', births: 55, notEligible: 0.261 },
] as const;

export type CitedId = (typeof CITED_FIGURES)[number]['id'];

/** The cited municipalities' names, by id (the same in both languages but Göteborg's: i18n/en/controls.ts). */
export const CITED_NAMES = Object.fromEntries(CITED_FIGURES.map((c) => [c.id, c.name])) as Record<CitedId, string>;

/** The range "Min kommun" accepts for the user's own figures (births per cohort; share not eligible, 0–1). */
export const OWN_RANGE = {
  births: { min: 10, max: 150_000 },
  share: { min: 0.01, max: 0.6 },
} as const;

/** A share as the link and the form write it: percent with at most six decimals. */
export const percentOf = (share: number) => Math.round(share * 1e8) / 1e6;
/** The share for a percent (six decimals at most): the double nearest the decimal, so 17.3 gives exactly 0.173. */
export const shareOf = (percent: number) => Math.round(percent * 1e6) / 1e8;
