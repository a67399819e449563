import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { assumptionsOf } from '../../src/model/sensitivity';
import { chanceWith, runsReachingWith, threshold, topBudgetScenario } from '../../src/model/sensitivityRun';
import { ThresholdSearch } from '../../src/model/thresholdSearch';

const hedemora = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');
const custom = { ...hedemora, effects: 'custom' as const, dDetect: 0.6, dParent: 0.6, dFirstline: 0.6, dSchool: 0.6 };

describe('the threshold in pieces (the engine drives it so)', () => {
  it('runsReachingWith over any cut of the runs adds up to the chance of one run set, exactly', () => {
    for (const v of [0.05, 0.2, 0.6]) {
      const whole = chanceWith(custom, 'effect.school', v, 'th', 90);
      const cut = [
        [0, 7],
        [7, 40],
        [40, 41],
        [41, 90],
      ];
      const n = cut.reduce((t, [from, to]) => t + runsReachingWith(custom, 'effect.school', v, 'th', from, to), 0);
      expect(n / 90).toBe(whole);
      expect(whole).toBeGreaterThanOrEqual(0);
    }
  });

  it('ThresholdSearch driven by hand gives what threshold() gives', () => {
    const as = assumptionsOf(custom).find((a) => a.id === 'effect.school')!;
    const want = threshold(custom, as, 'th', 120, 'top', 0.15);
    const top = topBudgetScenario(custom);
    const q = new ThresholdSearch(as, 120, 'top', 0.15);
    q.total = top.detect + top.parent + top.firstline + top.school;
    for (let asks = q.asks(); asks.length > 0; asks = q.asks())
      q.tell(
        asks.map(
          (v) => (runsReachingWith(top, as.id, v, 'th', 0, 50) + runsReachingWith(top, as.id, v, 'th', 50, 120)) / 120,
        ),
      );
    expect(q.result()).toEqual(want);
    expect(want.evaluations).toBeGreaterThan(2);
  });
});
