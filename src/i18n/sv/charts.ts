/** Swedish: charts, result figures, the result sentence. */
export const charts = {
  chartTitle: 'Barn i riskzonen per årskull som lämnar grundskolan',
  baseline: 'Utan satsning',
  scenario: 'Med satsning',
};
