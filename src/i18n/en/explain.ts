import type { explain as sv } from '../sv/explain';

/** English: what the words of the glossary's `explain` mean (see ../sv/explain.ts). */
export const explain: typeof sv = {
  futures90: {
    short:
      'The model runs the same plan in many possible futures, where chance and the uncertain assumptions fall differently; in 90 of 100 of them the value lies within the band.',
    more: 'In 5 of 100 it is lower and in 5 of 100 higher. The darker band holds the middle 50 of 100 futures.',
  },
  npv: {
    short:
      'Present value is future money expressed in today’s money: a krona saved in 30 years counts for less than a krona today.',
    more: 'How much less is set by the discount rate under Assumptions. Net present value is the savings minus the cost, both in present value.',
  },
  capacity: {
    short:
      'Freed capacity is staff time no longer needed for these children, such as hours of school health or social services.',
    more: 'The salaries are still paid, but the time can go to other children. So it is not counted as money back unless you switch on “Count freed capacity as savings” under Assumptions.',
  },
};
