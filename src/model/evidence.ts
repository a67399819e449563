/**
 * The evidence the model stands on (issue 9): a registry of every source the model and the page cite,
 * an evidence table per area with a stated rule from which the cautious and the "studies" effect sizes
 * follow, ranges for the per-run uncertainties, a proposed dose rule and a proposed detection lever.
 *
 * Pure data and small pure functions. Nothing here changes the model's behaviour yet: another step wires
 * these values into assumptions.ts / cohort.ts. MODEL.md ("Evidence per area") explains every number.
 * A figure marked `assumption` has no source; the reasoning is given next to it.
 */
import type { AreaKey } from './types';

// ---------------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------------

export interface Citation {
  /** Title as a reader finds it (not a file name). */
  title: string;
  /** Authors, or the publisher / authority that issued it. */
  authors: string;
  /** Publication year; omitted when it could not be verified. */
  year?: number;
  /** Journal, series or publisher detail. */
  where?: string;
  /** A public address where the document (or its record) was found. Omitted when none was found. */
  url?: string;
  /** What could not be verified, if anything. */
  note?: string;
}

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

/** A citation without its address: "Authors (year). Title. Where" (the page links the address). */
export function formatCitationText(id: CitationId): string {
  const c: Citation = CITATIONS[id];
  const parts = [`${c.authors}${c.year ? ` (${c.year})` : ''}`, c.title];
  if (c.where) parts.push(c.where);
  return parts.join('. ');
}

/** A citation as a reader can follow it: "Authors (year). Title. Where. URL". */
export function formatCitation(id: CitationId): string {
  const c: Citation = CITATIONS[id];
  const parts = [`${c.authors}${c.year ? ` (${c.year})` : ''}`, c.title];
  if (c.where) parts.push(c.where);
  if (c.url) parts.push(c.url);
  return parts.join('. ');
}

// ---------------------------------------------------------------------------------------------------
// WSIPP's Incredible Years figures (program 158, meta-analysis table): the basis of the adjustment,
// the linkage and the decay. ES are WSIPP's signs turned positive (a benefit is positive here).
// ---------------------------------------------------------------------------------------------------

export const WSIPP_IY = {
  /** Disruptive behaviour: unadjusted random-effects ES, adjusted ES at age 5 and at age 8. */
  behaviourUnadjusted: 0.38,
  behaviourAdjusted: 0.079,
  behaviourAdjustedLater: 0.043,
  behaviourYears: 3,
  /** Test scores: unadjusted ES, adjusted ES at age 7 (first) and at age 17 (second). */
  testUnadjusted: 0.227,
  testAdjusted: 0.084,
  testAdjustedLater: 0.039,
  testYears: 10,
} as const;

/** WSIPP's adjustment for ordinary practice on test scores: adjusted / unadjusted = 0.084 / 0.227. */
export const PRACTICE_ADJUSTMENT = WSIPP_IY.testAdjusted / WSIPP_IY.testUnadjusted;
/** The same ratio on behaviour (0.079 / 0.380), the harsher end of the adjustment. */
export const PRACTICE_ADJUSTMENT_BEHAVIOUR = WSIPP_IY.behaviourAdjusted / WSIPP_IY.behaviourUnadjusted;
/** Linkage behaviour → school outcome, same meta-analysis, both unadjusted: 0.227 / 0.380. */
export const LINKAGE_BEHAVIOUR_TO_SCHOOL = WSIPP_IY.testUnadjusted / WSIPP_IY.behaviourUnadjusted;

/** Yearly decay implied by two measurements: 1 − (later / first)^(1 / years). */
export function yearlyDecay(first: number, later: number, years: number): number {
  return 1 - Math.pow(later / first, 1 / years);
}
/** About 7.4 % a year: WSIPP's test-score effect of Incredible Years from age 7 (0.084) to 17 (0.039). */
export const DECAY_TEST_SCORES = yearlyDecay(WSIPP_IY.testAdjusted, WSIPP_IY.testAdjustedLater, WSIPP_IY.testYears);
/** About 18.3 % a year: WSIPP's behaviour effect from age 5 (0.079) to 8 (0.043). */
export const DECAY_BEHAVIOUR = yearlyDecay(
  WSIPP_IY.behaviourAdjusted,
  WSIPP_IY.behaviourAdjustedLater,
  WSIPP_IY.behaviourYears,
);

