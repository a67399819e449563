import type { app as sv } from '../sv/app';

/** English: the page frame, language, errors. */
export const app: typeof sv = {
  appTitle: 'Halvera',
  tagline: 'Can the number of children at risk be halved in ten years?',
  loading: 'Computing…',
};
