/**
 * Swedish: what the words of the glossary's `explain` mean, one sentence first (`short`) and what follows it
 * (`more`). A lazy chunk (../explain.ts): loaded when a (?) is first opened.
 */
export const explain = {
  futures90: {
    short:
      'Modellen räknar samma plan i många möjliga framtider, där slumpen och de osäkra antagandena faller olika; i 90 av 100 av dem hamnar värdet inom spannet.',
    more: 'I 5 av 100 blir det lägre och i 5 av 100 högre. Det mörkare bandet är de 50 av 100 framtiderna i mitten.',
  },
  npv: {
    short:
      'Nuvärde är framtida kronor omräknade till dagens värde: en krona som sparas om 30 år räknas som mindre än en krona i dag.',
    more: 'Hur mycket mindre bestäms av diskonteringsräntan under Antaganden. Nettonuvärde är besparingarna minus kostnaden, båda i nuvärde.',
  },
  capacity: {
    short:
      'Frigjord kapacitet är personaltid som inte längre behövs för de här barnen, till exempel timmar hos elevhälsan eller socialtjänsten.',
    more: 'Lönerna betalas ändå, men tiden kan gå till andra barn. Därför räknas den inte som pengar tillbaka, om du inte slår på ”Räkna frigjord kapacitet som besparing” under Antaganden.',
  },
};
