/**
 * The advice worker: the model's run recommendation and each area's full-reach budget for a scenario
 * (model/runs.ts), off the page's main thread and out of its first load (issue 22, point 6: no model code in the
 * first screen's JavaScript). A thread of its own, not the simulation pool: a question about a slider's new value
 * never waits behind a chunk of runs. The API type is derived from the object (state/modelChunk.svelte.ts).
 */
import { expose } from 'comlink';
import { fullReachBudget, recommendedRuns } from '../src/model/runs';
import { AREAS, type AreaKey, type Scenario } from '../src/model/types';

export const api = {
  advise(scenario: Scenario): { runs: number; fullReach: Record<AreaKey, number> } {
    const fullReach = Object.fromEntries(AREAS.map((a) => [a, fullReachBudget(scenario, a)])) as Record<
      AreaKey,
      number
    >;
    return { runs: recommendedRuns(scenario), fullReach };
  },
};
export type AdviceApi = typeof api;

// Guarded so the module also imports cleanly in Node tests.
declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined') expose(api);
