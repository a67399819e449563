/** Swedish: the page frame, language, errors. */
export const app = {
  appTitle: 'Halvera',
  tagline: 'Kan antalet barn i riskzonen halveras på tio år?',
  loading: 'Räknar…',
};