// ---------------------------------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------------------------------

export interface Range {
  value: number;
  low: number;
  high: number;
  /** Citation ids behind the value or the range; empty when it is an assumption. */
  sources: readonly CitationId[];
  /** Where the numbers come from, or "assumption: …" with the reasoning. */
  basis: string;
}

// ---------------------------------------------------------------------------------------------------
// The evidence table
// ---------------------------------------------------------------------------------------------------

export interface EvidenceRow {
  area: AreaKey;
  /** The row the area's values follow from (one per area); others are supporting evidence. */
  primary: boolean;
  study: CitationId;
  /** The outcome the study measured, and who reported it. */
  outcome: string;
  /** Time from the end of the intervention to the measurement the effect refers to. */
  followUp: string;
  /** Published effect size (Cohen's d / Hedges' g) on the measured outcome; null when none was published as d. */
  publishedD: number | null;
  /** Lowest published effect that applies to the area (e.g. 0 where a review found none); default publishedD. */
  publishedLow?: number;
  /** The published effect in the study's own words, when it is not a d. */
  publishedNote?: string;
  /** Multiplier for ordinary municipal practice (WSIPP's adjustment), with its range. */
  adjustment: Range;
  /** Yearly decay of the effect after support ends, with its range. */
  decay: Range;
  /** Multiplier from the measured outcome to eligibility at 16, with its range. */
  linkage: Range;
}

const ADJUSTMENT: Range = {
  value: PRACTICE_ADJUSTMENT,
  low: PRACTICE_ADJUSTMENT_BEHAVIOUR,
  high: 0.5,
  sources: ['wsippIY', 'wsippTech'],
  basis:
    'WSIPP program 158: test scores adjusted 0.084 / unadjusted 0.227 = 0.37; low end the behaviour ratio 0.079 / 0.380 = 0.21; high end 0.5 is an assumption (a municipality that keeps programme fidelity may lose less than WSIPP’s average).',
};
const DECAY: Range = {
  value: DECAY_TEST_SCORES,
  low: 0,
  high: DECAY_BEHAVIOUR,
  sources: ['wsippIY', 'vanAar2017'],
  basis:
    'WSIPP program 158: test scores 0.084 at age 7 → 0.039 at 17, 7.4 %/year; low end 0 (van Aar et al. 2017: change from post-test to follow-up d = −0.016, no fade-out up to three years); high end 18.3 %/year (WSIPP behaviour 0.079 at 5 → 0.043 at 8).',
};
const LINKAGE_BEHAVIOUR: Range = {
  value: LINKAGE_BEHAVIOUR_TO_SCHOOL,
  low: 0.3,
  high: 1,
  sources: ['wsippIY'],
  basis:
    'WSIPP program 158, both unadjusted: test scores 0.227 / behaviour 0.380 = 0.60. High end 1.0: the adjusted ratio 0.084 / 0.079 is 1.06, capped at 1. Low end 0.3 is an assumption (half the central value: test scores are a proxy for eligibility, which also needs passing grades in eight subjects).',
};
const LINKAGE_ACHIEVEMENT: Range = {
  value: 1,
  low: 0.6,
  high: 1,
  sources: [],
  basis:
    'assumption: an effect measured on grades and tests acts on the eligibility scale itself (1.0); low end 0.6, the behaviour→test ratio above, in case the achievement measured is not the grades that decide eligibility.',
};

