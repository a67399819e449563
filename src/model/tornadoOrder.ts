/**
 * The tornado's types and its order by swing (issue 23): no model code, so the page's first chunk can name the
 * assumption that matters most without loading the model (sensitivityRun.ts re-exports all of it).
 */
import type { Assumption } from './sensitivity';

/** The three outcomes of a run set: (a) expected children at risk in the target year, (b) the chance of reaching the target, (c) the municipality's npv. */
export interface Outcomes {
  atRisk: number;
  chance: number;
  npv: number;
  /** Monte Carlo standard errors of the three. */
  se: { atRisk: number; chance: number; npv: number };
}
export type OutcomeKey = 'atRisk' | 'chance' | 'npv';
export const OUTCOMES: readonly OutcomeKey[] = ['atRisk', 'chance', 'npv'];

export interface TornadoRow extends Assumption {
  atLow: Outcomes;
  atHigh: Outcomes;
}
export interface Tornado {
  seed: string;
  runs: number;
  central: Outcomes;
  /** In assumptionsOf order; `sortedBy` orders them by swing. */
  rows: TornadoRow[];
}

/** A row's swing in an outcome: the distance between its two ends. */
export function swing(row: TornadoRow, o: OutcomeKey): number {
  return Math.abs(row.atHigh[o] - row.atLow[o]);
}

/** The rows by swing in an outcome, largest first (ties: by the at-risk swing, then in the fixed order). */
export function sortedBy(rows: readonly TornadoRow[], o: OutcomeKey): TornadoRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => swing(y.r, o) - swing(x.r, o) || swing(y.r, 'atRisk') - swing(x.r, 'atRisk') || x.i - y.i)
    .map((x) => x.r);
}

/** The assumption that matters most: the largest swing in the chance of reaching the target, else in the at-risk count. */
export function mostDecisive(t: Tornado): TornadoRow | null {
  return sortedBy(t.rows, 'chance')[0] ?? null;
}

/** The assumptions the thresholds are sought for: the `n` largest swings in the chance (then in the at-risk count). */
export function thresholdCandidates(t: Tornado, n = 3): TornadoRow[] {
  return sortedBy(t.rows, 'chance')
    .filter((r) => swing(r, 'chance') > 0 || swing(r, 'atRisk') > 0)
    .slice(0, n);
}
