import type { controls as sv } from '../sv/controls';

/** English: controls (municipality, plan, assumptions), compare and share. */
export const controls: typeof sv = {
  budgetLabel: 'Budget for early interventions',
  perYear: 'SEK a year',
};
