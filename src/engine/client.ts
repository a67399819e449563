/** Slice engine: one lazily started module worker behind comlink (replaced by the pool, issue 4). */
import { wrap, type Remote } from 'comlink';
import type { SimApi } from '../../workers/simulation.worker';
import type { Scenario, SimResult } from '../model/types';

let remote: Remote<SimApi> | null = null;

function worker(): Remote<SimApi> {
  if (!remote) {
    const w = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
    remote = wrap<SimApi>(w);
  }
  return remote;
}

let latest = 0;

/** Runs the scenario; resolves null when a newer request superseded this one. */
export async function run(scenario: Scenario, opts: { runs: number; seed: string }): Promise<SimResult | null> {
  const id = ++latest;
  const result = await worker().simulate(scenario, opts);
  return id === latest ? result : null;
}
