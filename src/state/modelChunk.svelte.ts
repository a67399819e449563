/** The model's lazy chunk for the scenario state: run recommendation and full-reach budgets (runes), link requests. */
import type { AreaKey, Scenario } from '../model/types';
import { decodeLink } from './link';

/**
 * The model's run recommendation (model/runs.ts) needs the capacity pilot, model runtime with the random-number
 * code: it is loaded lazily, in its own chunk, so the entry chunk holds no model code. Until it has loaded
 * (a moment after the page starts), `recommender()` is null.
 */
let recommend = $state<((s: Scenario) => number) | null>(null);
/** The model's full-reach budget per area (slider ranges), from the same lazy chunk. */
let fullReach = $state<((s: Scenario, a: AreaKey) => number) | null>(null);
export const runsReady: Promise<void> = import('../model/runs').then((m) => {
  recommend = m.recommendedRuns;
  fullReach = m.fullReachBudget;
});

/** The run recommendation once loaded, else null (reactive). */
export const recommender = () => recommend;
/** The full-reach budget once loaded, else null (reactive). */
export const fullReacher = () => fullReach;

/** The request that answers a link query (decoded like any link), once the run recommendation has loaded. */
export async function requestOfQuery(query: string) {
  await runsReady;
  const { state } = decodeLink(query);
  return { scenario: state.scenario, seed: state.seed, runs: state.runs ?? recommend!(state.scenario) };
}
