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

const REGIONFAKTA_VASTMANLAND: Source = {
  publisher: 'Regionfakta, Västmanlands län (figures from Skolverket)',
  title: 'Betyg årskurs 9',
  year: 2024,
  url: 'https://www.regionfakta.com/vastmanlands-lan/utbildning/grundskolan/betyg-arskurs-9-111',
};

const VLN_KAK_2018: Source = {
  publisher: 'Västmanlands Nyheter (figures from SCB)',
  title: '368 fler i KAK-regionen',
  year: 2018,
  url: 'http://vastmanlandsnyheter.se/2018/03/368-fler-i-kak-regionen/',
};

const REGIONFAKTA_VASTMANLAND_NOTE =
  '1 − the share eligible for a vocational programme (“Som ett sammanfattande mått på gymnasiebehörighet … är det behörighet till yrkesprogrammet som ska användas”); page updated 2024-09-26. The page also says “Statistiken redovisar fr om 2015 värden för samtliga exklusive nyinvandrade elever och elever med okänd bakgrund”, so the table may leave out newly arrived pupils (then the share not eligible is understated)';

const SVT_NOTE =
  'share not eligible as the source gives it (Skolverket, all pupils resident in the municipality’s schools, all school owners)';

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
    id: 'lund',
    name: 'Lund',
    births: {
      value: 974,
      year: 2022,
      source: {
        publisher: 'Lunds kommun (figures from SCB)',
        title: 'Nu är vi över 128 000 Lundabor',
        year: 2023,
        url: 'https://lund.se/nyheter/nyheter/2023-02-23-nu-ar-vi-over-128-000-lundabor',
      },
      quote: '“I Lund föddes 974 barn, vilket är den lägsta siffran sedan år 2000” (2022)',
      note: 'earlier years on Lund’s pages: 1 170 born in 2019, 1 135 in 2020',
    },
    notEligible: {
      value: 0.097,
      year: 2021,
      source: {
        publisher: 'Lunds kommun',
        title: 'Fortsatt höga betygsresultat för Lunds nior',
        year: 2021,
        url: 'https://lund.se/nyheter/nyheter/2021-06-16-fortsatt-hoga-betygsresultat-for-lunds-nior',
      },
      quote:
        '“andelen behöriga till yrkesförberedande gymnasieprogram har ökat från 89,6 procent till 90,3 procent. Statistiken gäller resultat före lovskola.” (spring 2021)',
      note: 'preliminary, before summer school; the article is about Lund’s municipal compulsory schools (independent schools probably not included)',
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
    id: 'karlstad',
    name: 'Karlstad',
    births: {
      value: 838,
      year: 2023,
      source: {
        publisher: 'Karlstads kommun (figures from SCB)',
        title: 'Befolkningssiffror',
        year: 2024,
        url: 'https://karlstad.se/kommun-och-politik/kvalitet-undersokningar-och-statistik/statistik/befolkningssiffror',
      },
      quote: '“Under 2023 föddes 838 barn, samtidigt som det dog 852 personer.”',
      note: 'the year before: “Under 2022 föddes 901 barn” (Karlstads kommun, 2023-02-22)',
    },
    notEligible: {
      value: 0.119,
      year: 2023,
      source: {
        publisher: 'Karlstads kommun',
        title: 'Ökad gymnasiebehörighet i de kommunala grundskolorna',
        year: 2023,
        url: 'https://karlstad.se/nyheter/forskola-skola-och-utbildning/grundskola/2023-10-19-okad-gymnasiebehorighet-i-de-kommunala-grundskolorna',
      },
      quote:
        '“Efter sommarskola och prövning av betyg låg behörigheten till gymnasiets yrkesprogram på 88,1 % vårterminen 2023.”',
      note: 'the municipality’s own compulsory schools, after summer school',
    },
  },
  {
    id: 'lulea',
    name: 'Luleå',
    births: {
      value: 757,
      year: 2020,
      source: {
        publisher: 'Luleå kommun, Vårt Luleå (figures from SCB)',
        title: 'Luleå växte som enda kommun i länet 2020',
        year: 2021,
        url: 'https://www.vartlulea.se/arkiv/tillvaxt/luleavaxtesomendakommunilanet2020.5.12eb67ae1778696695cee45.html',
      },
      quote: '“Totalt 757 barn föddes i Luleå kommun under 2020 och 774 personer avled.”',
      note: 'other years on Luleå’s pages: 755 (2018), 762 (2019), 660 (2022)',
    },
    notEligible: {
      value: 0.109,
      year: 2020,
      source: {
        publisher: 'Luleå kommun, programuppföljning (data from Kolada: SCB, Skolverket)',
        title: 'Elever som kan söka till gymnasieskolan',
        year: 2020,
        url: 'http://programuppfoljning.lulea.se/arbete/elever-som-kan-soka-till-gymnasieskolan/table/',
      },
      quote:
        '“Andel elever i åk 9 som är behöriga att söka till yrkesprogram … Totalt 2020 89,1” (pupils in Luleå kommun)',
      note: 'page year not shown; 2020 is the latest value in the table',
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
    id: 'molndal',
    name: 'Mölndal',
    births: {
      value: 699,
      year: 2017,
      source: {
        publisher: 'Mölndals stad (figures from SCB)',
        title: 'Statistik Mölndal',
        year: 2018,
        url: 'https://www.molndal.se/startsida/kommun-och-politik/fakta-om-molndal/statistik.html',
      },
      quote: '“Folkökning: 1 656 personer (2,6 procent, 2017-12-31) • Födda: 699 personer … • Döda: 493 personer”',
      note: 'the list of demographic facts refers to 2017 (folkmängd 2017-12-31); page year inferred from “Befolkningstäthet: 453,4 invånare/km² (2018)”',
    },
    notEligible: {
      value: 0.122,
      year: 2017,
      source: {
        publisher: 'Mölndals-Posten (figures from Skolverket)',
        title: 'Fler behöriga till gymnasiet i Mölndal',
        year: 2017,
        url: 'https://molndalsposten.se/nyheter/fler-behoriga-till-gymnasiet-i-molndal/',
      },
      quote:
        '“I Mölndal var 87,8 procent av eleverna som gick ut i våras behöriga till gymnasieskolan. Det är 1,6 procentenheter mer än året innan”',
      note: '1 − the share eligible for upper-secondary school; the article compares with Västra Götaland “läsåret 2015/2016 … i våras”, so the figure is for spring 2017 (läsåret 2016/17); page year inferred from that',
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
    id: 'gotland',
    name: 'Gotland',
    births: {
      value: 465,
      year: 2022,
      source: {
        publisher: 'Region Gotland (figures from SCB)',
        title: 'Fortsatt folkökning på Gotland',
        year: 2023,
        url: 'https://gotland.se/117285',
      },
      quote: '“Under 2022 föddes det 465 barn på Gotland och 626 personer avled.” / “Födda under året: 465 barn”',
    },
    notEligible: {
      value: 0.172,
      year: 2017,
      source: {
        publisher: 'Hela Gotland (Gotlands Media; figures from SKL Öppna jämförelser)',
        title: 'Gotland rasar i skolranking',
        year: 2017,
        url: 'https://www.helagotland.se/samhalle/gotland-rasar-i-skolranking-14995081.aspx',
      },
      quote:
        '“Om nyinvandrade elever räknas med är 82,8 procent av eleverna i årskurs nio behöriga till yrkesprogrammen.” (läsåret 2016/2017)',
      note: '1 − the share eligible for a vocational programme including newly arrived pupils (excluding them the article gives 89,8 %); an old year (2016/17); page year inferred from the school year reported (the URL carries no date)',
    },
  },
  {
    id: 'tyreso',
    name: 'Tyresö',
    births: {
      value: 460,
      year: 2020,
      source: {
        publisher: 'Tyresö kommun (figures from SCB)',
        title: 'Tyresöfakta',
        year: 2021,
        url: 'https://www.tyreso.se/organisation--styrning/fakturor-fakta-och-statistik/tyresofakta.html',
      },
      quote:
        '“Under 2020 … Antalet födda uppgick till 460 medan 362 personer avled under året. (Källa: Statistiska centralbyrån, SCB)”',
      note: 'page last updated 1 March 2021',
    },
    notEligible: {
      value: 0.088,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Tyresö 8,8” (Källa: Skolverket)',
      note: SVT_NOTE,
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
    id: 'upplands-bro',
    name: 'Upplands-Bro',
    births: {
      value: 326,
      year: 2012,
      source: {
        publisher: 'Mitt i (figures from SCB)',
        title: '369 fler bor i Upplands-Bro',
        year: 2013,
        url: 'https://mitti.se/nyheter/369-fler-bor-i-upplands-bro/',
      },
      quote: '“Under året föddes 326 nya kommuninvånare, vilket var mer än dubbelt så många än som avled.” (2012)',
      note: 'the latest year found; the municipality has grown since (24 353 inhabitants end of 2012, 30 195 end of 2020)',
    },
    notEligible: {
      value: 0.079,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Upplands-Bro 7,9” (Källa: Skolverket)',
      note: SVT_NOTE,
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
    id: 'vallentuna',
    name: 'Vallentuna',
    births: {
      value: 309,
      year: 2022,
      source: {
        publisher: 'Vallentuna Nya (figures from SCB)',
        title: 'Vallentuna växer: Nu är vi 34 851 invånare',
        year: 2023,
        url: 'https://vallentunanya.se/nyheter/vallentuna-vaxer-nu-ar-vi-34-851-invaanare/1671',
      },
      quote: '“Antalet födda, 309 personer, översteg också antalet döda som uppgick till 226 personer.” (2022)',
    },
    notEligible: {
      value: 0.108,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Vallentuna 10,8” (Källa: Skolverket)',
      note: SVT_NOTE,
    },
  },
  {
    id: 'nynashamn',
    name: 'Nynäshamn',
    births: {
      value: 296,
      year: 2017,
      source: {
        publisher: 'Nynäshamns kommun (figures from SCB)',
        title: 'Befolkningsstatistik',
        year: 2018,
        url: 'https://www.nynashamn.se/Bygga-bo-och-miljo/Bo-i-Nynashamn/Nynashamn-i-siffror/Befolkningsstatistik.html',
      },
      quote: '“Befolkningsförändringar under 2017 … Födda: 296 • Döda: 287”',
      note: 'page reviewed 2018-06-19',
    },
    notEligible: {
      value: 0.145,
      year: 2021,
      source: SVT_STOCKHOLM_COUNTY_2021,
      quote:
        '“Här är listan för läsåret 2020/2021 Andel (procent) elever som ej är behöriga till gymnasieskolan: … Nynäshamn 14,5” (Källa: Skolverket)',
      note: SVT_NOTE,
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
    id: 'koping',
    name: 'Köping',
    births: {
      value: 289,
      year: 2017,
      source: {
        publisher: 'Köpings kommun (figures from SCB)',
        title: 'Befolkningsstatistik (Befolkningsutvecklingen 2017)',
        year: 2018,
        url: 'https://koping.se/kommun-och-politik/kommunfakta/befolkningsstatistik.html',
      },
      quote: '“2017 ökade antalet Köpingsbor med 166 personer … Det föddes 289 barn och 278 personer avled”',
      note: 'page last updated 8 May 2018; the same figure in Västmanlands Nyheter, March 2018',
    },
    notEligible: {
      value: 0.207,
      year: 2024,
      source: REGIONFAKTA_VASTMANLAND,
      quote:
        '“Slutbetyg samtliga elever årskurs 9, läsåret 2023/2024 … Köping 314 51,0 79,3 191,2” (79,3 % eligible for a vocational programme)',
      note: REGIONFAKTA_VASTMANLAND_NOTE,
    },
  },
  {
    id: 'arvika',
    name: 'Arvika',
    births: {
      value: 229,
      year: 2022,
      source: {
        publisher: 'Urbistat (figures from SCB)',
        title: 'Municipality of Arvika – Demographic balance (Year 2022)',
        year: 2022,
        url: 'https://ugeo.urbistat.com/AdminStat/en/se/demografia/popolazione/arvika/20366236/4',
      },
      quote: '“Demographic balance (Year 2022) … Births 229 Deaths 334” (“Births: Fonte SCB”)',
    },
    notEligible: {
      value: 0.144,
      year: 2019,
      source: {
        publisher: 'Regionfakta, Värmlands län (figures from Skolverket)',
        title: 'Betyg årskurs 9',
        year: 2019,
        url: 'http://regionfakta.com/varmlands-lan/utbildning/grundskolan/betyg-arskurs-9-111/',
      },
      quote:
        '“Slutbetyg samtliga elever årskurs 9, läsåret 2018/2019 … Arvika 277 76,5 85,6 217,0” (85,6 % eligible for a vocational programme)',
      note: '1 − the share eligible for a vocational programme; page updated 2019-10-01; like the Västmanland page it says values from 2015 are for all pupils excluding newly arrived pupils and pupils of unknown background',
    },
  },
  {
    id: 'svedala',
    name: 'Svedala',
    births: {
      value: 207,
      year: 2016,
      source: {
        publisher: 'Svedala kommun (figures from SCB)',
        title: 'Befolkningsstatistik',
        year: 2017,
        url: 'https://www.svedala.se/paverka/kommun/kommunfakta/befolkningsstatistik/',
      },
      quote: '“Antalet födda minskade under året 2016 till 207 barn, vilket kan jämföras med 248 födda året innan.”',
      note: 'page year inferred (the page cites the population forecast “sammanställd 2017-03-29”)',
    },
    notEligible: {
      value: 0.09,
      year: 2019,
      source: {
        publisher: 'Lokaltidningen Svedala',
        title: 'Nio av tio behöriga till gymnasiet',
        year: 2019,
        url: 'https://svedala.lokaltidningen.se/nyheter/2019-06-20/-Nio-av-tio-beh%C3%B6riga-till-gymnasiet-5232184.html',
      },
      quote:
        '“Det gör att den totala andelen behöriga elever landar på 91 procent för Svedala kommun, en liten nedgång.”',
      note: '1 − the share eligible for upper-secondary school, spring 2019 (läsåret 2018/19); published 20 June 2019, i.e. the municipality’s own preliminary figure for its three schools (Spångholmsskolan, Klågerupskolan, Naverlönnskolan), not Skolverket’s official all-pupils statistic; rounded to whole percent',
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
    id: 'sala',
    name: 'Sala',
    births: {
      value: 182,
      year: 2020,
      source: {
        publisher: 'Sala kommun (figures from SCB)',
        title: 'Befolkning, arbete, byggande (Senaste befolkningsrapport i sammandrag)',
        year: 2021,
        url: 'https://www.sala.se/info/4298',
      },
      quote: '“Födda. Under 2020 föddes det 182 personer, som kan jämföras med 202 personer under 2019.”',
      note: 'page updated 2021-04-27',
    },
    notEligible: {
      value: 0.148,
      year: 2024,
      source: REGIONFAKTA_VASTMANLAND,
      quote:
        '“Slutbetyg samtliga elever årskurs 9, läsåret 2023/2024 … Sala 250 73,6 85,2 212,9” (85,2 % eligible for a vocational programme)',
      note: REGIONFAKTA_VASTMANLAND_NOTE,
    },
  },
  {
    id: 'hallstahammar',
    name: 'Hallstahammar',
    births: {
      value: 180,
      year: 2022,
      source: {
        publisher: 'Urbistat (figures from SCB)',
        title: 'Municipality of Hallstahammar – Demographic balance (Year 2022)',
        year: 2022,
        url: 'https://ugeo.urbistat.com/AdminStat/en/se/demografia/popolazione/hallstahammar/20298907/4',
      },
      quote: '“Demographic balance (Year 2022) … Births 180 Deaths 185” (“Births: Fonte SCB”)',
    },
    notEligible: {
      value: 0.226,
      year: 2024,
      source: REGIONFAKTA_VASTMANLAND,
      quote:
        '“Slutbetyg samtliga elever årskurs 9, läsåret 2023/2024 … Hallstahammar 199 60,8 77,4 211,7” (77,4 % eligible for a vocational programme)',
      note: REGIONFAKTA_VASTMANLAND_NOTE,
    },
  },
  {
    id: 'svalov',
    name: 'Svalöv',
    births: {
      value: 170,
      year: 2022,
      source: {
        publisher: 'Urbistat (figures from SCB)',
        title: 'Gemeinde von Svalöv – Bevölkerungsbilanz (Jahr 2022)',
        year: 2022,
        url: 'https://ugeo.urbistat.com/AdminStat/de/se/demografia/popolazione/svalov/20366890/4',
      },
      quote: '“Bevölkerungsbilanz (Jahr 2022) … Geburten 170 Sterbefälle 102” (“Geburten: Fonte SCB”)',
    },
    notEligible: {
      value: 0.142,
      year: 2021,
      source: {
        publisher: 'Svalövs kommun',
        title: 'Fortsatt höga betygsresultat för Svalövs elever',
        year: 2021,
        url: 'https://svalov.se/nyheter/arkiv/2021-06-21-fortsatt-hoga-betygsresultat-for-svalovs-elever',
      },
      quote:
        '“Andelen elever från årskurs nio som är behöriga till yrkesförberedande program på gymnasiet … Hela 85,8 procent är behöriga, vilket är en liten ökning med 0,6 procentenheter från föregående läsår.”',
      note: '1 − the share eligible for a vocational programme, läsåret 2020/21; published 21 June 2021, i.e. the municipality’s own figure before Skolverket’s official statistics (likely preliminary)',
    },
  },
  {
    id: 'arboga',
    name: 'Arboga',
    births: {
      value: 150,
      year: 2017,
      source: VLN_KAK_2018,
      quote: '“Slutligen Arboga. Där föddes det 150 barn. Det dog dock 165 personer.” (2017)',
    },
    notEligible: {
      value: 0.281,
      year: 2024,
      source: REGIONFAKTA_VASTMANLAND,
      quote:
        '“Slutbetyg samtliga elever årskurs 9, läsåret 2023/2024 … Arboga 146 54,1 71,9 208,7” (71,9 % eligible for a vocational programme)',
      note: REGIONFAKTA_VASTMANLAND_NOTE,
    },
  },
  {
    id: 'solleftea',
    name: 'Sollefteå',
    births: {
      value: 123,
      year: 2022,
      source: {
        publisher: 'Sollefteå kommun',
        title: 'Kraftigt sjunkande födelsetal leder till minskad befolkning',
        year: 2023,
        url: 'https://www.solleftea.se/Kommun--politik/kommun--politik-nyheter/kommun--politik/2023-01-17-kraftigt-sjunkande-fodelsetal-leder-till-minskad-befolkning',
      },
      quote: '“Under 2022 föddes 123 barn som jämförelse är det 86 färre jämfört med 2016.”',
      note: 'preliminary figures (“Preliminära siffror”, published 2023-01-17); 209 were born in 2016 (Sollefteå kommun, 2017-02-21)',
    },
    notEligible: {
      value: 0.15,
      year: 2023,
      source: {
        publisher: 'Sollefteå kommun (figures from Skolverket)',
        title: 'Bäst i Västernorrland',
        year: 2023,
        url: 'https://solleftea.se/Utbildning--barnomsorg/utbildning--barnomsorg-nyheter/utbildning--barnomsorg/2023-10-03-bast-i-vasternorrland',
      },
      quote:
        '“Enligt nya siffror från Skolverket blev 85% av våra niondeklassare under förra läsåret behöriga till ett gymnasieprogram.” (table: “Sollefteå | 85”)',
      note: 'whole percent as the source gives it; “förra läsåret” read as 2022/23 (published 2023-10-03)',
    },
  },
  {
    id: 'simrishamn',
    name: 'Simrishamn',
    births: {
      value: 117,
      year: 2022,
      source: {
        publisher: 'Mera Österlen (figures from SCB)',
        title: 'Bottenrekord: Färre nyfödda än på över 50 år',
        year: 2023,
        url: 'https://www.meraosterlen.se/simrishamn/bottenrekord-farre-nyfodda-an-pa-over-50-ar-cecf24c8/',
      },
      quote:
        '“Förra året föddes det 117 barn i Simrishamns kommun. Det är det lägsta antalet på 54 år” (published 1 mars 2023)',
    },
    notEligible: {
      value: 0.242,
      year: 2017,
      source: {
        publisher: 'Lokaltidningen Ystad (figures from Skolverket)',
        title: 'Färre elever behöriga till gymnasiet',
        year: 2018,
        url: 'http://ystad.lokaltidningen.se/nyheter/2018-05-17/-F%C3%A4rre-elever-beh%C3%B6riga-till-gymnasiet-2160674.html',
      },
      quote:
        '“Från att ha haft 86,7 procent behöriga elever efter avslutad grundskola läsåret 2013/14 är kommunen nu nere på 75,8.” (Simrishamn; the article compares with läsåret 2016/17)',
      note: '1 − the share eligible for upper-secondary school, läsåret 2016/17 (the article reports Tomelilla’s figure for that year in the same comparison); an old year',
    },
  },
  {
    id: 'askersund',
    name: 'Askersund',
    births: {
      value: 114,
      year: 2018,
      source: {
        publisher: 'Askersunds kommun (figures from SCB)',
        title: 'Askersunds kommun ökade med 138 invånare 2018!',
        year: 2019,
        url: 'https://www.askersund.se/kommun-och-politik/limepark/nyhetsarkiv/nyhetsarkiv/2019-02-21-askersunds-kommun-okade---med-138-invanare-2018.html',
      },
      quote: '“Födelsetalet 114 år 2018 är exempelvis en ökning med 18 barn jämfört med år 2017.”',
    },
    notEligible: {
      value: 0.176,
      year: 2021,
      source: REGIONFAKTA_OREBRO,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2020/2021 … Askersund 131 82,4 81,7 78,6 73,3 17,6” (share not eligible, the last column)',
    },
  },
  {
    id: 'nykvarn',
    name: 'Nykvarn',
    births: {
      value: 112,
      year: 2022,
      source: {
        publisher: 'Mariefreds tidning/Måsen (figures from SCB)',
        title: 'Befolkningen ökar i Nykvarn – nu 11 664',
        year: 2023,
        url: 'https://mariefredstidning.se/2023/02/22/befolkningen-okar-i-nykvarn-nu-11-664/',
      },
      quote: '“Så utvecklades befolkningen i Nykvarn mellan 2021 och 2022 … Födda 112 Döda 71”',
      note: 'the same figure in Urbistat’s demographic balance 2022 (“Nati 112”, Fonte SCB)',
    },
    notEligible: {
      value: 0.044,
      year: 2023,
      source: {
        publisher: 'Telgenytt (figures from Skolverket via Sveriges Lärare)',
        title: 'Positiv ökning i Södertälje – Nykvarn fortfarande i topp',
        year: 2023,
        url: 'https://telgenytt.se/positiv-okning-i-sodertalje-nykvarn-fortfarande-i-topp/',
      },
      quote:
        '“Nykvarn tappade 0,7 procent, men toppar fortfarande med 95,6 procents elevbehörighet.” (published 14 October 2023, about “förra läsåret”)',
      note: 'read as eligibility for a vocational programme in 2022/23: the article is about “behörighet till gymnasiets yrkesprogram” and “förra läsåret”; SVT’s 2020/21 list does not publish Nykvarn (“..”, too few pupils)',
    },
  },
  {
    id: 'nora',
    name: 'Nora',
    births: {
      value: 96,
      year: 2016,
      source: {
        publisher: 'Nora kommun (figures from SCB)',
        title: 'Befolkningsprognos (Befolkningsutvecklingen under år 2016)',
        year: 2017,
        url: 'https://www.nora.se/kommunpolitik/omnorakommun/statistik/befolkningsstatistik/befolkningsprognos.4.7d5544b714ba310e949d80.html',
      },
      quote: '“Det föddes 96 barn under 2016, 10 fler än 2015.” (“officiell folkmängd enligt SCB”)',
      note: 'page updated 2017-03-06',
    },
    notEligible: {
      value: 0.134,
      year: 2021,
      source: REGIONFAKTA_OREBRO,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2020/2021 … Nora 119 86,6 85,7 84,9 81,5 13,4” (share not eligible, the last column)',
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
  {
    id: 'kungsor',
    name: 'Kungsör',
    births: {
      value: 93,
      year: 2017,
      source: VLN_KAK_2018,
      quote: '“I Kungsör föddes förra året 93 småttingar. 77 personer dog.” (2017)',
    },
    notEligible: {
      value: 0.284,
      year: 2024,
      source: REGIONFAKTA_VASTMANLAND,
      quote:
        '“Slutbetyg samtliga elever årskurs 9, läsåret 2023/2024 … Kungsör 102 43,1 71,6 183,2” (71,6 % eligible for a vocational programme)',
      note: REGIONFAKTA_VASTMANLAND_NOTE,
    },
  },
  {
    id: 'hylte',
    name: 'Hylte',
    births: {
      value: 93,
      year: 2022,
      source: {
        publisher: 'Hallandsposten (figures from SCB)',
        title: '32 procent färre barn föds i Hylte',
        year: 2023,
        url: 'https://www.hallandsposten.se/nyheter/hylte/32-procent-farre-barn-fods-i-hylte.ba6f5827-a3cd-452a-a860-6b5063de66fa',
      },
      quote: '“Enligt statistik från SCB föddes det 93 barn i Hylte under 2022”',
      note: 'page year inferred from the article reporting the full-year 2022 figure',
    },
    notEligible: {
      value: 0.279,
      year: 2017,
      source: {
        publisher: 'Regionfakta, Hallands län (figures from Skolverket)',
        title: 'Gymnasiebehörighet',
        year: 2017,
        url: 'http://regionfakta.com/Hallands-lan/Utbildning/grundskolan/gymnasiebehorighet-11/',
      },
      quote:
        '“Hylte 154 72,1 70,8 67,5 65,6 27,9” (läsåret 2016/17; the last column is the share not eligible for upper-secondary school)',
      note: 'an old year (2016/17); page updated 2017-10-18',
    },
  },
  {
    id: 'stromsund',
    name: 'Strömsund',
    births: {
      value: 75,
      year: 2023,
      source: {
        publisher: 'Strömsunds gratistidning (figures from SCB)',
        title: 'Färre nyfödda än på över ett halvt sekel i Strömsund',
        year: 2024,
        url: 'https://www.stromsundsgratistidning.se/2024/02/26/farre-nyfodda-an-pa-over-ett-halvt-sekel-i-stromsund/',
      },
      quote: '“I Strömsunds kommun föddes 75 levande barn under förra året. Det är lika många som året innan”',
    },
    notEligible: {
      value: 0.328,
      year: 2016,
      source: {
        publisher: 'Skolverket (SIRIS)',
        title: 'Grundskolan – Behörighet till gymnasieskolan, läsåret 2015/16, Jämtlands län',
        year: 2016,
        url: 'http://siris.skolverket.se/reports/rwservlet?cmdkey=common&report=gr_betyg_beh&p_sub=1&p_ar=2016&p_lankod=23&p_kommunkod=&p_skolkod=&p_flik=G&p_kon=A',
      },
      quote:
        '“Läsåret 2015/16 … Inklusive okänd bakgrund … Strömsund, samtl. elever 134 67,2 66,4 64,9 61,2 32,8” (share not eligible, all pupils including unknown background)',
      note: 'an old year (2015/16); excluding pupils of unknown background the same page gives 21,7 % not eligible',
    },
  },
  {
    id: 'hallefors',
    name: 'Hällefors',
    births: {
      value: 55,
      year: 2022,
      source: {
        publisher: 'Urbistat (figures from SCB)',
        title: 'Gemeinde von Hällefors – Bevölkerungsbilanz (Jahr 2022)',
        year: 2022,
        url: 'https://ugeo.urbistat.com/AdminStat/de/se/demografia/popolazione/hallefors/20298869/4',
      },
      quote: '“Bevölkerungsbilanz (Jahr 2022) … Geburten 55 Sterbefälle 111” (“Geburten: Fonte SCB”)',
    },
    notEligible: {
      value: 0.261,
      year: 2021,
      source: REGIONFAKTA_OREBRO,
      quote:
        '“Behörighet till gymnasieskolan samtliga elever, läsåret 2020/2021 … Hällefors 69 73,9 26,1” (share not eligible, the last column; some columns suppressed)',
    },
  },
] as const satisfies readonly CitedMunicipality[];

// The figures alone (the first load's table; the ids, the range and the percent rounding of "Min kommun"):
export { OWN_RANGE, percentOf, shareOf, type CitedId } from './citedFigures';
