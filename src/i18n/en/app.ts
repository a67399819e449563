import type { app as sv } from '../sv/app';
import { namesPlace } from '../names';

/** English: the page frame, language, errors. */
export const app: typeof sv = {
  appTitle: 'Halvera',
  tagline: 'Can the number of children at risk be halved in ten years?',
  intro:
    'The simulation follows the children of a municipality year by year, with and without early interventions. Change the plan and see the chance of halving the number of children who leave compulsory school without eligibility for a vocational programme at upper-secondary school.',
  loading: 'Computing…',
  skipToControls: 'Skip to the settings',
  language: 'Language',
  langNames: { sv: 'Svenska', en: 'English' },
  documentTitle: 'Halvera – can the number of children at risk be halved?',
  errors: {
    'worker-failed': 'The computation stopped unexpectedly.',
    'invalid-request': 'The scenario could not be computed.',
    'no-workers': 'The browser could not start the computation.',
  },
  retry: 'Retry',
  embedHeadline: (plan: string, municipality: string) =>
    namesPlace(plan, municipality) ? plan : `${plan} – ${municipality}`,
  openInHalvera: 'Open in Halvera',
  footer: 'A simulation, not a forecast. No cookies, no third-party calls; everything is computed in your browser.',

  skipToResults: 'Skip to the results',
  viewTabs: { label: 'Show', results: 'Results', curve: 'What does it take?', sensitivity: 'What decides the answer?' },
};
