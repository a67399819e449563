/**
 * The budget levels of the investment curve (curve.ts): totals per year from zero to the top, each split across
 * the four areas in the current proportions, in whole SEK. MODEL.md "The investment curve" gives the rules.
 */
import { fullReachBudget } from './capacity';
import { largestRemainder } from './stats';
import { AREAS } from './types';
import type { AreaKey, Scenario } from './types';

/** Levels on the curve by default (zero and 40 budgets above it), and the range a caller may ask for. */
export const CURVE_LEVELS = { default: 41, min: 2, max: 200 } as const;
/** The lowest budget above zero is the top divided by this (the positive levels are spaced evenly in log budget). */
export const CURVE_SPAN = 100;

export interface CurveLevels {
  /** Total budget per year at each level (SEK, whole kronor, non-decreasing from 0). */
  budgets: number[];
  /** Each level's budget per area (SEK a year, whole kronor, summing to `budgets[i]`), in AREAS order. */
  areas: number[][];
  /** The split kept along the curve: each area's share of the total. */
  shares: Record<AreaKey, number>;
  /** Where the split comes from: the scenario's budgets, or an even split when they are all zero. */
  split: 'current' | 'even';
  /** The top: the chosen maximum, else the total at which every area with a share reaches its cap. */
  top: number;
  /**
   * The total at which each area reaches its cap with this split (fullReachBudget / share; null: no share), so a
   * reader can see which caps bind where the curve flattens.
   */
  capAt: Record<AreaKey, number | null>;
}

/** The scenario's total plan budget per year (the four areas). */
export function totalBudget(s: Scenario): number {
  return s.detect + s.parent + s.firstline + s.school;
}

/**
 * The total at which every area with a share of the split reaches its cap (fullReachBudget per area divided by its
 * share, the largest of them), and never below the scenario's own total.
 */
export function fullReachTotal(s: Scenario, shares: Record<AreaKey, number>): number {
  let top = 0;
  for (const a of AREAS) if (shares[a] > 0) top = Math.max(top, fullReachBudget(s, a) / shares[a]);
  return Math.max(top, totalBudget(s));
}

/**
 * The split's shares are whole multiples of 1 / SHARE_GRID (about 0.01 %; 10 080 is divisible by every whole number
 * to 10, so a split into equal parts, a third or a quarter each, stays exact). Budgets in whole kronor in the same proportions
 * (the total moved with the split kept: 533 334 / 533 333 / 533 333 for a third each) then give the very same levels,
 * so the page need not compute the curve again when only the total moves (the plan's mark moves along it). Not
 * always: where a share sits on half a step, or a total so small that one krona is a step (under about 20 000 kr),
 * a move of the total can tip a share to the next step, and that curve is computed.
 */
export const SHARE_GRID = 10_080;

/**
 * The split of the scenario's budgets in whole grid steps (SHARE_GRID in all, by largest remainders, so the shares
 * always sum to 1 and stay on the grid); an even split across the four areas when they are all zero. A share that
 * gets no step (under about 0.01 %, and not among the largest remainders) counts as none.
 */
export function splitOf(s: Scenario): { shares: Record<AreaKey, number>; split: 'current' | 'even' } {
  const total = totalBudget(s);
  const exact = AREAS.map((a) => (total > 0 ? s[a] / total : 1 / AREAS.length) * SHARE_GRID);
  const steps = largestRemainder(exact, SHARE_GRID);
  const shares = Object.fromEntries(AREAS.map((a, k) => [a, steps[k] / SHARE_GRID]));
  return { shares: shares as Record<AreaKey, number>, split: total > 0 ? 'current' : 'even' };
}

/**
 * The curve's levels: level 0 is no plan, levels 1 .. n-1 run from top / CURVE_SPAN to the top evenly in log budget
 * (denser at the low end, where each krona buys most); n = 2 gives zero and the top. Each area's budget is its share
 * of the level's total rounded to whole kronor (so every area's budget, and the total, never falls along the curve);
 * the level's total is the sum of the four.
 */
export function curveLevels(s: Scenario, opts: { levels?: number; max?: number } = {}): CurveLevels {
  const n = opts.levels ?? CURVE_LEVELS.default;
  if (!Number.isInteger(n) || n < CURVE_LEVELS.min || n > CURVE_LEVELS.max)
    throw new RangeError(`levels must be a whole number from ${CURVE_LEVELS.min} to ${CURVE_LEVELS.max}`);
  if (opts.max !== undefined && !(Number.isFinite(opts.max) && opts.max >= 0))
    throw new RangeError('the curve maximum must be a finite budget of at least 0');
  const { shares, split } = splitOf(s);
  const top = opts.max ?? fullReachTotal(s, shares);
  const raw = Array.from({ length: n }, (_, i) =>
    i === 0 ? 0 : n === 2 ? top : top * Math.pow(CURVE_SPAN, (i - (n - 1)) / (n - 2)),
  );
  const areas = raw.map((t) => AREAS.map((a) => Math.round(shares[a] * t)));
  const capAt = Object.fromEntries(AREAS.map((a) => [a, shares[a] > 0 ? fullReachBudget(s, a) / shares[a] : null]));
  return {
    budgets: areas.map((b) => b.reduce((x, y) => x + y, 0)),
    areas,
    shares,
    split,
    top,
    capAt: capAt as Record<AreaKey, number | null>,
  };
}

/** The scenario at level i of the curve: its budgets replaced by the level's. */
export function scenarioAtLevel(s: Scenario, lv: CurveLevels, i: number): Scenario {
  const out = { ...s };
  AREAS.forEach((a, k) => (out[a] = lv.areas[i][k]));
  return out;
}
