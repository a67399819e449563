import { describe, expect, it } from 'vitest';
import { api } from '../../workers/advice.worker';
import { fullReachBudget, recommendedRuns } from '../../src/model/runs';
import { resolveScenario } from '../../src/model/presets';
import { AREAS } from '../../src/model/types';

describe('the advice worker', () => {
  it("answers a scenario's recommended runs and every area's full-reach budget, as model/runs.ts does", () => {
    for (const s of [
      resolveScenario('hedemora', 'hedemora'),
      resolveScenario('stockholm', 'hedemora'),
      { ...resolveScenario('sweden', 'custom'), detect: 5e9, parent: 5e9 },
    ]) {
      const a = api.advise(s);
      expect(a.runs).toBe(recommendedRuns(s));
      for (const k of AREAS) expect(a.fullReach[k]).toBe(fullReachBudget(s, k));
    }
    // A large municipality with a large plan gets fewer runs than 1 000 (the answer is not a constant).
    expect(api.advise({ ...resolveScenario('sweden', 'custom'), detect: 5e9, parent: 5e9 }).runs).toBeLessThan(1000);
  });
});
