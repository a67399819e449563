/** The investment curve and the best split (a lazy view: loaded with it, see ../curve.ts). */
import type { curve as sv } from '../sv/curve';
import { glossary as g } from './glossary';

export const curve: typeof sv = {
  title: 'What each level of yearly investment buys',
  figureTitle: 'The chance, the children at risk and the cost per child helped at each budget',
  intro: (p: { split: string }) =>
    `Budget per year from zero to the level at which every area reaches all the children it can, with today's split across the areas (${p.split}). The same children and the same chance at every level.`,
  splitCurrent: "the plan's split",
  splitEven: 'an even split, as the plan has no budget',
  panels: {
    chanceZero: (top) => `The chance is 0 % at every budget here, up to ${top} a year`,
    chance: 'Chance of reaching the target',
    count: (year: number) => `Children at risk per cohort in ${year} (mean, 90 % of futures)`,
    cost: 'Cost per child helped',
  },
  axis: 'Budget per year (SEK)',
  lines: {
    chance: 'Chance',
    expected: 'Mean',
    band: '90 % of futures',
    target: 'Target',
    cost: 'Cost per child helped',
    reference: (other: string) => `With effects ${other} (for comparison)`,
    plan: 'The plan now',
  },
  effects: { cautious: 'cautious', studies: 'as published', custom: 'of your own' },
  reached: (p: { p50: string; p80: string | null }) =>
    p.p80
      ? `The chance reaches 50 % at ${p.p50} a year and 80 % at ${p.p80} a year.`
      : `The chance reaches 50 % at ${p.p50} a year; 80 % is not reached on the curve.`,
  outOfReach: (p: { top: string; best: string; target: string }) =>
    `With these assumptions no budget reaches the target: even at ${p.top} a year, when every area reaches all the children it can, an average of ${p.best} children remain at risk, where the target is ${p.target}.`,
  why: 'What sets the limit is how many children each area can reach and how small the effects per child are.',
  caps: (p: { list: string }) => `The limit on how many children an area can reach binds for ${p.list}.`,
  withOther: (p: { other: string; budget: string }) =>
    `With effects ${p.other}, the chance reaches 50 % at about ${p.budget} a year.`,
  withOtherNever: (p: { other: string }) => `With effects ${p.other}, the target is not reached on the curve either.`,
  computing: (p: { done: number; total: number }) => `Computing the curve … ${p.done} of ${p.total} runs`,
  preview: (runs: number) => `A sketch from ${runs} simulated futures; the whole curve uses more.`,
  seedPlans: "The plans in the source reports (scaled to this municipality's size)",
  planMark: (name: string) => name,
  table: {
    caption: 'The investment curve',
    budget: 'Budget per year (SEK)',
    chance: 'Chance of reaching the target',
    expected: 'Children at risk (mean)',
    p05: '5th percentile',
    p95: '95th percentile',
    helped: 'Children helped per cohort',
    cost: 'Cost per child helped (SEK)',
    payerBcr: "Municipality's return per krona",
    payback: 'Paid back in',
  },
  summary: (p: { chance0: string; chanceTop: string; top: string; expectedTop: string }) =>
    `The chance of reaching the target goes from ${p.chance0} with no budget to ${p.chanceTop} at ${p.top} a year, where an average of ${p.expectedTop} children remain at risk.`,
  compactOpen: 'See the whole curve',
  compactTitle: 'What different budgets buy',
  split: {
    title: 'The best split of the same money',
    intro: (total: string) =>
      `Which split of ${total} a year across the four areas helps the most children in the target year? The same children and the same chance for every split.`,
    find: 'Find the best split',
    searching: (n: number) => `Searching … ${n} splits tried`,
    area: 'Area',
    now: 'Now',
    best: 'Best',
    helped: 'Children helped in the target year',
    chance: 'Chance of reaching the target',
    difference: (p: { helped: string; chance: string }) =>
      `The best split helps ${p.helped} more children per cohort in the target year; the chance changes by ${p.chance} percentage points.`,
    same: 'Today’s split is already the best the search finds.',
    apply: 'Use this split',
    undo: 'Undo',
    applied: 'The split is now in use. Undo to go back.',
    objective: 'What the search maximizes: children helped in the target year.',
    noTotal: 'The plan has no budget to split.',
  },
  areas: g.areas,
  error: (msg: string) => `The curve could not be computed: ${msg}`,
};
