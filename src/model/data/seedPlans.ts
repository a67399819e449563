/**
 * The seed plans as the seeds describe them (issue 9): amounts, key facts in the seeds' own words, and how each
 * plan reads in the model's terms. Data only.
 */
import type { SeedPlan } from './shapes';

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
