import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createEngine,
  defaultWorkerCount,
  EngineError,
  type Engine,
  type Progress,
  type RunRequest,
} from '../../src/engine';
import { PREVIEW_FIRST } from '../../src/engine/timing';
import { api, type SimApi } from '../../workers/simulation.worker';
import { simulate } from '../../src/model/simulate';
import { defaultScenario } from '../../src/model/params';
import { MUNICIPALITY_PRESETS, PLAN_PRESETS } from '../../src/model/presets';
import type { Scenario } from '../../src/model/types';
import { FakeWorker, fakeFactory } from './fakeWorker';

const base: Scenario = { ...defaultScenario(), ...MUNICIPALITY_PRESETS.hedemora, ...PLAN_PRESETS.hedemora };
const withBudget = (budget: number): Scenario => ({
  ...base,
  detect: budget / 3,
  firstline: budget / 3,
  school: budget / 3,
});

let engines: Engine[] = [];
function engine(opts: Parameters<typeof createEngine>[0]) {
  const e = createEngine(opts);
  engines.push(e);
  return e;
}
afterEach(() => {
  for (const e of engines) e.dispose();
  engines = [];
});

async function collect(e: Engine, req: RunRequest, channel = 'main') {
  const updates: Progress[] = [];
  const outcome = await e.channel(channel).request(req, (p) => updates.push(p));
  return { outcome, updates };
}

