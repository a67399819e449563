import { describe, expect, it } from 'vitest';
import { adviceOf, ask, requestOfQuery, runsReady } from '../../src/state/modelChunk.svelte';
import { fullReachBudget, recommendedRuns } from '../../src/model/runs';
import { resolveScenario } from '../../src/model/presets';

describe('the advice for the scenario state (Node: model/runs.ts on this thread)', () => {
  it('answers at once once loaded, the same as model/runs.ts, and a link query gets its runs', async () => {
    await runsReady;
    const big = { ...resolveScenario('sweden', 'custom'), detect: 5e9, parent: 5e9 };
    const a = adviceOf(big)!;
    expect(a.runs).toBe(recommendedRuns(big));
    expect(a.fullReach.detect).toBe(fullReachBudget(big, 'detect'));
    expect(await ask(big)).toEqual(a);
    const req = await requestOfQuery('m=sweden&p=custom&detect=5000000000&parent=5000000000');
    expect(req.runs).toBe(recommendedRuns(req.scenario));
    expect(req.runs).toBeLessThan(1000);
    expect((await requestOfQuery('p=nacka&runs=250')).runs).toBe(250);
  });
});