export const EVIDENCE: readonly EvidenceRow[] = [
  {
    area: 'detect',
    primary: true,
    study: 'menting2013',
    outcome: 'Disruptive child behaviour, parent report (Incredible Years, indicated prevention)',
    followUp: 'post-test (immediately after the programme)',
    publishedD: 0.2,
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: LINKAGE_BEHAVIOUR,
  },
  {
    area: 'detect',
    primary: false,
    study: 'wsippIY',
    outcome: 'Test scores (WSIPP meta-analysis of Incredible Years, adjusted)',
    followUp: '2 years (age 7, treated at 5) and 12 years (age 17)',
    publishedD: 0.084,
    publishedNote: 'adjusted ES 0.084 at age 7 and 0.039 at age 17; unadjusted 0.227 (p = 0.26)',
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: LINKAGE_ACHIEVEMENT,
  },
  {
    area: 'parent',
    primary: true,
    study: 'menting2013',
    outcome: 'Disruptive child behaviour, parent report (Incredible Years, selective prevention)',
    followUp: 'post-test',
    publishedD: 0.13,
    publishedLow: 0,
    publishedNote:
      'selective prevention (families at risk); SBU 2020 found no effect on outward-directed behaviour when programmes are offered to everyone (as reported by SVT), which is the range’s low end, 0',
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: LINKAGE_BEHAVIOUR,
  },
  {
    area: 'parent',
    primary: false,
    study: 'vanAar2017',
    outcome: 'Disruptive child behaviour, change from post-test to follow-up (40 RCTs)',
    followUp: '1 month to 3 years',
    publishedD: 0.393,
    publishedNote: 'post-test d = 0.393; change to follow-up d = −0.016 (95 % CI −0.086 to 0.054): sustained',
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: LINKAGE_BEHAVIOUR,
  },
  {
    area: 'firstline',
    primary: true,
    study: 'menting2013',
    outcome:
      'Disruptive child behaviour, parent report: the support a coordinated plan brings to a child whose need is known (indicated prevention)',
    followUp: 'post-test',
    publishedD: 0.2,
    publishedLow: 0,
    publishedNote:
      'Vårdanalys: SIP itself has no shown direct effect on the child; it acts on who gets support. The effect here is that of the coordinated support, not of the plan.',
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: LINKAGE_BEHAVIOUR,
  },
  {
    area: 'firstline',
    primary: false,
    study: 'vardanalysSip',
    outcome: 'Effects of SIP for individuals, relatives and staff',
    followUp: 'not applicable (register and interview study)',
    publishedD: null,
    publishedNote: 'no direct effect on the individual shown; the range’s low end (0)',
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: LINKAGE_BEHAVIOUR,
  },
  {
    area: 'school',
    primary: true,
    study: 'durlak2011',
    outcome: 'Academic performance (grades and test scores), universal school-based social-emotional learning',
    followUp: 'post-test for most studies',
    publishedD: 0.27,
    publishedNote: 'an 11-percentile-point gain in achievement (213 programmes, 270 034 pupils)',
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: LINKAGE_ACHIEVEMENT,
  },
  {
    area: 'school',
    primary: false,
    study: 'maynard2012',
    outcome: 'School attendance of chronically truant pupils (28 studies)',
    followUp: 'end of the intervention; no longer-term outcomes measured',
    publishedD: null,
    publishedNote:
      '“moderate” mean effect, +4.7 days a year; no difference by length (one day or a school year). The effect size as d was not read in this session.',
    adjustment: ADJUSTMENT,
    decay: DECAY,
    linkage: {
      value: 0.5,
      low: 0.2,
      high: 1,
      sources: [],
      basis:
        'assumption: attendance is not achievement; 4.7 more days of about 178 is 2.6 % more school. Without a sourced link from days to grades the central value is a guess.',
    },
  },
];

/** Each area's primary row. */
export function primaryRow(area: AreaKey): EvidenceRow {
  const row = EVIDENCE.find((r) => r.area === area && r.primary);
  if (!row) throw new Error(`no primary evidence row for ${area}`);
  return row;
}

/**
 * The rule. The study value is the published effect carried over to eligibility at 16:
 * `studies = published d × linkage`. The cautious value also takes WSIPP's adjustment for ordinary
 * practice: `cautious = published d × adjustment × linkage`. Both are the offset at the end of support;
 * the decay per year applies after support ends (it replaces the fixed three-year hold).
 */
export function effectsFromRow(row: EvidenceRow): { cautious: number; studies: number; low: number; high: number } {
  const d = row.publishedD ?? 0;
  const dLow = row.publishedLow ?? d;
  return {
    studies: d * row.linkage.value,
    cautious: d * row.adjustment.value * row.linkage.value,
    low: dLow * row.adjustment.low * row.linkage.low,
    high: d * row.linkage.high,
  };
}

