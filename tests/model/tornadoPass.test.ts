import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { assumptionsOf } from '../../src/model/sensitivity';
import type { Assumption } from '../../src/model/sensitivity';
import { simulateRuns } from '../../src/model/simulate';
import type { SimOptions } from '../../src/model/simulate';
import { tornadoPass } from '../../src/model/tornadoPass';
import type { Scenario } from '../../src/model/types';

const hedemora = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');
const sweden = scenarioFromPresets(defaultScenario(), 'sweden', 'hedemora');
const SEED = 'pass';

/** The assumptions held by a pin (the scenario keys discount and turnover are not the pass's). */
const pinned = (s: Scenario) => assumptionsOf(s).filter((a) => a.id !== 'discount' && a.id !== 'turnover');
/** Those whose pin changes only the offsets at 16. */
const OFFSET_ONLY = /^(effect\.|adjustment|linkage|decay|dose)/;

function check(s: Scenario, runs: number, list: Assumption[], opts: SimOptions = {}, runStart = 0) {
  const ends = list.flatMap((a) => [a.low, a.high].map((v) => ({ pins: { [a.id]: v } })));
  const p = tornadoPass(s, SEED, runStart, runStart + runs, ends, opts);
  expect(p.central).toEqual(simulateRuns(s, SEED, runStart, runStart + runs, opts));
  ends.forEach((e, k) => {
    const want = simulateRuns(s, SEED, runStart, runStart + runs, { ...opts, pins: e.pins });
    expect(p.ends[k], JSON.stringify(e.pins)).toEqual(want);
  });
  return p;
}

describe('tornadoPass(scenario, seed, runStart, runEnd, ends)', () => {
  it('gives every end the batch of a separate simulation with its pin, to the last bit (Hedemora, exact counts)', () => {
    const p = check(hedemora, 25, pinned(hedemora), {}, 7);
    // rho moves every child's path: simulated in full; the costs and the lever follow only their areas' candidates
    expect(p.fullRuns).toBe(25 * 2);
  });

  it('takes the effects, the adjustment, the linkages, the decay and the dose from the central run alone', () => {
    for (const s of [
      hedemora,
      { ...hedemora, uncertainty: 0 },
      { ...hedemora, parent: 400_000, effects: 'studies' as const },
    ]) {
      const list = pinned(s).filter((a) => OFFSET_ONLY.test(a.id));
      expect(list.length).toBeGreaterThanOrEqual(7);
      expect(check(s, 20, list).fullRuns).toBe(0);
    }
  });

  it('takes the cost of an area without budget and the lever without an early-detection budget from the central run', () => {
    const s = { ...hedemora, detect: 0, parent: 0 };
    const list = pinned(s).filter((a) => ['cost.parent', 'cost.detect', 'leverMax', 'leverScale'].includes(a.id));
    expect(check(s, 15, list).fullRuns).toBe(0);
  });

  it('follows again only the candidates of the areas a cost or the lever changes (all four areas funded, turnover, no uncertainty)', () => {
    for (const s of [
      { ...hedemora, parent: 400_000, turnover: 0.1, rampup: 2 },
      { ...hedemora, uncertainty: 0, detect: 2_000_000 },
    ]) {
      const list = pinned(s).filter((a) => a.id.startsWith('cost.') || a.id.startsWith('lever'));
      expect(check(s, 15, list).fullRuns).toBe(0);
    }
  });

  it('is exact for a weighted sample too (Sweden, a small sample: every pinned end, the costs and the lever followed again)', () => {
    const p = check(sweden, 4, pinned(sweden), { sampleSize: 300 });
    expect(p.fullRuns).toBe(4 * 2); // rho only
    const q = check(
      { ...sweden, parent: 3e8, turnover: 0.1, uncertainty: 0 },
      3,
      pinned(sweden),
      { sampleSize: 200 },
      5,
    );
    expect(q.fullRuns).toBe(3 * 2);
  });
});
