import { describe, expect, it } from 'vitest';
import { batchOutcomes } from '../../src/model/outcomes';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { outcomesOf } from '../../src/model/sensitivityRun';
import { simulateRuns, summarize } from '../../src/model/simulate';

describe('batchOutcomes(scenario, batch)', () => {
  it('equals outcomesOf(summarize(…)) to the last bit (exact and weighted populations, with and without uncertainty, a fund)', () => {
    const hed = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');
    const swe = scenarioFromPresets(defaultScenario(), 'sweden', 'hedemora');
    const cases = [
      { s: hed, runs: 120 },
      { s: { ...hed, uncertainty: 0 }, runs: 40 },
      { s: { ...hed, fund: 1, discount: 0.02 }, runs: 40 },
      { s: { ...hed, detect: 3e6, school: 0 }, runs: 1 },
      { s: swe, runs: 12, opts: { sampleSize: 300 } },
    ];
    for (const { s, runs, opts } of cases) {
      const b = simulateRuns(s, 'out', 0, runs, opts);
      expect(batchOutcomes(s, b)).toEqual(outcomesOf(summarize(s, 'out', b)));
    }
  });
});
