/**
 * Populations as the seed documents describe them (issue 9): Sweden's share not eligible and the seed
 * municipalities' births and shares, with year and source for every number. Data only; presets.ts reads it.
 */
import type { Figure, MunicipalityData } from './shapes';

/** Share of grade-9 leavers not eligible for a national upper-secondary programme, Sweden 2023: 1 − 0.852. */
export const SWEDEN_NOT_ELIGIBLE: Figure = {
  value: 0.148,
  year: 2023,
  sources: ['skolverket2023'],
  verified: true,
  note: '“85,2 procent av eleverna som gick ut grundskolan i våras blev behöriga” (Skolverket, 2023-09-28)',
};

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
