import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type SensitivityProgress } from '../../src/engine';
import { defaultScenario } from '../../src/model/params';
import { MUNICIPALITY_PRESETS, PLAN_PRESETS } from '../../src/model/presets';
import { threshold, thresholdCandidates, tornado } from '../../src/model/sensitivityRun';
import { simulateRuns } from '../../src/model/simulate';
import type { Scenario } from '../../src/model/types';
import { varianceShares } from '../../src/model/varianceShares';
import { api } from '../../workers/simulation.worker';
import { FakeWorker, fakeFactory } from './fakeWorker';

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

  it('a worker that goes silent mid-tornado is replaced and the sensitivity starts afresh (same numbers)', async () => {
    // The first worker made answers nothing of the tornado (as a worker stalled on a loaded machine).
    const mute = new FakeWorker({ ...api, sensitivityPiece: () => new Promise<never>(() => {}) as never });
    const f = fakeFactory((n) => (n === 0 ? mute : undefined));
    const e = createEngine({ workers: 1, createWorker: f.create, taskTimeoutMs: 150, watchdogMinMs: 150 });
    engines.push(e);
    const seen: SensitivityProgress[] = [];
    const h = e.sensitivity({ scenario: base, seed: 'es', runs: 40, previewRuns: 20, thresholds: false }, (p) =>
      seen.push(p),
    );
    const last = await h.promise;
    expect(mute.terminated).toBe(true);
    expect(last!.final).toBe(true);
    expect(last!.tornado).toEqual(tornado(base, 'es', 40));
    expect(seen.filter((p) => p.final)).toHaveLength(1);
  }, 120_000);

  it('fails with worker-failed when every worker stays silent, after two fresh starts', async () => {
    let made = 0;
    const mute = () => {
      made++;
      return new FakeWorker({ ...api, sensitivityPiece: () => new Promise<never>(() => {}) as never });
    };
    const e = createEngine({ workers: 1, createWorker: mute, taskTimeoutMs: 60, watchdogMinMs: 60 });
    engines.push(e);
    const err = await e
      .sensitivity({ scenario: base, seed: 'es', runs: 40, previewRuns: 20, thresholds: false })
      .promise.catch((x: unknown) => x);
    expect((err as { code?: string }).code).toBe('worker-failed');
    expect(made).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
