/**
 * Every source the model and the page cite (issue 9): the seed documents, the studies behind the effect sizes,
 * the economics of exclusion, and the population figures. Data only; formatCitation (../citation.ts) writes
 * one as a reader follows it. MODEL.md ("Evidence per area") says what each is used for.
 */
import type { Citation } from './shapes';

export const CITATIONS = {
  // The seed documents (the real municipal reports), under their own titles.
  nacka2015: {
    title: 'Tidiga och tydliga insatser för barn och unga. Slutrapport',
    authors: 'Nacka kommun, stadsledningskontoret (tjänsteskrivelse KFKS 2013/137-012)',
    year: 2015,
    where: 'Kommunstyrelsen, Nacka kommun, 2015-01-28',
  },
  torshalla: {
    title: 'Rapport Team Samagera',
    authors: 'Torshälla stads förvaltning, Eskilstuna kommun (Ingrid Sköldmo, förvaltningschef)',
    where: 'Torshälla stads nämnd',
    note: 'Undated in the text; the project ran from September 2014 to at least August 2016, so the report is from 2016 or later.',
  },
  hedemora: {
    title:
      'Det är ju så självklart med tidiga insatser. Men ändå så svårt! Om Hedemora kommuns arbete med sociala investeringar',
    authors: 'Kjell Lidholm och Anna-Maria Stålgren Patiño, Hedemora kommun',
    note: 'Journal and year not printed in the text; it describes the spring 2014 decision on the insatsbudget, so it is from 2014 or later.',
  },

  // Effect sizes
  menting2013: {
    title:
      'Effectiveness of the Incredible Years parent training to modify disruptive and prosocial child behavior: A meta-analytic review',
    authors: 'Ankie T. A. Menting, Bram Orobio de Castro, Walter Matthys',
    year: 2013,
    where: 'Clinical Psychology Review 33(8)',
  },
  vanAar2017: {
    title:
      'Sustained, fade-out or sleeper effects? A systematic review and meta-analysis of parenting interventions for disruptive child behavior',
    authors: 'Jolien van Aar, Patty Leijten, Bram Orobio de Castro, Geertjan Overbeek',
    year: 2017,
    where: 'Clinical Psychology Review 51, 153–163',
    url: 'https://doi.org/10.1016/j.cpr.2016.11.006',
  },
  maynard2012: {
    title: 'Indicated Truancy Interventions: Effects on School Attendance among Chronic Truant Students',
    authors: 'Brandy R. Maynard, Katherine Tyson McCrea, Terri D. Pigott, Michael S. Kelly',
    year: 2012,
    where: 'Campbell Systematic Reviews 2012:10',
    url: 'https://doi.org/10.4073/csr.2012.10',
  },
  durlak2011: {
    title:
      'The Impact of Enhancing Students’ Social and Emotional Learning: A Meta-Analysis of School-Based Universal Interventions',
    authors: 'Joseph A. Durlak, Roger P. Weissberg, Allison B. Dymnicki, Rebecca D. Taylor, Kriston B. Schellinger',
    year: 2011,
    where: 'Child Development 82(1), 405–432',
    url: 'https://doi.org/10.1111/j.1467-8624.2010.01564.x',
  },
  gubbels2019: {
    title: 'The Effectiveness of Parent Training Programs for Child Maltreatment and Their Components: A Meta-Analysis',
    authors: 'Jeanne Gubbels, Claudia E. van der Put, Mark Assink',
    year: 2019,
    where: 'International Journal of Environmental Research and Public Health 16(13), 2404',
    url: 'https://doi.org/10.3390/ijerph16132404',
  },
  wsippIY: {
    title: 'Incredible Years Parent Training: benefit-cost results (Children’s Mental Health: Disruptive Behavior)',
    authors: 'Washington State Institute for Public Policy (WSIPP)',
    year: 2023,
    where: 'Benefit-cost methods last updated December 2023; literature review updated July 2018',
    url: 'https://wsipp.wa.gov/BenefitCost/Program/158',
  },
  wsippTech: {
    title:
      'Return on Investment: Evidence-Based Options to Improve Statewide Outcomes. Technical Appendix, Methods and User-Manual',
    authors:
      'Stephanie Lee, Steve Aos, Elizabeth Drake, Annie Pennucci, Marna Miller, Laurie Anderson, Mason Burley (WSIPP)',
    year: 2012,
    where: 'Washington State Institute for Public Policy, Document No. 11-07-1201B',
  },
  sbu2020: {
    title: 'SBU:s utvärdering av föräldraskapsstödsprogram (svenska och internationella)',
    authors: 'Statens beredning för medicinsk och social utvärdering (SBU)',
    year: 2020,
    note: 'The report itself was not found in this session; its findings are taken from SVT’s report of it (svt2020sbu): effects for families with a particular need or at risk, no effect on outward-directed behaviour when offered to everyone; cost 1 700–7 700 SEK per child, on average just under 3 000.',
  },
  svt2020sbu: {
    title: 'Populära och dyra föräldrautbildningar saknar effekt i många fall',
    authors: 'SVT Nyheter',
    year: 2020,
    url: 'https://www.svt.se/nyheter/inrikes/populara-och-dyra-foraldrautbildningar-saknar-effekt-i-manga-fall',
  },
  sbu2019Kommenterar: {
    title: 'Föräldrastödsprogram vid utagerande beteende hos barn: effekter och verksamma komponenter',
    authors: 'Statens beredning för medicinsk och social utvärdering (SBU)',
    year: 2019,
    where: 'SBU Kommenterar 2019_08 (on Leijten et al. 2019)',
    url: 'https://www.sbu.se/2019_08',
  },
  enebrinkStattin: {
    title: 'Föräldraskapsstöd på selektiv och indikerad nivå: En sammanfattning av forskningsläget',
    authors: 'Pia Enebrink, Håkan Stattin',
    where: 'Socialmedicinsk tidskrift',
    note: 'Year not verified in this session. Summary: programmes based on social learning theory give a moderate, medium-sized effect on children’s behaviour problems.',
  },
  wsippTripleP: {
    title: 'Triple P—Positive Parenting Program (System): benefit-cost results',
    authors: 'Washington State Institute for Public Policy (WSIPP)',
    year: 2016,
    where: 'Benefit-cost estimates updated December 2016: chance benefits exceed costs 63 %',
    url: 'https://wsipp.wa.gov/BenefitCost/Program/79',
  },
  stattinEnebrink: {
    title: 'Föräldraskapsstöd på universell nivå: En forskningsöversikt',
    authors: 'Håkan Stattin, Pia Enebrink',
    where: 'Socialmedicinsk tidskrift',
    note: 'Year not verified in this session.',
  },
  vardanalysSip: {
    title: 'Samordning med svårigheter. En analys av bestämmelserna om samordnad individuell plan (SIP)',
    authors: 'Myndigheten för vård- och omsorgsanalys (Vårdanalys)',
    url: 'https://www.vardanalys.se/digital–publikation/samordning-med-svarigheter',
    note: 'Subtitle and year not verified; the report answers the government’s question which effects SIP has had (chapter 6).',
  },
  riksdagenSip2018: {
    title: 'Samordnad individuell plan (SIP) – en utvärdering',
    authors: 'Riksdagen, socialutskottet',
    year: 2018,
    where: 'Rapporter från riksdagen 2017/18:RFR5',
    url: 'https://data.riksdagen.se/dokument/H50WRFR5',
  },

  // Economics and social investment
  nilssonWadeskog: {
    title: 'Utanförskapets pris (socioekonomiska analyser för Skandias stiftelse Idéer för livet)',
    authors: 'Ingvar Nilsson, Anders Wadeskog (SEE AB)',
    url: 'http://www.ideerforlivet.se/vi_bryr_oss/utanforskapets-pris/',
    note: 'A series of reports, not one document; the 10–16 MSEK range per person comes from the project’s design brief and was not re-read here.',
  },
  nilssonWadeskogSkolverket: {
    title: 'Underlag till: En socioekonomisk analys av Skolverkets samverkansprojekt',
    authors: 'Ingvar Nilsson, Anders Wadeskog (SEE AB)',
    note: 'Title found; content and year not read in this session.',
  },
  varmdoMitti: {
    title: 'Dyrt när invånare hamnar utanför',
    authors: 'Mitt i Värmdö',
    url: 'https://mitti.se/nyheter/dyrt-nar-invanare-hamnar-utanfor/?omrade=varmdo',
    note: 'Reports Nilsson & Wadeskog’s model applied to Värmdö by Stiftelsen nattvandring.nu; year not given in the excerpt.',
  },
  skovdeHis: {
    title: 'Prislappen för socialt utanförskap',
    authors: 'Högskolan i Skövde',
    year: 2013,
    url: 'https://his.se/Nyheter-och-kalender/Nyhetslista/Alla-nyheter/Prislappen-for-socialt-utanforskap/',
  },
  nilssonLonsam: {
    title: 'Är du lönsam lille vän? En socioekonomisk analys av unga, skolmisslyckanden och arbetsmarknaden',
    authors: 'Ingvar Nilsson, Anders Wadeskog (SEE AB)',
    url: 'http://docplayer.se/173502-Ar-du-lonsam-lille-van.html',
    note: 'Authors and year not printed in the excerpt found (listed among Nilsson & Wadeskog’s reports); some numbers were lost in the text extraction.',
  },
  nilssonJonkoping: {
    title: 'Socioekonomisk investeringskalkyl kring en vidgad arbetsmarknad i Jönköpings län',
    authors: 'Ingvar Nilsson (OFUS), for Regionförbundet i Jönköpings län',
    url: 'http://docplayer.se/3053442-Socioekonomisk-investeringskalkyl-kring-en-vidgad-arbetsmarknad-i-jonkopings-lan.html',
    note: 'Year not given in the excerpt.',
  },
  nilssonLivlinan2008: {
    title: 'Utanförskapets isbergseffekter. SocioEkonomisk utvärdering av Livlinan i Österåker',
    authors: 'Ingvar Nilsson, Anders Wadeskog',
    year: 2008,
    url: 'https://seeab.se/Livlinan/Livlinan2008april24.htm',
  },
  skolvarldenNilsson: {
    title: 'Skolavhopp kostar 260 miljarder per årskull',
    authors: 'Skolvärlden (interview with Ingvar Nilsson)',
    url: 'https://skolvarlden.se/artiklar/skolavhopp-kostar-260-miljarder-arskull',
    note: 'Year not given in the excerpt.',
  },
  sanandajiHok2017: {
    title: 'Samhällsförlusten av skolmisslyckande och värdet av att rädda fler i varje årskull',
    authors: 'Nima Sanandaji, Lena Hök (Skandias stiftelse Idéer för livet)',
    year: 2017,
    url: 'http://www.sanandaji.eu/project/samhallsforlusten-av-skolmisslyckanden-och-vardet-av-att-radda-fler-i-varje-arskull-ideer-for-livet-skandia/',
  },
  hultkrantz2021: {
    title: 'Det samhällsekonomiska värdet av gymnasiebehörighet',
    authors: 'Lars Hultkrantz, Patrik Karpaty, Weronika Nowak, Elin Vimefall',
    year: 2021,
    where: 'Ekonomisk Debatt 49(5)',
    note: 'Computes the net present value of one person gaining eligibility for a national programme; the figure itself was not read in this session.',
  },
  johansson2018: {
    title:
      'Vad kostar en icke-behörig elev gymnasieskolan? En studie av utbildningskostnader och utbildningstid i gymnasieskolan för samtliga elever i en årskull',
    authors: 'Karin Johansson (master’s thesis, Örebro universitet, supervisor Lars Hultkrantz)',
    year: 2018,
    note: 'Figures not read in this session.',
  },
  skolverketIntro2019: {
    title: 'Tre av fyra elever sysselsatta efter introduktionsprogram',
    authors: 'Skolverket (press release)',
    year: 2019,
    url: 'https://www.skolverket.se/om-oss/press/pressmeddelanden/pressmeddelanden/2019-10-22-tre-av-fyra-elever-sysselsatta-efter-introduktionsprogram',
  },
  hultkrantz2015: {
    title: 'Sociala investeringsfonder i Sverige – fakta och lärdomar',
    authors: 'Lars Hultkrantz',
    year: 2015,
    where: 'SNS Förlag, ISBN 978-91-86949-67-9',
    url: 'https://www.sns.se/artiklar/sociala-investeringsfonder-i-sverige-fakta-och-lardomar/',
  },
  hultkrantz2015eval: {
    title: 'Att utvärdera sociala investeringar',
    authors: 'Lars Hultkrantz',
    year: 2015,
    where: 'SNS Förlag',
    url: 'https://www.sns.se/artiklar/att-utvardera-sociala-investeringar/',
  },
  ideerForLivet: {
    title: 'Idéer för livet-modellen',
    authors: 'Skandias stiftelse Idéer för livet (with researchers at Uppsala and Umeå universities)',
    url: 'https://www.ideerforlivet.se/om-kunskapsbanken/ideer-for-livet-modellen/',
    note: 'Year not given on the page.',
  },
  asek: {
    title: 'Analysmetod och samhällsekonomiska kalkylvärden för transportsektorn (ASEK)',
    authors: 'Trafikverket',
    note: 'The 3.5 % real discount rate is the project’s existing default; not re-read in this session.',
  },

  // Populations
  scbBirths2016: {
    title: 'Födda och döda 1960–2016 och prognos 2017–2060',
    authors: 'Statistiska centralbyrån (SCB)',
    year: 2017,
    url: 'https://www.scb.se/hitta-statistik/statistik-efter-amne/befolkning/befolkningsframskrivningar/befolkningsframskrivningar/pong/tabell-och-diagram/sveriges-framtida-befolkning-20162060/fodda-och-doda-och-prognos/',
  },
  planering2019: {
    title: 'Storstadskommunerna dominerade barnafödandet under 2018',
    authors: 'PLAN (Föreningen för samhällsplanering)',
    year: 2019,
    url: 'http://www.planering.org/plan-blog/category/artikel',
    note: 'Quotes SCB: 117 425 births in 2016; “knappt 116 000” in 2018.',
  },
  statisticoBirths: {
    title: 'Sweden: Number of Births, by year (2013 to 2023)',
    authors: 'Statistico (source: Statistics Sweden, SCB)',
    year: 2024,
    url: 'https://www.statistico.com/s/sweden-number-of-births-by-year',
    note: 'States 117 425 (2016), 115 416 (2017), 113 077 (2020), 114 263 (2021), 104 734 (2022) and 100 051 (2023); the other years of its table were not in the excerpt read.',
  },
  scbPress2010: {
    title: 'Sveriges folkmängd 31/12-2010, definitiva uppgifter. Folkmängden närmar sig 9,5 miljoner',
    authors: 'Statistiska centralbyrån (SCB), pressmeddelande',
    year: 2011,
    url: 'http://www.mynewsdesk.com/se/pressreleases/sveriges-folkmaengd-31-12-2010-definitiva-uppgifter-folkmaengden-naermar-sig-9-5-miljoner-583249',
  },
  viforaldrar2011: {
    title: 'Svenskar föder färre barn',
    authors: 'Vi Föräldrar (source: SCB)',
    year: 2012,
    url: 'https://www.viforaldrar.se/foralder/svenskar-foder-farre-barn/',
  },
  viforaldrar2007: {
    title: 'Fler barn föddes',
    authors: 'Vi Föräldrar (source: SCB)',
    year: 2008,
    url: 'http://www.viforaldrar.se/faktabanken/relationer/fler-barn-foddes/',
  },
  svt2023births: {
    title: 'Barnafödandet minskar kraftigt i Västerbotten – lägsta på 18 år',
    authors: 'SVT Nyheter (source: SCB)',
    year: 2023,
    url: 'https://www.svt.se/nyheter/lokalt/vasterbotten/barnafodandet-minskar-kraftigt-i-vasterbotten-lagsta-pa-18-ar',
  },
  scb2023births: {
    title: 'Befolkningsstatistik 2023: 100 100 födda (as reported)',
    authors: 'Statistiska centralbyrån (SCB), reported by Fria Tider',
    year: 2024,
    url: 'https://www.friatider.se/lagsta-barnafodandet-i-sverige-nagonsin',
    note: 'Figure rounded to the hundred by SCB; also the project’s existing Sweden preset.',
  },
  scbHalfYear2025: {
    title: 'Sweden sees continued decline in birth rates in first half of year',
    authors: 'Sweden Herald (source: SCB press release)',
    year: 2025,
    url: 'https://swedenherald.com/article/sweden-sees-continued-decline-in-birth-rates-in-first-half-of-year',
  },
  skolverket2023: {
    title: 'Behörigheten till gymnasieskolan stabil sedan förra året',
    authors: 'Skolverket (reported by Tre Media)',
    year: 2023,
    url: 'https://tremedia.se/2023/09/28/behorigheten-till-gymnasieskolan-stabil-sedan-forra-aret/',
  },
  eskilstunaBefolkning: {
    title: 'Statistik – Befolkning (befolkningsförändringar 2016–2023)',
    authors: 'Eskilstuna kommun (source: SCB)',
    url: 'https://www.eskilstuna.se/kommun-och-politik/fakta-statistik-och-kartor/befolkning',
  },
  eskilstunaFakta: {
    title: 'Fakta om Eskilstuna (folkmängd och åldersfördelning 2021–2022, varav Torshälla)',
    authors: 'Eskilstuna kommun (source: SCB)',
    url: 'https://www.eskilstuna.se/kommun-och-politik/fakta-statistik-och-kartor/fakta-om-eskilstuna',
  },
  eskilstunaBehorighet2018: {
    title: 'Fler elever behöriga till gymnasiet',
    authors: 'Eskilstuna kommun',
    year: 2018,
    url: 'https://www.eskilstuna.se/utbildning-och-barnomsorg/nyheter/utbildning-och-barnomsorg/2018-09-21-fler-elever-behoriga-till-gymnasiet.html',
  },
  nackaSkolresultat2023: {
    title: 'Fortsatt höga resultat i Nacka – men något lägre än föregående år',
    authors: 'Nacka kommun (source: Skolverket)',
    year: 2023,
    url: 'https://www.nacka.se/forskola-skola/nyhetslista-under-forskola/2023/11/fortsatt-hoga-skolresultat-i-nacka/',
  },
  nackaBirths2022: {
    title: 'Gemeinde von Nacka: Bevölkerungsbilanz 2022',
    authors: 'Urbistat (source: SCB)',
    year: 2022,
    url: 'https://ugeo.urbistat.com/AdminStat/de/se/demografia/popolazione/nacka/20298570/4',
  },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;