/** The cautious and study effect sizes per area, from the primary rows by the rule. */
export function evidenceEffects(): Record<AreaKey, ReturnType<typeof effectsFromRow>> {
  return {
    detect: effectsFromRow(primaryRow('detect')),
    parent: effectsFromRow(primaryRow('parent')),
    firstline: effectsFromRow(primaryRow('firstline')),
    school: effectsFromRow(primaryRow('school')),
  };
}

/**
 * The resulting values, rounded to three decimals, as MODEL.md's table states them (the test checks that
 * the rule reproduces them). These are the proposed new defaults for AREA_SPECS.
 */
export const EVIDENCE_EFFECTS: Record<AreaKey, { cautious: number; studies: number; low: number; high: number }> = {
  detect: { cautious: 0.044, studies: 0.119, low: 0.012, high: 0.2 },
  parent: { cautious: 0.029, studies: 0.078, low: 0, high: 0.13 },
  firstline: { cautious: 0.044, studies: 0.119, low: 0, high: 0.2 },
  school: { cautious: 0.1, studies: 0.27, low: 0.034, high: 0.27 },
};

/** Today's defaults in assumptions.ts (before this evidence is wired in), for MODEL.md's comparison. */
export const CURRENT_CAUTIOUS: Record<AreaKey, number> = { detect: 0.1, parent: 0.02, firstline: 0.08, school: 0.1 };
export const CURRENT_STUDIES: Record<AreaKey, number> = { detect: 0.2, parent: 0.13, firstline: 0.2, school: 0.27 };

// ---------------------------------------------------------------------------------------------------
// Per-run uncertainties
// ---------------------------------------------------------------------------------------------------

export const UNCERTAINTY_RANGES = {
  rho: {
    value: 0.9,
    low: 0.8,
    high: 0.97,
    sources: [],
    basis:
      'assumption: year-to-year persistence of the latent liability; needs track over years but are not fixed at birth. The issue measured the plan’s ratio moving from 1.53 to 2.77 between 0.8 and 0.99, so it must be drawn. 0.97 rather than 0.99 as the top: at 0.99 a need at 3 is practically the need at 16.',
  },
  pExclusionAtRisk: {
    value: 0.55,
    low: 0.45,
    high: 0.65,
    sources: ['hedemora', 'varmdoMitti', 'skovdeHis', 'skolverketIntro2019'],
    basis:
      'assumption calibrated to the seeds’ 12 % of a cohort at very high risk of lifelong exclusion (Hedemora); Nilsson & Wadeskog’s model as applied gives 75 of 585 (12.8 %, Värmdö) and 69 of 539 (12.8 %, Skövde). With the other share fixed, 0.45–0.65 keeps the cohort share within 10.7–13.3 %. A caution: Skolverket (2019) found that 74 % of those who began an introduction programme in 2012 (mostly pupils not eligible) worked or studied five years later, so 26 % did neither at about 21; lifelong exclusion at 0.55 is a high reading of “very high risk”.',
  },
  pExclusionEligible: {
    value: 0.054,
    low: 0.035,
    high: 0.07,
    sources: ['hedemora'],
    basis:
      'assumption: chosen with 0.55 so that 0.133 × 0.55 + 0.867 × 0.054 = 0.120 (Hedemora’s 12 %); the range keeps the cohort share within about 10–13.5 %.',
  },
  decay: DECAY,
  exclusionCost: {
    value: 15_000_000,
    low: 10_000_000,
    high: 16_000_000,
    sources: ['nilssonWadeskog', 'varmdoMitti', 'skovdeHis'],
    basis:
      'Nilsson & Wadeskog, 10–16 MSEK per person from 20 to 65 (undiscounted, about 2010–13 prices). Checked here: Värmdö 1 181 250 000 SEK for 75 persons = 15.75 MSEK each; Skövde about 1.1 billion SEK for 69 = 15.9 MSEK each.',
  },
  municipalShare: {
    value: 0.34,
    low: 0.25,
    high: 0.4,
    sources: ['varmdoMitti'],
    basis:
      'Värmdö: “drygt 400 000 000 kronor” of 1 181 250 000 fall on the municipality, 0.34 or a little more; 0.25–0.40 from the project’s design brief (unverified).',
  },
  costSdRelative: {
    value: 0.2,
    low: 0.1,
    high: 0.35,
    sources: [],
    basis:
      'assumption: lognormal relative spread of a unit cost; SBU’s course cost range 1 700–7 700 SEK around just under 3 000 is wider on the high side.',
  },
} as const satisfies Record<string, Range>;