describe('the engine', () => {
  it('takes one worker per spare core, 1 to 8', () => {
    const cases: [number, number][] = [
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 3],
      [9, 8],
      [64, 8],
    ];
    try {
      for (const [cores, workers] of cases) {
        vi.stubGlobal('navigator', { hardwareConcurrency: cores });
        expect(defaultWorkerCount()).toBe(workers);
        expect(createEngine({ createWorker: fakeFactory().create }).pool.size).toBe(workers);
      }
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('starts no worker before the first request', () => {
    const f = fakeFactory();
    engine({ workers: 2, createWorker: f.create });
    expect(f.made).toHaveLength(0);
  });

  it('publishes a preview, then merged partial results, then the final result, each exact for its runs', async () => {
    const f = fakeFactory();
    const e = engine({ workers: 2, createWorker: f.create, previewRuns: 10, chunkRuns: 9, partialIntervalMs: 0 });
    const req = { scenario: withBudget(2_000_000), seed: 's', runs: 60 };
    const { outcome, updates } = await collect(e, req);
    expect(outcome).toBe('done');
    expect(updates[0]).toMatchObject({ preview: true, final: false, runsDone: 10, runsTotal: 60 });
    expect(updates.at(-1)).toMatchObject({ preview: false, final: true, runsDone: 60 });
    expect(updates.length).toBeGreaterThan(2);
    const done = updates.map((u) => u.runsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    for (const u of updates) {
      expect(u.request).toBe(req);
      expect(u.result.runs).toBe(u.runsDone);
      expect(u.result).toEqual(simulate(req.scenario, { runs: u.runsDone, seed: 's' }));
    }
    expect(f.made.length).toBeLessThanOrEqual(2);
  });

  it('gives identical summaries with 1, 2 and 4 workers and any chunk size', async () => {
    const scenario = withBudget(3_000_000);
    const expected = simulate(scenario, { runs: 90, seed: 'det' });
    const setups = [
      { workers: 1 },
      { workers: 2, chunkRuns: 1 },
      { workers: 2, chunkRuns: 7, previewRuns: 5 },
      { workers: 4, chunkRuns: 13, previewRuns: 30 },
      { workers: 4 },
      { workers: 1, pipeline: 1, chunkRuns: 11 },
      { workers: 3, pipeline: 3, chunkRuns: 4 },
    ];
    for (const s of setups) {
      const e = engine({ ...s, createWorker: fakeFactory().create });
      const { updates } = await collect(e, { scenario, seed: 'det', runs: 90 });
      const last = updates.at(-1)!;
      expect(last.final).toBe(true);
      expect(last.result).toEqual(expected);
    }
  });

  it('answers a request no bigger than the preview with one final preview', async () => {
    const e = engine({ workers: 2, createWorker: fakeFactory().create, previewRuns: 50 });
    const { outcome, updates } = await collect(e, { scenario: base, seed: 'x', runs: 20 });
    expect(outcome).toBe('done');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ preview: true, final: true, runsDone: 20 });
  });

  it('publishes a burst of 50 scenario changes only in order, ending with the last', async () => {
    const e = engine({ workers: 2, createWorker: fakeFactory().create, previewRuns: 8, chunkRuns: 8 });
    const ch = e.channel('main');
    const published: number[] = [];
    // What each callback saw, asserted after the requests settle: an assertion thrown inside onUpdate is
    // caught and logged by the engine (src/engine/run.ts), so it could never fail the test there.
    const seen: [Progress['result']['scenario'], ReturnType<typeof withBudget>][] = [];
    const outcomes: Promise<string>[] = [];
    for (let i = 0; i < 50; i++) {
      const scenario = withBudget(100_000 * (i + 1));
      outcomes.push(
        ch.request({ scenario, seed: 'b', runs: 40 }, (p) => {
          seen.push([p.result.scenario, scenario]);
          published.push(i);
        }),
      );
      // Let some answers arrive between changes, as while a slider is dragged.
      if (i % 5 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    const results = await Promise.all(outcomes);
    expect(results.at(-1)).toBe('done');
    // Requests that finished before the next change are 'done'; the others were superseded.
    expect(results.every((o) => o === 'done' || o === 'superseded')).toBe(true);
    expect(results.filter((o) => o === 'superseded').length).toBeGreaterThan(25);
    expect(published).toEqual([...published].sort((a, b) => a - b));
    expect(published.at(-1)).toBe(49);
    expect(seen.length).toBe(published.length);
    for (const [got, asked] of seen) expect(got).toEqual(asked);
  });

  it('publishes nothing of a request after it was cancelled', async () => {
    const e = engine({ workers: 1, createWorker: fakeFactory().create, previewRuns: 5, chunkRuns: 5 });
    const ch = e.channel('main');
    const updates: Progress[] = [];
    const p = ch.request({ scenario: base, seed: 'c', runs: 50 }, (u) => updates.push(u));
    ch.cancel();
    expect(await p).toBe('superseded');
    await new Promise((r) => setTimeout(r, 50));
    expect(updates).toEqual([]);
  });

  it('answers a request asked again from its cache, after request() returns, without the workers', async () => {
    let calls = 0;
    const counting = (): SimApi => ({
      ...api,
      run: (...a) => (calls++, api.run(...a)),
      runAndSummarize: (...a) => (calls++, api.runAndSummarize(...a)),
    });
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(counting()) });
    const req = { scenario: withBudget(800_000), seed: 'k', runs: 40 };
    const first = await collect(e, req);
    const before = calls;
    expect(before).toBeGreaterThan(0);
    const again = { ...req, scenario: { ...req.scenario } };
    const updates: Progress[] = [];
    const p = e.channel('other').request(again, (u) => updates.push(u));
    expect(updates).toEqual([]);
    expect(await p).toBe('done');
    expect(calls).toBe(before);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ final: true, preview: false, runsDone: 40 });
    expect(updates[0].request).toBe(again);
    expect(updates[0].result).toEqual(first.updates.at(-1)!.result);
  });

  it('lets an identical request take over the run in flight instead of starting again', async () => {
    let previews = 0;
    const counting = (): SimApi => ({ ...api, runAndSummarize: (...a) => (previews++, api.runAndSummarize(...a)) });
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(counting()), previewRuns: 5, chunkRuns: 5 });
    const ch = e.channel('main');
    const req1 = { scenario: withBudget(500_000), seed: 'a', runs: 40 };
    const req2 = { ...req1, scenario: { ...req1.scenario } };
    const u1: Progress[] = [];
    const u2: Progress[] = [];
    const p1 = ch.request(req1, (u) => {
      u1.push(u);
      // As soon as the preview shows, the same scenario is asked again.
      if (u1.length === 1) p2 = ch.request(req2, (v) => u2.push(v));
    });
    let p2: Promise<string> | undefined;
    expect(await p1).toBe('superseded');
    expect(await p2).toBe('done');
    expect(u1).toHaveLength(1);
    expect(u2[0]).toMatchObject({ preview: true, runsDone: 5 });
    expect(u2.at(-1)).toMatchObject({ final: true, runsDone: 40 });
    expect(u2.every((u) => u.request === req2)).toBe(true);
    expect(u2.at(-1)!.result).toEqual(simulate(req1.scenario, { runs: 40, seed: 'a' }));
    expect(previews).toBe(1);
  });

  it('sizes the next preview by the previews’ own cost (runs and summary), not by the cheaper chunks', async () => {
    // A worker reporting the preview at 1 ms a run and chunks at 0.5 ms a run.
    const timed = (): SimApi => ({
      ...api,
      runAndSummarize: (s, seed, from, to, keep) => ({
        ...api.runAndSummarize(s, seed, from, to, keep),
        ms: to - from,
      }),
      run: (s, seed, from, to) => ({ ...api.run(s, seed, from, to), ms: (to - from) / 2 }),
    });
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(timed()), partialIntervalMs: 0 });
    const first = await collect(e, { scenario: withBudget(500_000), seed: 'p', runs: 100 });
    expect(first.updates[0]).toMatchObject({ preview: true, runsDone: PREVIEW_FIRST }); // nothing timed yet
    const second = await collect(e, { scenario: withBudget(600_000), seed: 'p', runs: 100 });
    // 8 ms of preview at 1 ms a run; sized by the chunks' 0.5 ms a run it would be 16 runs
    expect(second.updates[0]).toMatchObject({ preview: true, runsDone: 8 });
    expect(second.updates.at(-1)).toMatchObject({ final: true, runsDone: 100 });
  });

  it('keeps channels independent', async () => {
    const e = engine({ workers: 2, createWorker: fakeFactory().create });
    const [a, b] = await Promise.all([
      collect(e, { scenario: withBudget(1e6), seed: 'a', runs: 40 }, 'main'),
      collect(e, { scenario: withBudget(0), seed: 'a', runs: 40 }, 'reference'),
    ]);
    expect(a.outcome).toBe('done');
    expect(b.outcome).toBe('done');
    expect(a.updates.at(-1)!.result.scenario.detect).toBeCloseTo(1e6 / 3);
    expect(b.updates.at(-1)!.result.scenario.detect).toBe(0);
  });

  it('rejects an invalid request with a translatable code', async () => {
    const e = engine({ workers: 1, createWorker: fakeFactory().create });
    for (const runs of [0, -1, 1.5, NaN, 1e9]) {
      const err = await e
        .channel('main')
        .request({ scenario: base, seed: 'x', runs }, () => {})
        .catch((x: unknown) => x);
      expect(err).toBeInstanceOf(EngineError);
      expect((err as EngineError).code).toBe('invalid-request');
    }
  });
});

