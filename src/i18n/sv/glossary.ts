/**
 * Swedish glossary: one word for each thing, used in every text of the interface (the other namespace files
 * import the area names from here). `retired` lists words that meant the same thing in earlier texts; a test
 * (tests/i18n/glossary.test.ts) fails if any of them appears in a Swedish text again.
 */
export const glossary = {
  /** The budgets per area and year that a user sets: "planen". */
  plan: 'plan',
  /** The money a plan puts in now to save later, and the plan as a whole when set against none. */
  investment: 'satsning',
  /** The comparison: the same children with no plan. */
  baseline: 'utan satsning',
  /** The children born in one year, who leave compulsory school together at 16. */
  cohort: 'årskull',
  /** What "at risk" is measured by: leaving compulsory school without it. */
  eligibility: 'behörighet till gymnasiets yrkesprogram',
  areas: {
    detect: 'Tidig upptäckt',
    parent: 'Föräldraskapsstöd',
    firstline: 'Gemensam första linje',
    school: 'Skolnärvaro',
  },
  /** Words a reader may not know, explained where they stand (the (?) of ui/charts/Explain.svelte, ../explain.ts). */
  explain: {
    futures90: '90 % av framtiderna',
    npv: 'nuvärde',
    capacity: 'frigjord kapacitet',
  },
  /** Earlier names for the same things; never to appear again. */
  retired: ['Föräldrastöd', 'Första linjen', 'Skolnärvaro och skolstöd', 'årsgrupp', 'utan behörighet.'],
};
