/** Swedish texts (the default language). Keys are shared with en.ts. */
export const sv = {
  appTitle: 'Halvera',
  tagline: 'Kan antalet barn i riskzonen halveras på tio år?',
  budgetLabel: 'Budget för tidiga insatser',
  perYear: 'kr per år',
  chartTitle: 'Barn i riskzonen per årskull som lämnar grundskolan',
  baseline: 'Utan satsning',
  scenario: 'Med satsning',
  loading: 'Räknar…',
};
export type Texts = typeof sv;
