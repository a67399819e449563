import type { present as sv } from '../sv/present';

/** English: present mode and the default story's captions. */
export const present: typeof sv = {
  label: 'Presentation',
  stageOf: (n: number, total: number) => `Stage ${n} of ${total}`,
  prev: 'Previous stage',
  next: 'Next stage',
  play: 'Play the years',
  pause: 'Pause',
  reveal: 'Show the result',
  guess: 'Guess first! What do you think? Press → or Enter to reveal.',
  keys: '→ / PageDown next, ← / PageUp back, space plays the years, Enter reveals the result.',
  year: (y: number) => `Year ${y}`,
  noPlanUnknown: 'The chance without a plan is shown once the model computes it.',
  storyFallback: 'The story could not be read; the default story is shown.',
  captions: [
    'Today about 20 of Hedemora’s roughly 150 children per cohort leave compulsory school without eligibility for upper secondary school.',
    'The vision: halve that within ten years. This is one cohort today, one mark per child.',
    'Hedemora’s plan: 4.5 million kronor over three years in three areas. What does each area add?',
    'What does it take? The chance and the children at risk at each level of yearly investment, split evenly over four areas for ten years.',
    'The same 12 million kronor a year for ten years, with the effects the studies measured: the line bends down. Is it enough for half?',
    'The chance of reaching the vision with Hedemora’s plan, and without a plan.',
    'When does it pay back? Costs and avoided costs over time.',
    'What decides the answer? Each uncertain assumption moved to the ends of its range, with Hedemora’s plan.',
  ],
};
