import { namesPlace } from '../names';

/** Swedish: the page frame, language, errors. */
export const app = {
  appTitle: 'Halvera',
  tagline: 'Kan antalet barn i riskzonen halveras på tio år?',
  intro:
    'Simuleringen följer barnen i en kommun år för år, med och utan tidiga insatser. Ändra planen och se chansen att halvera antalet barn som lämnar grundskolan utan behörighet till gymnasiets yrkesprogram.',
  loading: 'Räknar…',
  skipToControls: 'Hoppa till inställningarna',
  language: 'Språk',
  langNames: { sv: 'Svenska', en: 'English' },
  documentTitle: 'Halvera – kan antalet barn i riskzonen halveras?',
  errors: {
    'worker-failed': 'Beräkningen avbröts oväntat.',
    'invalid-request': 'Scenariot gick inte att räkna på.',
    'no-workers': 'Webbläsaren kunde inte starta beräkningen.',
  },
  retry: 'Försök igen',
  embedHeadline: (plan: string, municipality: string) =>
    namesPlace(plan, municipality) ? plan : `${plan} – ${municipality}`,
  openInHalvera: 'Öppna i Halvera',
  footer: 'En simulering, inte en prognos. Inga kakor, inga tredjepartsanrop; allt räknas i din webbläsare.',

  // Issue 13
  skipToResults: 'Hoppa till resultatet',
  viewTabs: { label: 'Visa', results: 'Resultat', curve: 'Vad krävs?', sensitivity: 'Vad avgör svaret?' },
};
