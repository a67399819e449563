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

/** Pages that give the figure of several municipalities (one object each, shared by their entries). */
const SVT_STOCKHOLM_COUNTY_2021: Source = {
  publisher: 'SVT Nyheter Södertälje (figures from Skolverket)',
  title: 'Södertälje sämst i länet – här är flest elever obehöriga till gymnasieskolan (title read from the address)',
  year: 2021,
  url: 'https://svt.se/nyheter/lokalt/sodertalje/sodertalje-samst-i-lanet-har-ar-flest-elever-obehoriga-till-gymnasieskolan',
};

const SCB_BIRTHS_2024: Source = {
  publisher: 'SCB',
  title: 'Folkmängd i riket, län och kommuner 31 december 2024 och befolkningsförändringar 2024',
  year: 2024,
  url: 'https://scb.se/hitta-statistik/statistik-efter-amne/befolkning-och-levnadsforhallanden/befolkningens-sammansattning-och-utveckling/befolkningsstatistik/pong/tabell-och-diagram/folkmangd-och-befolkningsforandringar---helarsstatistik/folkmangd-i-riket-lan-och-kommuner-31-december-2024-och-befolkningsforandringar-2024',
};

const REGIONFAKTA_VASTRA_GOTALAND: Source = {
  publisher: 'Regionfakta, Västra Götalands län (figures from Skolverket)',
  title: 'Gymnasiebehörighet',
  year: 2018,
  url: 'http://www.regionfakta.com/Vastra-Gotalands-lan/Utbildning/grundskolan/gymnasiebehorighet-11/',
};

