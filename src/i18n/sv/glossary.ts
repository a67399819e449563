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
  /**
   * Words a reader may not know, explained where they stand (the (?) beside them, ui/charts/Explain.svelte):
   * `term` as it appears, `short` the one sentence shown first, `more` what follows it.
   */
  explain: {
    futures90: {
      term: '90 % av framtiderna',
      short:
        'Modellen räknar samma plan i många möjliga framtider, där slumpen och de osäkra antagandena faller olika; i 90 av 100 av dem hamnar värdet inom spannet.',
      more: 'I 5 av 100 blir det lägre och i 5 av 100 högre. Det mörkare bandet är de 50 av 100 framtiderna i mitten.',
    },
    npv: {
      term: 'nuvärde',
      short:
        'Nuvärde är framtida kronor omräknade till dagens värde: en krona som sparas om 30 år räknas som mindre än en krona i dag.',
      more: 'Hur mycket mindre bestäms av diskonteringsräntan under Antaganden. Nettonuvärde är besparingarna minus kostnaden, båda i nuvärde.',
    },
    capacity: {
      term: 'frigjord kapacitet',
      short:
        'Frigjord kapacitet är personaltid som inte längre behövs för de här barnen, till exempel timmar hos elevhälsan eller socialtjänsten.',
      more: 'Lönerna betalas ändå, men tiden kan gå till andra barn. Därför räknas den inte som pengar tillbaka, om du inte slår på ”Räkna frigjord kapacitet som besparing” under Antaganden.',
    },
  },
  /** Earlier names for the same things; never to appear again. */
  retired: ['Föräldrastöd', 'Första linjen', 'Skolnärvaro och skolstöd', 'årsgrupp', 'utan behörighet.'],
};