export const LINKAGE_RANGES: Record<AreaKey, Range> = {
  detect: LINKAGE_BEHAVIOUR,
  parent: LINKAGE_BEHAVIOUR,
  firstline: LINKAGE_BEHAVIOUR,
  school: LINKAGE_ACHIEVEMENT,
};

/** Cost per child reached (per year, or per course for parental support), with ranges. */
export const COST_RANGES: Record<AreaKey, Range> = {
  detect: {
    value: 20_000,
    low: 10_000,
    high: 40_000,
    sources: [],
    basis: 'assumption: a few contacts with a specialist (about two working days) per child and year; no source found.',
  },
  parent: {
    value: 3_000,
    low: 1_700,
    high: 7_700,
    sources: ['sbu2020', 'svt2020sbu'],
    basis:
      'SBU 2020 as reported by SVT: a course costs the municipality 1 700–7 700 SEK per child, on average just under 3 000. A course, not a year.',
  },
  firstline: {
    value: 40_000,
    low: 20_000,
    high: 80_000,
    sources: [],
    basis: 'assumption: coordination (SIP meetings) plus the support it brings, per child and year; no source found.',
  },
  school: {
    value: 30_000,
    low: 15_000,
    high: 60_000,
    sources: [],
    basis:
      'assumption: attendance work (pupil-health staff time, contact with the home) per pupil and year; no source found.',
  },
};

// ---------------------------------------------------------------------------------------------------
// Dose: a course or episode has a cost and an effect; more years add effect with diminishing returns
// ---------------------------------------------------------------------------------------------------

export const DOSE = {
  /**
   * Each further year of targeted support adds this share of the previous year's increment:
   * years 1, 2, 3, … give d, 1.5 d, 1.75 d, … → at most 2 d. Assumption. Maynard et al. 2012 found no
   * difference between one day and a school year, Gubbels et al. 2019 no moderating effect of programme
   * duration: both point to strongly diminishing returns (ratio near 0); 0.5 gives a second year half
   * the first year's effect, so that ongoing support is not worthless either.
   */
  ratio: {
    value: 0.5,
    low: 0,
    high: 0.7,
    sources: ['maynard2012', 'gubbels2019'],
    basis:
      'assumption guided by two findings: no difference by programme length for attendance (Maynard et al. 2012) and no moderating effect of duration (Gubbels et al. 2019). Low end 0: a second year adds nothing.',
  } as Range,
  /** Universal parental support: one course per family, costed once, effect once. */
  parentCoursesPerChild: 1,
} as const;

/** Effect after `years` years of targeted support: d × (1 − r^years) / (1 − r); 0 for no years. */
export function doseEffect(d: number, years: number, ratio: number = DOSE.ratio.value): number {
  if (years <= 0 || d <= 0) return 0;
  if (ratio >= 1) return d * years;
  return (d * (1 - Math.pow(ratio, years))) / (1 - ratio);
}

/** Cost of `years` years of support at a unit cost; universal parental support is one course however long. */
export function doseCost(area: AreaKey, unitCost: number, years: number): number {
  if (years <= 0) return 0;
  return area === 'parent' ? unitCost * DOSE.parentCoursesPerChild : unitCost * years;
}

// ---------------------------------------------------------------------------------------------------
// Detection as a lever
// ---------------------------------------------------------------------------------------------------

