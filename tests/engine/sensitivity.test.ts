import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type SensitivityProgress } from '../../src/engine';
import { defaultScenario } from '../../src/model/params';
import { MUNICIPALITY_PRESETS, PLAN_PRESETS } from '../../src/model/presets';
import { threshold, thresholdCandidates, tornado } from '../../src/model/sensitivityRun';
import { simulateRuns } from '../../src/model/simulate';
import type { Scenario } from '../../src/model/types';
import { varianceShares } from '../../src/model/varianceShares';
import { fakeFactory } from './fakeWorker';

const base: Scenario = { ...defaultScenario(), ...MUNICIPALITY_PRESETS.hedemora, ...PLAN_PRESETS.hedemora };
let engines: ReturnType<typeof createEngine>[] = [];
afterEach(() => {
  for (const e of engines) e.dispose();
  engines = [];
});

describe('engine.sensitivity', () => {
  it('gives a preview, then the settled tornado and thresholds equal to the model run in one thread', async () => {
    const e = createEngine({ workers: 2, createWorker: fakeFactory().create });
    engines.push(e);
    const seen: SensitivityProgress[] = [];
    const h = e.sensitivity({ scenario: base, seed: 'es', runs: 40, previewRuns: 20 }, (p) => seen.push(p));
    const last = await h.promise;
    expect(seen.map((p) => [p.preview, p.final])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(seen[0].tornado.runs).toBe(20);
    const want = tornado(base, 'es', 40);
    expect(last!.tornado).toEqual(want);
    expect(last!.shares).toEqual(varianceShares(base, 'es', simulateRuns(base, 'es', 0, 40)));
    const cands = thresholdCandidates(want, 2);
    expect(last!.thresholds).toEqual(
      cands.flatMap((r) => (['current', 'top'] as const).map((b) => threshold(base, r, 'es', 40, b))),
    );
  }, 120_000);

  it('cancel resolves with null and publishes nothing more', async () => {
    const e = createEngine({ workers: 1, createWorker: fakeFactory().create });
    engines.push(e);
    const seen: SensitivityProgress[] = [];
    const h = e.sensitivity({ scenario: base, seed: 'es', runs: 40, previewRuns: 20 }, (p) => seen.push(p));
    h.cancel();
    expect(await h.promise).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([]);
  });
});
