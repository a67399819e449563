/**
 * The best split of the current total across the four areas: the split that helps the most children in the target
 * year (the mean of SimResult.effect.helped at the target year; ties: the higher chance of reaching the target, then
 * the split found first). Every split is simulated with the same seed and runs (common random numbers: differences
 * between splits are not blurred by different draws). The search (MODEL.md "The best split"):
 *   1. candidates: the current split, each single-area split (all money to one area) and the even split;
 *   2. from the best of them, a coordinate search on the simplex: move a step (first a quarter of the total) from one
 *      area to another, take the best of the twelve moves while it helps more; then halve the step, down to 1/32.
 * So the result is never worse than the current split or any single-area split on that seed and run count.
 */
import { curvePoint } from './curve';
import { simulateRuns } from './simulate';
import type { SimOptions } from './simulate';
import { largestRemainder } from './stats';
import { AREAS } from './types';
import type { AreaKey, Scenario } from './types';

export interface SplitResult {
  /** each area's share of the total */
  shares: Record<AreaKey, number>;
  /** each area's budget, SEK a year (whole kronor summing to the total) */
  budgets: Record<AreaKey, number>;
  /** mean children helped in the target year (the objective) */
  helped: number;
  /** mean at risk in the target year, and the chance of reaching the target */
  expected: number;
  probability: number;
}

export interface BestSplit {
  objective: 'helped-target-year';
  total: number;
  runs: number;
  seed: string;
  best: SplitResult;
  current: SplitResult;
  singles: Record<AreaKey, SplitResult>;
  /** best minus current */
  difference: { helped: number; expected: number; probability: number };
  /** splits simulated */
  evaluations: number;
}

export interface BestSplitProgress {
  evaluations: number;
  /** an upper bound on the evaluations still to come is not known in advance; this is the search's limit */
  maxEvaluations: number;
  best: SplitResult;
}

export interface BestSplitOptions extends SimOptions {
  runs: number;
  seed: string;
  /** smallest step of the search, as a share of the total (default 1/32) */
  minStep?: number;
  /** the search stops after this many splits (default 200) */
  maxEvaluations?: number;
  onProgress?: (p: BestSplitProgress) => void;
}

/** The scenario with `shares` of its total (whole kronor, largest remainders). */
export function withSplit(s: Scenario, shares: readonly number[]): Scenario {
  const total = Math.round(AREAS.reduce((t, a) => t + s[a], 0));
  const b = largestRemainder(
    shares.map((x) => x * total),
    total,
  );
  const out = { ...s };
  AREAS.forEach((a, k) => (out[a] = b[k]));
  return out;
}

const byArea = (v: readonly number[]) => Object.fromEntries(AREAS.map((a, k) => [a, v[k]])) as Record<AreaKey, number>;

export function bestSplit(s: Scenario, opts: BestSplitOptions): BestSplit {
  const total = Math.round(AREAS.reduce((t, a) => t + s[a], 0));
  const maxEval = opts.maxEvaluations ?? 200;
  const minStep = opts.minStep ?? 1 / 32;
  const cache = new Map<string, SplitResult>();
  let best: SplitResult | null = null;
  const evaluate = (shares: number[]): SplitResult => {
    const sc = withSplit(s, shares);
    const key = AREAS.map((a) => sc[a]).join(',');
    const hit = cache.get(key);
    if (hit) return hit;
    const p = curvePoint(sc, simulateRuns(sc, opts.seed, 0, opts.runs, opts));
    const r: SplitResult = {
      shares: byArea(shares),
      budgets: byArea(AREAS.map((a) => sc[a])),
      helped: p.helped,
      expected: p.expected,
      probability: p.probability,
    };
    cache.set(key, r);
    if (best === null || better(r, best)) best = r;
    opts.onProgress?.({ evaluations: cache.size, maxEvaluations: maxEval, best });
    return r;
  };
  const currentShares = AREAS.map((a) => (total > 0 ? s[a] / total : 0));
  const current = evaluate(currentShares);
  const singles = byAreaResult(AREAS.map((_, k) => evaluate(AREAS.map((_, j) => (j === k ? 1 : 0)))));
  evaluate(AREAS.map(() => 1 / AREAS.length));
  if (total > 0) {
    let here: SplitResult = best!;
    let at = AREAS.map((a) => here.shares[a]);
    for (let step = 0.25; step >= minStep - 1e-12 && cache.size < maxEval; step /= 2) {
      for (;;) {
        let move: SplitResult | null = null;
        let moveShares: number[] = at;
        for (let from = 0; from < 4; from++)
          for (let to = 0; to < 4; to++) {
            if (from === to || at[from] <= 1e-12 || cache.size >= maxEval) continue;
            const d = Math.min(step, at[from]);
            const next = at.map((v, k) => (k === from ? v - d : k === to ? v + d : v));
            const r = evaluate(next);
            if (better(r, move ?? here)) {
              move = r;
              moveShares = next;
            }
          }
        if (move === null) break;
        here = move;
        at = moveShares;
      }
    }
  }
  const b = best!;
  return {
    objective: 'helped-target-year',
    total,
    runs: opts.runs,
    seed: opts.seed,
    best: b,
    current,
    singles,
    difference: {
      helped: b.helped - current.helped,
      expected: b.expected - current.expected,
      probability: b.probability - current.probability,
    },
    evaluations: cache.size,
  };
}

/** Strictly better: more helped, or as many and a higher chance. */
function better(a: SplitResult, b: SplitResult): boolean {
  return a.helped > b.helped || (a.helped === b.helped && a.probability > b.probability);
}

function byAreaResult(v: SplitResult[]): Record<AreaKey, SplitResult> {
  return Object.fromEntries(AREAS.map((a, k) => [a, v[k]])) as Record<AreaKey, SplitResult>;
}