export const DETECTION_LEVER = {
  /** Largest share of the remaining undetected needs that extra investment can add to the yearly rate. */
  maxExtra: {
    value: 0.5,
    low: 0.25,
    high: 0.75,
    sources: ['hedemora'],
    basis:
      'assumption: Hedemora writes that these pupils’ needs “ofta varit kända sedan tidig ålder”, so detection is not the only bottleneck; half of the remaining gap is a cap, not an expectation.',
  } as Range,
  /** SEK per child with a visible, not yet known need at which 63 % (1 − 1/e) of the cap is reached. */
  costScale: {
    value: 20_000,
    low: 10_000,
    high: 40_000,
    sources: [],
    basis: 'assumption: the cost of one early-detection contact chain per child, the same as the detect unit cost.',
  } as Range,
} as const;

/**
 * Yearly detection rate of ordinary services with an early-detection budget:
 * `base + (1 − base) × maxExtra × (1 − exp(−budget / (eligible × costScale)))`.
 * Concave, capped below `base + (1 − base) × maxExtra`, never lower than `base`, and non-decreasing in the budget.
 */
export function detectionRateWithBudget(
  base: number,
  budget: number,
  eligible: number,
  maxExtra: number = DETECTION_LEVER.maxExtra.value,
  costScale: number = DETECTION_LEVER.costScale.value,
): number {
  if (budget <= 0 || eligible <= 0) return base;
  const saturation = 1 - Math.exp(-budget / (eligible * costScale));
  return base + (1 - base) * maxExtra * saturation;
}

// ---------------------------------------------------------------------------------------------------
// Figures for the cash flows (issue 10): what exclusion and school failure cost, per year and per payer
// ---------------------------------------------------------------------------------------------------

export interface CostFigure {
  what: string;
  /** SEK; a total, a per-person amount or a per-year amount as `unit` says. */
  value: number;
  unit: 'SEK per person over adult life' | 'SEK per person and year' | 'share' | 'SEK per pupil';
  sources: readonly CitationId[];
  basis: string;
}

export const CASHFLOW_EVIDENCE: readonly CostFigure[] = [
  {
    what: 'lifetime cost of one person in exclusion, age 20–65 (Värmdö)',
    value: 1_181_250_000 / 75,
    unit: 'SEK per person over adult life',
    sources: ['varmdoMitti'],
    basis:
      '75 of 585 six-year-olds, together 1 181 250 000 SEK “fram till att de fyllt 65 år”: 15.75 MSEK each, undiscounted',
  },
  {
    what: 'municipality’s share of that cost (Värmdö)',
    value: 400_000_000 / 1_181_250_000,
    unit: 'share',
    sources: ['varmdoMitti'],
    basis: '“drygt 400 000 000 kronor skulle belasta Värmdö kommun” of 1 181 250 000: a little over 0.34',
  },
  {
    what: 'adult-life cost per person outside work and study',
    value: 12_500_000,
    unit: 'SEK per person over adult life',
    sources: ['nilssonLonsam'],
    basis: '“mellan tio och femton miljoner kronor” per person over adult life; the midpoint',
  },
  {
    what: 'yearly cost per young adult with complex problems (Jönköping)',
    value: 70_000_000 / 160,
    unit: 'SEK per person and year',
    sources: ['nilssonJonkoping'],
    basis:
      '160 persons up to about 30 years: “Kostnaderna för målgruppens utanförskap … uppgår årligen till cirka 70 Mkr”, about 440 000 SEK a person and year',
  },
  {
    what: 'loss per person without an upper-secondary exam at 24',
    value: 53_000_000_000 / 14_746,
    unit: 'SEK per person over adult life',
    sources: ['sanandajiHok2017'],
    basis:
      '53 billion SEK over working life for the 14 746 24-year-olds without an exam: about 3.6 MSEK each; “Hälften av förlusten drabbar enskilda och hälften drabbar det offentliga genom förlorade skatteintäkter”',
  },
  {
    what: 'public share of the loss from school failure',
    value: 0.5,
    unit: 'share',
    sources: ['sanandajiHok2017'],
    basis: 'half on individuals (lower income), half on the public sector (lost taxes)',
  },
  {
    what: 'extra support a pupil with special needs goes without',
    value: 37_500,
    unit: 'SEK per pupil',
    sources: ['skolvarldenNilsson'],
    basis:
      'Ingvar Nilsson: municipalities often do not spend “de 25 000–50 000 kronor extra” on such pupils; the midpoint',
  },
];