describe('engine faults', () => {
  const failing = (): SimApi => ({
    ...api,
    run: () => {
      throw new Error('boom');
    },
    runAndSummarize: () => {
      throw new Error('boom');
    },
  });

  it('passes a worker that throws to the caller as worker-failed, replaces it and serves the next request', async () => {
    const f = fakeFactory((n) => (n === 0 ? new FakeWorker(failing()) : undefined));
    const e = engine({ workers: 1, createWorker: f.create });
    const req = { scenario: base, seed: 't', runs: 30 };
    const err = await e
      .channel('main')
      .request(req, () => {})
      .catch((x: unknown) => x);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe('worker-failed');
    expect((err as EngineError).message).toContain('boom');
    expect(f.made[0].terminated).toBe(true);
    const { outcome, updates } = await collect(e, req);
    expect(outcome).toBe('done');
    expect(updates.at(-1)!.result).toEqual(simulate(base, { runs: 30, seed: 't' }));
    expect(f.made).toHaveLength(2);
  });

  it('lets a worker that threw finish the other requests it holds before it is replaced', async () => {
    const picky = (): SimApi => ({
      ...api,
      runAndSummarize: (s, seed, ...rest) => {
        if (seed === 'bad') throw new Error('bad seed');
        return api.runAndSummarize(s, seed, ...rest);
      },
    });
    const f = fakeFactory((n) => (n === 0 ? new FakeWorker(picky()) : undefined));
    // One worker holding two pieces: the failing preview of 'main' and the preview of 'reference'.
    const e = engine({ workers: 1, pipeline: 2, createWorker: f.create, previewRuns: 20 });
    // No more runs than the preview, so that the worker's second piece is the other request's preview.
    const bad = e.channel('main').request({ scenario: base, seed: 'bad', runs: 10 }, () => {});
    const good = collect(e, { scenario: base, seed: 'good', runs: 60 }, 'reference');
    await expect(bad).rejects.toMatchObject({ code: 'worker-failed' });
    const { outcome, updates } = await good;
    expect(outcome).toBe('done');
    expect(updates[0].preview).toBe(true);
    expect(updates.at(-1)!.result).toEqual(simulate(base, { runs: 60, seed: 'good' }));
    expect(f.made[0].terminated).toBe(true);
    expect(f.made.length).toBe(2);
  });

  it('publishes nothing of a request after it failed', async () => {
    // Worker 0 answers the preview late; worker 1 throws on the first chunk, so the request fails first.
    const slow = new FakeWorker({
      ...api,
      // comlink awaits what the worker returns, so a late answer can be a promise.
      runAndSummarize: (...args: Parameters<SimApi['runAndSummarize']>) =>
        new Promise((r) => setTimeout(() => r(api.runAndSummarize(...args)), 80)) as never,
    });
    const throwing = new FakeWorker({
      ...api,
      run: () => {
        throw new Error('chunk boom');
      },
    });
    const f = fakeFactory((n) => (n === 0 ? slow : n === 1 ? throwing : undefined));
    const e = engine({ workers: 2, pipeline: 1, createWorker: f.create, previewRuns: 10, chunkRuns: 10 });
    const updates: Progress[] = [];
    const err = await e
      .channel('main')
      .request({ scenario: base, seed: 'f', runs: 30 }, (u) => updates.push(u))
      .catch((x: unknown) => x);
    expect((err as EngineError).code).toBe('worker-failed');
    await new Promise((r) => setTimeout(r, 200));
    expect(updates).toEqual([]);
  });

  it('fails the request when a worker dies mid-piece, and keeps serving', async () => {
    // Answers the preview, then dies while running the first chunk.
    const dying = new FakeWorker({
      ...api,
      run: () => {
        setTimeout(() => dying.die('out of memory'), 20);
        return new Promise<never>(() => {}) as never;
      },
    });
    const f = fakeFactory((n) => (n === 0 ? dying : undefined));
    const e = engine({ workers: 1, pipeline: 1, createWorker: f.create, previewRuns: 10 });
    const updates: Progress[] = [];
    const err = await e
      .channel('main')
      .request({ scenario: base, seed: 'd', runs: 30 }, (u) => updates.push(u))
      .catch((x: unknown) => x);
    expect(updates.map((u) => u.preview)).toEqual([true]);
    expect((err as EngineError).code).toBe('worker-failed');
    expect((err as EngineError).message).toContain('out of memory');
    expect((await collect(e, { scenario: base, seed: 'd', runs: 30 })).outcome).toBe('done');
  });

  it('says no-workers when a worker fails before it ever answered (it could not load)', async () => {
    const broken = new FakeWorker();
    setTimeout(() => broken.die('SyntaxError: Cannot use import statement outside a module'), 0);
    const f = fakeFactory((n) => (n === 0 ? broken : undefined));
    const e = engine({ workers: 1, createWorker: f.create });
    const err = await e
      .channel('main')
      .request({ scenario: base, seed: 'l', runs: 30 }, () => {})
      .catch((x: unknown) => x);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe('no-workers');
    expect((err as EngineError).message).toContain('SyntaxError');
    expect((await collect(e, { scenario: base, seed: 'l', runs: 30 })).outcome).toBe('done');
  });

  it('replaces a worker silent from the start and runs its work again on a fresh one', async () => {
    const silent = new FakeWorker({ ...api, runAndSummarize: () => new Promise<never>(() => {}) as never });
    const f = fakeFactory((n) => (n === 0 ? silent : undefined));
    const e = engine({ workers: 1, createWorker: f.create, taskTimeoutMs: 100 });
    const { outcome, updates } = await collect(e, { scenario: base, seed: 'd', runs: 30 });
    expect(outcome).toBe('done');
    expect(silent.terminated).toBe(true);
    expect(updates.at(-1)!.result).toEqual(simulate(base, { runs: 30, seed: 'd' }));
  });

  it('replaces a worker that goes silent mid-run within a few times its measured pace', async () => {
    let calls = 0;
    // The first worker answers the preview and two chunks, then never again (as after self.close()).
    const dying = (): SimApi => ({
      ...api,
      run: (...a) => (++calls > 2 ? (new Promise<never>(() => {}) as never) : api.run(...a)),
    });
    const f = fakeFactory((n) => (n === 0 ? new FakeWorker(dying()) : undefined));
    const e = engine({ workers: 1, createWorker: f.create, previewRuns: 5, chunkRuns: 5, watchdogMinMs: 150 });
    const t0 = performance.now();
    const { outcome, updates } = await collect(e, { scenario: base, seed: 'm', runs: 60 });
    expect(outcome).toBe('done');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(f.made[0].terminated).toBe(true);
    expect(updates.at(-1)).toMatchObject({ final: true, runsDone: 60 });
    expect(updates.at(-1)!.result).toEqual(simulate(base, { runs: 60, seed: 'm' }));
    expect(updates.filter((u) => u.final)).toHaveLength(1);
  });

  it('fails with worker-failed when every worker stays silent', async () => {
    const mute = (): SimApi => ({ ...api, runAndSummarize: () => new Promise<never>(() => {}) as never });
    const e = engine({ workers: 1, createWorker: () => new FakeWorker(mute()), taskTimeoutMs: 60 });
    const err = await e
      .channel('main')
      .request({ scenario: base, seed: 'd', runs: 30 }, () => {})
      .catch((x: unknown) => x);
    expect((err as EngineError).code).toBe('worker-failed');
  });

  it('says no-workers when no worker can be started', async () => {
    const e = engine({
      workers: 1,
      createWorker: () => {
        throw new Error('no Worker here');
      },
    });
    const err = await e
      .channel('main')
      .request({ scenario: base, seed: 'n', runs: 10 }, () => {})
      .catch((x: unknown) => x);
    expect((err as EngineError).code).toBe('no-workers');
  });

  it('shuts idle workers down and starts them again on demand', async () => {
    const f = fakeFactory();
    const e = engine({ workers: 2, createWorker: f.create, idleMs: 30 });
    await collect(e, { scenario: base, seed: 'i', runs: 60 });
    await new Promise((r) => setTimeout(r, 80));
    expect(f.made.length).toBeGreaterThan(0);
    expect(f.made.every((w) => w.terminated)).toBe(true);
    const before = f.made.length;
    expect((await collect(e, { scenario: base, seed: 'i2', runs: 60 })).outcome).toBe('done');
    expect(f.made.length).toBeGreaterThan(before);
  });
});