const REGIONFAKTA_OREBRO: Source = {
  publisher: 'Regionfakta, Örebro län (figures from Skolverket)',
  title: 'Gymnasiebehörighet',
  year: 2021,
  url: 'https://www.regionfakta.com/orebro-lan/utbildning/grundskolan/gymnasiebehorighet-11/',
};

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
    id: 'orebro',
    name: 'Örebro',
    births: {
      value: 1_581,
      year: 2023,
      source: {
        publisher: 'Regioner.se (figures from SCB)',
        title: 'Hur många bor i Örebro kommun?',
        year: 2024,
        url: 'https://regioner.se/orebro-kommun-befolkning',
      },
      quote: '“I Örebro kommun föddes 1 581 barn år 2023”',
    },
    notEligible: {
      value: 0.178,
      year: 2021,
      source: REGIONFAKTA_OREBRO,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2020/2021 … Örebro 1 730 82,2 81,3 79,8 80,1 17,8” (share not eligible, the last column)',
    },
  },
  {
    id: 'jonkoping',
    name: 'Jönköping',
    births: {
      value: 1_526,
      year: 2022,
      source: {
        publisher: 'Jönköping i siffror, nyhetsbrev (figures from SCB)',
        title: 'Över 145 000 invånare i kommunen',
        year: 2023,
        url: 'https://esmaker.net/esNews/NewsLetter/ViewNewsLetter?s=8c6d6b2b-0d77-4cbd-b75a-c0b06610ac40&r=6e300306-2fa6-4f0c-ab87-07e472acab65',
      },
      quote: '“Under förra året föddes det 1 526 barn, vilket är 125 färre än under 2021”',
    },
    notEligible: {
      value: 0.14,
      year: 2022,
      source: {
        publisher: 'Jönköpings kommun, Hållbarometern (data from SCB and Skolverket)',
        title: 'Behörighet till yrkesprogram',
        year: 2022,
        url: 'https://jonkoping.hallbarometern.se/god-utbildning-for-alla/behorighet-till-yrkesprogram/table',
      },
      quote:
        '“Andel elever i åk 9 som är behöriga till yrkesprogram … Jönköping 2022 86” (pupils resident in the municipality)',
      note: 'whole percent as the source gives it',
    },
  },
  {
    id: 'umea',
    name: 'Umeå',
    births: {
      value: 1_481,
      year: 2018,
      source: {
        publisher: 'Aftonbladet (TT, figures from SCB)',
        title: '2 039 fler invånare i Umeå',
        year: 2019,
        url: 'https://www.aftonbladet.se/nyheter/a/jPqdWz/2-039-fler-invanare-i-umea',
      },
      quote: '“Antalet födda var 1 481 personer, vilket är något över genomsnittet”',
      note: 'the latest year found',
    },
    notEligible: {
      value: 0.11,
      year: 2019,
      source: {
        publisher: 'Umeå kommun, Livsmiljöbarometern',
        title: 'Utbildning',
        year: 2020,
        url: 'http://livsmiljo.umea.se/folkhalsa/livsvillkor/utbildning/',
      },
      quote: '“Nyckeltal B.1.2.3a Andel elever som är behöriga till gymnasieskolan … Senaste värdet: 89 % 2019”',
      note: 'whole percent as the source gives it; “behöriga till gymnasieskolan” is the vocational requirement',
    },
  },
  {
    id: 'boras',
    name: 'Borås',
    births: {
      value: 1_143,
      year: 2006,
      source: {
        publisher: 'Borås Stad (press release, figures from SCB)',
        title: 'Rekordökning för Borås - nu 100 221 invånare',
        year: 2007,
        url: 'http://www.mynewsdesk.com/se/pressreleases/rekordoekning-foer-boraas-nu-100-221-invaanare-131183',
      },
      quote: '“det föddes 1 143 nya boråsare medan 1 062 gick bort”',
      note: 'the only full year found for Borås, and an old one; later births may differ',
    },
    notEligible: {
      value: 0.171,
      year: 2018,
      source: REGIONFAKTA_VASTRA_GOTALAND,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2017/2018 … Borås 1 255 82,9” (share eligible for a vocational programme)',
    },
  },
  {
    id: 'solna',
    name: 'Solna',
    births: {
      value: 1_142,
      year: 2022,
      source: {
        publisher: 'Urbistat (figures from SCB)',
        title: 'Municipality of Solna: demographic balance',
        year: 2022,
        url: 'https://ugeo.urbistat.com/AdminStat/en/se/demografia/popolazione/solna/20298582/4',
      },
      quote: '“Demographic balance (Year 2022) … Births 1,142” (Births: Fonte SCB)',
    },
    notEligible: {
      value: 0.141,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Solna 14,1” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'sodertalje',
    name: 'Södertälje',
    births: {
      value: 1_100,
      year: 2023,
      source: {
        publisher: 'Södertälje kommun (figures from SCB)',
        title: 'Helårsstatistik',
        year: 2024,
        url: 'https://www.sodertalje.se/kommun-och-politik/statistik-och-nyckeltal/helarsstatistik/',
      },
      quote: '“Södertälje kommuns befolkning 31 december 2023: 102 519 • Levande födda: 1 100”',
    },
    notEligible: {
      value: 0.165,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Södertälje 16,5” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'huddinge',
    name: 'Huddinge',
    births: {
      value: 1_099,
      year: 2024,
      source: SCB_BIRTHS_2024,
      quote: '“0126 | Huddinge | 114 304 | 384 | 1 099” (folkmängd, folkökning, levande födda 2024)',
    },
    notEligible: {
      value: 0.105,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Huddinge 10,5” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'haninge',
    name: 'Haninge',
    births: {
      value: 1_081,
      year: 2024,
      source: SCB_BIRTHS_2024,
      quote: '“0136 | Haninge | 100 895 | 1 144 | 1 081” (folkmängd, folkökning, levande födda 2024)',
    },
    notEligible: {
      value: 0.109,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Haninge 10,9” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'halmstad',
    name: 'Halmstad',
    births: {
      value: 1_032,
      year: 2022,
      source: {
        publisher: 'Halmstads kommun (figures from SCB)',
        title: 'Halmstads befolkning fortsätter att växa',
        year: 2023,
        url: 'https://www.halmstad.se/nyheter/nyhetsarkiv/halmstadsbefolkningfortsatterattvaxa.12054.html',
      },
      quote: '“1 032 barn föddes och 1 052 personer avled i kommunen” (2022)',
    },
    notEligible: {
      value: 0.158,
      year: 2017,
      source: {
        publisher: 'Regionfakta, Hallands län (figures from Skolverket)',
        title: 'Gymnasiebehörighet',
        year: 2017,
        url: 'http://regionfakta.com/Hallands-lan/Utbildning/grundskolan/gymnasiebehorighet-11/',
      },
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2016/2017 … Halmstad 958 84,2 83,5 81,5 81,2 15,8” (share not eligible, the last column)',
    },
  },
  {
    id: 'jarfalla',
    name: 'Järfälla',
    births: {
      value: 957,
      year: 2024,
      source: SCB_BIRTHS_2024,
      quote: '“0123 | Järfälla | 88 950 | 2 620 | 957” (folkmängd, folkökning, levande födda 2024)',
    },
    notEligible: {
      value: 0.109,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Järfälla 10,9” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'botkyrka',
    name: 'Botkyrka',
    births: {
      value: 938,
      year: 2024,
      source: SCB_BIRTHS_2024,
      quote: '“0127 | Botkyrka | 95 905 | 313 | 938” (folkmängd, folkökning, levande födda 2024)',
    },
    notEligible: {
      value: 0.148,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Botkyrka 14,8” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'sollentuna',
    name: 'Sollentuna',
    births: {
      value: 725,
      year: 2022,
      source: {
        publisher: 'Sollentuna kommun (figures from SCB)',
        title: 'Befolkningsstatistik',
        year: 2023,
        url: 'https://www.sollentuna.se/kommun--politik/kommunfakta/befolkningen-i-sollentuna/',
      },
      quote: '“Under år 2022 ökade folkmängden med 1 129 personer … 725 barn föddes i kommunen under året”',
    },
    notEligible: {
      value: 0.087,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Sollentuna 8,7” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'taby',
    name: 'Täby',
    births: {
      value: 648,
      year: 2015,
      source: {
        publisher: 'Mitt i (figures from Täby kommun)',
        title: 'Nu finns 68 281 Täbybor',
        year: 2016,
        url: 'https://mitti.se/nyheter/nu-finns-68-281-tabybor/',
      },
      quote: '“Det föddes 648 barn i Täby under 2015, vilket är 50 fler än året innan”',
      note: 'the latest year found',
    },
    notEligible: {
      value: 0.049,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Täby 4,9” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'sigtuna',
    name: 'Sigtuna',
    births: {
      value: 546,
      year: 2023,
      source: {
        publisher: 'Märsta.nu (figures from SCB)',
        title: 'Ökad befolkning trots färre födda barn (title read from the address)',
        year: 2024,
        url: 'https://www.marsta.nu/nyheter/okad-befolkning-trots-farre-fodda-barn/',
      },
      quote: '“I Sigtuna kommun var antalet nyfödda det lägsta på elva år under 2023, med endast 546 levande födslar”',
    },
    notEligible: {
      value: 0.146,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Sigtuna 14,6” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'alingsas',
    name: 'Alingsås',
    births: {
      value: 395,
      year: 2022,
      source: {
        publisher: 'Alingsås kommun (figures from SCB)',
        title: 'Befolkning och arbete',
        year: 2023,
        url: 'https://www.alingsas.se/kommun-och-politik/kommunfakta/befolkning-arbete-byggande/',
      },
      quote: '“Det föddes 395 barn under 2022, 20 färre än 2021”',
    },
    notEligible: {
      value: 0.125,
      year: 2018,
      source: REGIONFAKTA_VASTRA_GOTALAND,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2017/2018 … Alingsås 488 87,5 86,1 85,7 82,8 12,5” (share not eligible, the last column)',
    },
  },
  {
    id: 'lidingo',
    name: 'Lidingö',
    births: {
      value: 376,
      year: 2024,
      source: SCB_BIRTHS_2024,
      quote: '“0186 | Lidingö | 48 377 | 53 | 376” (folkmängd, folkökning, levande födda 2024)',
    },
    notEligible: {
      value: 0.038,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Lidingö 3,8” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'ale',
    name: 'Ale',
    births: {
      value: 312,
      year: 2023,
      source: {
        publisher: 'Ale kommun (figures from SCB)',
        title: 'Befolkningsstatistik',
        year: 2024,
        url: 'https://www.ale.se/om-kommunen/kommunfakta/analys-och-statistik/befolkningsstatistik.html',
      },
      quote: '“Befolkningsförändringar under 2023 … Födda 312”',
    },
    notEligible: {
      value: 0.144,
      year: 2018,
      source: REGIONFAKTA_VASTRA_GOTALAND,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2017/2018 … Ale 389 85,6 85,1 83,0 82,8 14,4” (share not eligible, the last column)',
    },
  },
  {
    id: 'karlskoga',
    name: 'Karlskoga',
    births: {
      value: 289,
      year: 2016,
      source: {
        publisher: 'Karlskoga kommun (figures from SCB)',
        title: 'Så många bor i Karlskoga',
        year: 2017,
        url: 'http://www.karlskoga.se/Kommun--politik/Om-Karlskoga/Invanare-i-Karlskoga.html',
      },
      quote: '“Födelseöverskott (levande födda minus avlidna) År 2016 … Levande födda 289”',
      note: 'the latest year found',
    },
    notEligible: {
      value: 0.167,
      year: 2021,
      source: REGIONFAKTA_OREBRO,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2020/2021 … Karlskoga 311 83,3 82,0 81,0 74,3 16,7” (share not eligible, the last column)',
    },
  },
  {
    id: 'danderyd',
    name: 'Danderyd',
    births: {
      value: 202,
      year: 2024,
      source: SCB_BIRTHS_2024,
      quote: '“0162 | Danderyd | 32 425 | 6 | 202” (folkmängd, folkökning, levande födda 2024)',
    },
    notEligible: {
      value: 0.029,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Danderyd 2,9” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'ekero',
    name: 'Ekerö',
    births: {
      value: 201,
      year: 2024,
      source: SCB_BIRTHS_2024,
      quote: '“0125 | Ekerö | 28 910 | 102 | 201” (folkmängd, folkökning, levande födda 2024)',
    },
    notEligible: {
      value: 0.106,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Ekerö 10,6” (Källa: Skolverket)',
      note: 'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)',
    },
  },
  {
    id: 'habo-uppsala',
    name: 'Håbo',
    births: {
      value: 201,
      year: 2024,
      source: {
        publisher: 'Håboportalen (figures from SCB)',
        title: 'Nya siffror: Nu bor det 22 973 personer i Håbo',
        year: 2025,
        url: 'https://www.haboportalen.se/nyheter/6093-nya-siffror-nu-bor-det-22-973-personer-i-habo.html',
      },
      quote: '“Även i Håbo minskade antalet nyfödda förra året – från 203 till 201” (2024)',
    },
    notEligible: {
      value: 0.156,
      year: 2023,
      source: {
        publisher: 'Håboportalen (figures from Skolverket, via Sveriges Lärare)',
        title: 'Färre behöriga till gymnasiet i Håbo',
        year: 2023,
        url: 'https://www.haboportalen.se/mobile/skola/6071-farre-behoriga-till-gymnasiet-i-habo.html',
      },
      quote:
        '“Fakta: Gymnasiebehörighet i Håbo kommun Bland alla elever 84,4 %” (“förra läsåret … behörighet till gymnasiets yrkesprogram”)',
      note: '“förra läsåret” is 2022/23: the article reports Sveriges Lärare’s study of that year (the national 85 %, “över 70 skolor”)',
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

// The figures alone (the first load's table; the ids, the range and the percent rounding of "Min kommun"):
export { OWN_RANGE, percentOf, shareOf, type CitedId } from './citedFigures';
