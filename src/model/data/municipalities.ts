/**
 * Municipalities beyond the seed documents (issue 24): the two figures the model needs, each with the page it was
 * read from (publisher, title, year, address) and the words that give it. Only municipalities for which *both*
 * figures were found in a published source are here; nothing is interpolated. MODEL.md "Municipalities" lists the
 * places for which only one figure was found and which are therefore not offered.
 * Pure data (no imports from the rest of the project besides types), so the model, the page and the CLI share it.
 */

export interface Source {
  publisher: string;
  title: string;
  /** The year the page was published (or, for a statistics table, the year it covers). */
  year: number;
  url: string;
}

export interface CitedFigure {
  value: number;
  /** The year the figure refers to (birth year; spring term of the school year for eligibility). */
  year: number;
  source: Source;
  /** The source's own words, and what the figure covers. */
  quote: string;
  note?: string;
}

export interface CitedMunicipality {
  id: string;
  name: string;
  /** Live births in one year: the model's cohort size (the same for every cohort: assumption). */
  births: CitedFigure;
  /** Share of grade-9 leavers not eligible for a vocational upper-secondary programme (1 − eligible). */
  notEligible: CitedFigure;
}

export const CITED_MUNICIPALITIES = [
  {
    id: 'stockholm',
    name: 'Stockholm',
    births: {
      value: 13_620,
      year: 2011,
      source: {
        publisher: 'Sweco (figures from SCB)',
        title: 'Stockholms svit med elva år av ökat barnafödande har brutits',
        year: 2012,
        url: 'https://www.sweco.se/aktuellt/pressmeddelanden/stockholms-svit-med-elva-ar-av-okat-barnafodande-har-brutits/',
      },
      quote: '“Under 2011 föddes 13 620 barn i kommunen”',
      note: 'the latest year found for the municipality of Stockholm; later births may differ',
    },
    notEligible: {
      value: 0.112,
      year: 2018,
      source: {
        publisher: 'Skolverket (SIRIS)',
        title: 'Grundskolan – Slutbetyg årskurs 9, läsåret 2017/18, Stockholm',
        year: 2018,
        url: 'https://siris.skolverket.se/reports/rwservlet?cmdkey=common&geo=1&report=gr_betyg2017&p_sub=1&p_ar=2018&p_lankod=01&p_kommunkod=0180&p_skolkod=&p_hmantyp=&p_hmankod=&p_flik=GI',
      },
      quote: '“Stockholm, samtliga huvudmän 9 457 … 88,8” (share eligible for a vocational programme, all schools)',
    },
  },
  {
    id: 'goteborg',
    name: 'Göteborg',
    births: {
      value: 6_922,
      year: 2022,
      source: {
        publisher: 'Göteborgs Stad',
        title: 'Befolkningutveckling 2023',
        year: 2024,
        url: 'https://goteborg.se/wps/portal/enhetssida/statistik-och-analys/demografi-och-analys/korta-kommentarer/befolkningutveckling-2023',
      },
      quote: '“Föregående år bröts den trenden och antalet födda minskade till 6 922”',
      note: 'the year before 2023 (Vårt Göteborg: “Under 2022 föddes tio procent färre barn jämfört med 2021”)',
    },
    notEligible: {
      value: 0.22,
      year: 2023,
      source: {
        publisher: 'Göteborgs Stad',
        title: 'Så gick det för niorna i Göteborgs Stads grundskolor',
        year: 2023,
        url: 'https://goteborg.se/wps/portal/aktuelltarkivet/aktuellt/21db5739-a1d0-48b0-b426-95591f4b6a0d/',
      },
      quote: '“78 procent av eleverna som gick ut under våren hade behörighet till gymnasiet”',
      note: 'preliminary, the city’s own schools only (independent schools not included)',
    },
  },
  {
    id: 'malmo',
    name: 'Malmö',
    births: {
      value: 4_429,
      year: 2023,
      source: {
        publisher: 'Malmö stad',
        title: 'Befolkning (Fakta och statistik)',
        year: 2024,
        url: 'https://malmo.se/Fakta-och-statistik/Befolkning.html',
      },
      quote: '“Under 2023 föddes 4 429 barn i Malmö”',
    },
    notEligible: {
      value: 0.176,
      year: 2023,
      source: {
        publisher: 'Malmö stad',
        title: 'Rekordhög gymnasiebehörighet bland Malmös niondeklassare',
        year: 2023,
        url: 'https://malmo.se/Aktuellt/Artiklar-Malmo-stad/2023-06-21-Rekordhog-gymnasiebehorighet-bland-Malmos-niondeklassare.html',
      },
      quote:
        '“Andelen behöriga elever till yrkesförberedande gymnasieprogram har ökat från 79,5 procent vårterminen 2022 till 82,4 vårterminen 2023”',
      note: 'preliminary, pupils in Malmö’s own compulsory schools',
    },
  },
  {
    id: 'vaxholm',
    name: 'Vaxholm',
    births: {
      value: 95,
      year: 2012,
      source: {
        publisher: 'Mitt i (figures from SCB)',
        title: 'Antalet invånare i Vaxholm minskar',
        year: 2013,
        url: 'https://mitti.se/nyheter/antalet-invanare-i-vaxholm-minskar/',
      },
      quote: '“Enligt SCB föddes 95 Vaxholmsbor under 2012”',
      note: 'the latest year found; a small municipality, where a year’s births vary by chance',
    },
    notEligible: {
      value: 0.093,
      year: 2023,
      source: {
        publisher: 'Vaxholms stad, Hållbarometern (data from SCB and Skolverket)',
        title: 'Behörighet till gymnasieskolan åk 9',
        year: 2023,
        url: 'https://vaxholm.hallbarometern.se/arbete-och-utbildning/behorighet-till-gymnasieskolan-ak-9/totalt/table',
      },
      quote:
        '“Andel behöriga till gymnasieskolan åk 9 … Totalt 2023 90,7” (pass in Swedish, English, mathematics and at least five other subjects: the vocational requirement)',
    },
  },
] as const satisfies readonly CitedMunicipality[];

export type CitedId = (typeof CITED_MUNICIPALITIES)[number]['id'];

/** The range "Min kommun" accepts for the user's own figures (births per cohort; share not eligible, 0–1). */
export const OWN_RANGE = {
  births: { min: 10, max: 150_000 },
  share: { min: 0.01, max: 0.6 },
} as const;

/** A share as the link and the form write it: percent with at most six decimals. */
export const percentOf = (share: number) => Math.round(share * 1e8) / 1e6;
/** The share for a percent (six decimals at most): the double nearest the decimal, so 17.3 gives exactly 0.173. */
export const shareOf = (percent: number) => Math.round(percent * 1e6) / 1e8;
