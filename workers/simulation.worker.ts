/**
 * The simulation worker: exposes the pure model through comlink.
 * The API type is derived from the object, so the two sides cannot drift.
 */
import { expose } from 'comlink';
import { simulate } from '../src/model/simulate';
import type { Scenario, SimResult } from '../src/model/types';

export const api = {
  simulate(scenario: Scenario, opts: { runs: number; seed: string }): SimResult {
    return simulate(scenario, opts);
  },
};

export type SimApi = typeof api;

// Guarded so the module also imports cleanly in Node tests.
declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined') expose(api);
