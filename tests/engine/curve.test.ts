import { afterEach, describe, expect, it } from 'vitest';
import { proxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { MessageChannel } from 'node:worker_threads';
import { expose } from 'comlink';
import { Timing } from '../../src/engine/timing';
import { createEngine, EngineError, type CurveProgress } from '../../src/engine';
import {
  CURVE_DONE_SIZE,
  CURVE_FIRST_RUNS,
  CURVE_KEEP_MAX,
  CurveDone,
  CurveKept,
  PROGRESS_MS,
  requestCurve,
} from '../../src/engine/curve';
import { splitEnvelope } from '../../src/state/scenarioEdit';
import { api, type SimApi } from '../../workers/simulation.worker';
import { bestSplit } from '../../src/model/bestSplit';
import type { BestSplitProgress } from '../../src/model/bestSplit';
import { curveLevels, simulateCurve } from '../../src/model/curve';
import { defaultScenario } from '../../src/model/params';
import { MUNICIPALITY_PRESETS, PLAN_PRESETS } from '../../src/model/presets';
import type { Scenario } from '../../src/model/types';
import { FakeWorker, fakeFactory } from './fakeWorker';

const base: Scenario = { ...defaultScenario(), ...MUNICIPALITY_PRESETS.hedemora, ...PLAN_PRESETS.hedemora };
let engines: ReturnType<typeof createEngine>[] = [];
const engine = (opts: Parameters<typeof createEngine>[0]) => {
  const e = createEngine(opts);
  engines.push(e);
  return e;
};
afterEach(() => {
  for (const e of engines) e.dispose();
  engines = [];
});

describe('the worker API for the curve', () => {
  it('curveRun chunks and curveSummary give the curve of one call; kept, the batches come back', () => {
    const { recommendedRuns, ...lv } = api.curveLevels(base, { levels: 5 });
    expect(lv).toEqual(curveLevels(base, { levels: 5 }));
    expect(recommendedRuns).toBe(1000);
    const chunks = () => [api.curveRun(base, 's', lv, 7, 12).batch, api.curveRun(base, 's', lv, 0, 7).batch];
    const whole = simulateCurve(base, { runs: 12, seed: 's', levels: 5 });
    const a = api.curveSummary(base, 's', lv, chunks(), false);
    expect(a.curve).toEqual(whole);
    expect(a.batches).toBeUndefined();
    const b = api.curveSummary(base, 's', lv, chunks(), true);
    expect(b.curve).toEqual(whole);
    expect(b.batches).toEqual(chunks());
  });

  it('bestSplit reports progress through a comlink proxy and gives the model answer', async () => {
    const { port1, port2 } = new MessageChannel();
    expose(api, nodeEndpoint(port2));
    const remote = wrap<SimApi>(nodeEndpoint(port1));
    const seen: BestSplitProgress[] = [];
    const opts = { runs: 10, seed: 'b', maxEvaluations: 9 };
    const got = await remote.bestSplit(
      base,
      opts,
      proxy((p: BestSplitProgress) => void seen.push(p)),
    );
    expect(got).toEqual(bestSplit(base, opts));
    expect(seen.map((p) => p.evaluations)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    port1.close();
    port2.close();
  });
});

describe('engine.curve', () => {
  it('chunks the runs across 1, 2 and 3 workers and gives exactly the curve of one call, with progress', async () => {
    const expected = simulateCurve(base, { runs: 45, seed: 'e', levels: 6 });
    for (const workers of [1, 2, 3]) {
      const e = engine({ workers, createWorker: fakeFactory().create });
      const progress: CurveProgress[] = [];
      const curve = await e.curve({ scenario: base, seed: 'e', runs: 45, levels: 6 }, (p) => progress.push(p)).promise;
      expect(curve).toEqual(expected);
      expect(progress.at(-1)).toEqual({ runsDone: 45, runsTotal: 45 });
      const done = progress.map((p) => p.runsDone);
      expect(done).toEqual([...done].sort((a, b) => a - b));
    }
  });

  it('with small chunks too, and cancel resolves with null and stops the work', async () => {
    const e = engine({ workers: 2, createWorker: fakeFactory().create });
    const whole = await requestCurve(e.pool, { scenario: base, seed: 'c', runs: 30, levels: 4 }, undefined, {
      pieceMs: 12,
      timing: new Timing(),
      chunkRuns: 4,
    }).promise;
    expect(whole).toEqual(simulateCurve(base, { runs: 30, seed: 'c', levels: 4 }));
    // cancel at the first progress report: the chunks not yet started are dropped, and nothing is reported after it
    let runCalls = 0;
    const spy: SimApi = {
      ...api,
      curveRun: (...a: Parameters<SimApi['curveRun']>) => (runCalls++, api.curveRun(...a)),
    };
    const e2 = engine({ workers: 2, createWorker: () => new FakeWorker(spy) });
    let reports = 0;
    const h = requestCurve(
      e2.pool,
      { scenario: base, seed: 'c', runs: 2000, levels: 4 },
      () => {
        reports++;
        h.cancel();
      },
      { pieceMs: 12, timing: new Timing(), chunkRuns: 4 },
    );
    expect(await h.promise).toBeNull();
    const atCancel = runCalls;
    await new Promise((r) => setTimeout(r, 3 * PROGRESS_MS));
    expect(reports).toBe(1);
    expect(runCalls).toBeLessThanOrEqual(atCancel + 2); // at most the pieces already in the workers
    expect(runCalls).toBeLessThan(2000 / 4 / 2);
  });

  it('reports progress at most every PROGRESS_MS, the last count at once', async () => {
    const e = engine({ workers: 1, createWorker: fakeFactory().create });
    const seen: { done: number; at: number }[] = [];
    const t0 = performance.now();
    const curve = await requestCurve(
      e.pool,
      { scenario: base, seed: 'g', runs: 40, levels: 4 },
      (p) => seen.push({ done: p.runsDone, at: performance.now() }),
      { pieceMs: 12, timing: new Timing(), chunkRuns: 2 },
    ).promise;
    const elapsed = performance.now() - t0;
    expect(curve).toEqual(simulateCurve(base, { runs: 40, seed: 'g', levels: 4 }));
    expect(seen.at(-1)?.done).toBe(40);
    // 20 chunks, but a report at most every PROGRESS_MS (timers may fire a little early: 10 ms of slack)
    expect(seen.length).toBeLessThanOrEqual(Math.floor(elapsed / PROGRESS_MS) + 2);
    for (let i = 1; i < seen.length - 1; i++) expect(seen[i].at - seen[i - 1].at).toBeGreaterThan(PROGRESS_MS - 10);
  });

  it('a full curve (more runs than a preview) is cut into chunks of fullPieceMs of work, a preview into pieceMs', async () => {
    const calls: string[] = [];
    const spy: SimApi = {
      ...api,
      curveRun: (...a: Parameters<SimApi['curveRun']>) => (calls.push(`${a[3]}-${a[4]}`), api.curveRun(...a)),
    };
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(spy) });
    const cutOf = () => {
      const timing = new Timing();
      timing.add({ scenario: base, seed: 'f', runs: 1 }, 1, 1); // 1 ms a run
      return { pieceMs: 12, fullPieceMs: 30, timing };
    };
    await requestCurve(e.pool, { scenario: base, seed: 'f', runs: CURVE_KEEP_MAX, levels: 3 }, undefined, cutOf())
      .promise;
    expect(calls[0]).toBe('0-12');
    calls.length = 0;
    await requestCurve(e.pool, { scenario: base, seed: 'f', runs: CURVE_KEEP_MAX + 10, levels: 3 }, undefined, cutOf())
      .promise;
    expect(calls[0]).toBe('0-30');
  });

  it('cuts the curve into chunks of about pieceMs of work, from the costs learned', async () => {
    const calls: string[] = [];
    const spy: SimApi = {
      ...api,
      curveRun: (...a: Parameters<SimApi['curveRun']>) => (calls.push(`run ${a[3]}-${a[4]}`), api.curveRun(...a)),
      curveSummary: (...a: Parameters<SimApi['curveSummary']>) => (calls.push('summary'), api.curveSummary(...a)),
    };
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(spy) });
    const req = { scenario: base, seed: 'p', runs: 40, levels: 7 };
    // Nothing learned yet: a probe of CURVE_FIRST_RUNS runs, then chunks from the runs' own cost; then the summary.
    const timing = new Timing();
    const first = await requestCurve(e.pool, req, undefined, { pieceMs: 12, timing }).promise;
    expect(first).toEqual(simulateCurve(base, { runs: 40, seed: 'p', levels: 7 }));
    expect(calls[0]).toBe(`run 0-${CURVE_FIRST_RUNS}`);
    const spans = calls.filter((c) => c.startsWith('run')).map((c) => c.split(' ')[1].split('-').map(Number));
    expect(spans.every(([a], i) => a === (i === 0 ? 0 : spans[i - 1][1])) && spans.at(-1)![1] === 40).toBe(true);
    expect(calls.at(-1)).toBe('summary');
    expect(calls.filter((c) => c === 'summary')).toHaveLength(1);
    // Cost known: 6 ms a run gives chunks of 2 runs.
    calls.length = 0;
    const known = new Timing();
    known.add({ scenario: base, seed: 'p', runs: 1 }, 1, 6);
    const again = await requestCurve(e.pool, req, undefined, { pieceMs: 12, timing: known }).promise;
    expect(again).toEqual(first);
    expect(calls[0]).toBe('run 0-2');
  });

  it('a curve after its preview (same scenario, seed and levels, more runs) computes only the runs after it', async () => {
    const starts: number[] = [];
    const spy: SimApi = {
      ...api,
      curveRun: (...a: Parameters<SimApi['curveRun']>) => (starts.push(a[3]), api.curveRun(...a)),
    };
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(spy) });
    const cut = () => ({ pieceMs: 12, timing: new Timing(), kept, chunkRuns: 6 });
    const kept = new CurveKept();
    const ask = (runs: number, seed = 'k') =>
      requestCurve(e.pool, { scenario: base, seed, runs, levels: 5 }, undefined, cut()).promise;
    expect(await ask(12)).toEqual(simulateCurve(base, { runs: 12, seed: 'k', levels: 5 }));
    expect(starts).toEqual([0, 6]);
    starts.length = 0;
    expect(await ask(30)).toEqual(simulateCurve(base, { runs: 30, seed: 'k', levels: 5 }));
    expect(starts).toEqual([12, 18, 24]);
    // all runs kept: only the summary; another seed starts from zero
    starts.length = 0;
    expect(await ask(30)).toEqual(simulateCurve(base, { runs: 30, seed: 'k', levels: 5 }));
    expect(starts).toEqual([]);
    expect(await ask(12, 'other')).toEqual(simulateCurve(base, { runs: 12, seed: 'other', levels: 5 }));
    expect(starts).toEqual([0, 6]);
  });

  it('previews kept, full curves recycled in the worker: every curve of a sequence equals one call', async () => {
    const e = engine({ workers: 1, createWorker: fakeFactory().create });
    const kept = new CurveKept();
    const ask = (runs: number, seed: string) =>
      requestCurve(e.pool, { scenario: base, seed, runs, levels: 5 }, undefined, {
        pieceMs: 12,
        timing: new Timing(),
        kept,
        chunkRuns: 7,
      }).promise;
    // a preview (kept), its full curve (the kept runs go to the worker and its buffers are recycled there), then
    // curves whose chunks take the recycled buffers
    for (const [runs, seed] of [
      [20, 'k'],
      [60, 'k'],
      [60, 'other'],
      [20, 'k'],
      [70, 'k'],
    ] as const)
      expect(await ask(runs, seed)).toEqual(simulateCurve(base, { runs, seed, levels: 5 }));
  });

  it('answers a curve whose scenario only moved its total (the split kept) from the finished ones, without a run', async () => {
    let runCalls = 0;
    const spy: SimApi = {
      ...api,
      curveRun: (...a: Parameters<SimApi['curveRun']>) => (runCalls++, api.curveRun(...a)),
    };
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(spy) });
    const finished = new CurveDone();
    const ask = (scenario: Scenario, runs = 12) =>
      requestCurve(e.pool, { scenario, seed: 'd', runs, levels: 5 }, undefined, {
        pieceMs: 12,
        timing: new Timing(),
        finished,
        chunkRuns: 6,
      }).promise;
    const first = await ask(base);
    expect(runCalls).toBe(2);
    // the total moved with the split kept: whole kronor, not exact thirds
    const moved = { ...base, ...splitEnvelope(2_345_678, base) };
    expect(moved.detect).not.toBe(moved.school);
    const again = await ask(moved);
    expect(runCalls).toBe(2);
    expect(again).toEqual(first);
    expect(again).toEqual(simulateCurve(moved, { runs: 12, seed: 'd', levels: 5 })); // what a run would give
    // more runs, another split or another assumption: computed
    await ask(moved, 18);
    expect(runCalls).toBe(5);
    await ask({ ...moved, school: moved.school + 100_000 });
    expect(runCalls).toBe(7);
    await ask({ ...moved, rho: base.rho + 0.05 });
    expect(runCalls).toBe(9);
    // the oldest are let go: CURVE_DONE_SIZE curves are kept
    for (let k = 1; k <= CURVE_DONE_SIZE; k++) await ask({ ...base, births: 150 + k });
    runCalls = 0;
    await ask(base);
    expect(runCalls).toBe(2);
  });

  it('runs the curves on workers of their own: a result never waits behind a curve piece', async () => {
    const made: { calls: string[] }[] = [];
    const create = () => {
      const calls: string[] = [];
      made.push({ calls });
      const spy: SimApi = {
        ...api,
        run: (...a: Parameters<SimApi['run']>) => (calls.push('run'), api.run(...a)),
        runAndSummarize: (...a: Parameters<SimApi['runAndSummarize']>) => (
          calls.push('run'),
          api.runAndSummarize(...a)
        ),
        curveRun: (...a: Parameters<SimApi['curveRun']>) => (calls.push('curve'), api.curveRun(...a)),
      };
      return new FakeWorker(spy);
    };
    const e = engine({ workers: 1, createWorker: create });
    const curve = e.curve({ scenario: base, seed: 'w', runs: 20, levels: 3 });
    const result = e.channel('main').request({ scenario: base, seed: 'w', runs: 20 }, () => {});
    expect(await result).toBe('done');
    expect(await curve.promise).toEqual(simulateCurve(base, { runs: 20, seed: 'w', levels: 3 }));
    expect(made).toHaveLength(2); // one worker for the results, one for the curves
    for (const { calls } of made) expect(new Set(calls).size).toBe(1); // each worker did one kind of work only
    expect(made.flatMap((m) => m.calls)).toEqual(expect.arrayContaining(['run', 'curve']));
  });

  it('takes the recommended runs at the top of the curve when no run count is given', async () => {
    const e = engine({ workers: 2, createWorker: fakeFactory().create });
    const s = { ...base, births: 40 };
    const curve = await e.curve({ scenario: s, seed: 'r', levels: 3 }).promise;
    expect(curve?.runs).toBe(1000);
    expect(curve).toEqual(simulateCurve(s, { runs: 1000, seed: 'r', levels: 3 }));
  });

  it('rejects a bad run count with an EngineError', async () => {
    const e = engine({ workers: 1, createWorker: fakeFactory().create });
    await expect(e.curve({ scenario: base, seed: 'x', runs: 0 }).promise).rejects.toBeInstanceOf(EngineError);
  });
});

describe('engine.bestSplit', () => {
  it('gives the model answer from a worker, with progress after every split tried; cancel gives null', async () => {
    const e = engine({ workers: 2, createWorker: fakeFactory().create });
    const seen: BestSplitProgress[] = [];
    const got = await e.bestSplit({ scenario: base, seed: 'q', runs: 10 }, (p) => seen.push(p)).promise;
    const expected = bestSplit(base, { runs: 10, seed: 'q' });
    expect(got).toEqual(expected);
    expect(seen.map((p) => p.evaluations)).toEqual(Array.from({ length: expected.evaluations }, (_, i) => i + 1));
    const h = e.bestSplit({ scenario: base, seed: 'q', runs: 10 });
    h.cancel();
    expect(await h.promise).toBeNull();
  });
});
