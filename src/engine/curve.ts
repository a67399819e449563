/**
 * The investment curve over the worker pool: a worker makes the levels (so the page's first chunk holds no model
 * code), the runs are cut into chunks across the workers (each chunk at every level, model/curve.ts `curveRuns`),
 * and one worker merges them in run order and summarizes: the same curve as one call, whatever the chunking.
 * Progress after every chunk; `cancel` drops the pieces not yet started and resolves the promise with null.
 * The best split (requestBestSplit) runs in one worker, its progress passed on through a comlink proxy.
 */
import { proxy, transfer } from 'comlink';
import type { BestSplit, BestSplitProgress } from '../model/bestSplit';
import type { Curve, CurveBatch } from '../model/curve';
import type { Piece, Pool } from './pool';
import { buffersOf } from './transfer';
import { EngineError } from './types';
import type { BestSplitHandle, BestSplitRequest, CurveHandle, CurveProgress, CurveRequest } from './types';
import { MAX_RUNS } from './defaults';

/** Runs per chunk of a curve (each run costs about the full result's run at the curve's top budget). */
export const CURVE_CHUNK_RUNS = 20;

/** Behind every piece of a result (preview 0, summaries 1, chunks 2): the curve never delays the answer to a change. */
export const CURVE_PRIORITY = 3;

export function requestCurve(
  pool: Pool,
  req: CurveRequest,
  onProgress?: (p: CurveProgress) => void,
  chunkRuns = CURVE_CHUNK_RUNS,
): CurveHandle {
  const owner = {};
  let over = false;
  let settle: (c: Curve | null) => void = () => {};
  let reject: (e: EngineError) => void = () => {};
  const promise = new Promise<Curve | null>((res, rej) => {
    settle = res;
    reject = rej;
  });
  const end = () => {
    over = true;
    pool.remove(owner);
  };
  const fail = (e: EngineError) => {
    if (over) return;
    end();
    reject(e);
  };
  if (req.runs !== undefined && (!Number.isInteger(req.runs) || req.runs < 1 || req.runs > MAX_RUNS)) {
    fail(new EngineError('invalid-request', `Runs must be a whole number from 1 to ${MAX_RUNS}.`));
    return { promise, cancel: () => {} };
  }
  const single = (priority: number, piece: Piece) => {
    let taken = false;
    pool.add({
      owner,
      priority,
      take: () => (taken || over ? null : ((taken = true), piece)),
      failed: fail,
    });
  };
  const { scenario, seed } = req;
  const batches: CurveBatch[] = [];
  let done = 0;
  single(CURVE_PRIORITY, async (api) => {
    const { recommendedRuns, ...levels } = await api.curveLevels(scenario, { levels: req.levels, max: req.max });
    const runs = req.runs ?? Math.min(MAX_RUNS, recommendedRuns);
    let cursor = 0;
    const chunk =
      (start: number, stop: number): Piece =>
      async (api) => {
        const a = await api.curveRun(scenario, seed, levels, start, stop);
        if (over) return;
        batches.push(a.batch);
        done += stop - start;
        onProgress?.({ runsDone: done, runsTotal: runs });
        if (done < runs) return;
        single(CURVE_PRIORITY, async (api) => {
          const curve = await api.curveSummarize(scenario, seed, levels, transfer(batches, buffersOf(batches)));
          if (over) return;
          end();
          settle(curve);
        });
      };
    pool.add({
      owner,
      priority: CURVE_PRIORITY,
      take: () => {
        if (over || cursor >= runs) return null;
        const start = cursor;
        cursor = Math.min(runs, start + chunkRuns);
        return chunk(start, cursor);
      },
      failed: fail,
    });
  });
  return {
    promise,
    cancel() {
      if (over) return;
      end();
      settle(null);
    },
  };
}

/**
 * The best split of the scenario's total (model/bestSplit.ts) in one worker, its progress passed on after every
 * split tried. `cancel` resolves the promise with null at once; the worker finishes the search it is in (the pool
 * gives it no further work meanwhile) and its answer is dropped.
 */
export function requestBestSplit(
  pool: Pool,
  req: BestSplitRequest,
  onProgress?: (p: BestSplitProgress) => void,
): BestSplitHandle {
  const owner = {};
  let over = false;
  let taken = false;
  let settle: (b: BestSplit | null) => void = () => {};
  let reject: (e: EngineError) => void = () => {};
  const promise = new Promise<BestSplit | null>((res, rej) => {
    settle = res;
    reject = rej;
  });
  const piece: Piece = async (api, alive) => {
    // Every split tried is a sign of life: the search runs as one long piece, longer than the watchdog's limit.
    const tell = proxy((p: BestSplitProgress) => {
      alive();
      if (!over) onProgress?.(p);
    });
    const b = await api.bestSplit(req.scenario, { runs: req.runs, seed: req.seed }, tell);
    if (over) return;
    over = true;
    settle(b);
  };
  pool.add({
    owner,
    priority: CURVE_PRIORITY,
    take: () => (taken || over ? null : ((taken = true), piece)),
    failed: (e) => {
      if (over) return;
      over = true;
      reject(e);
    },
  });
  return {
    promise,
    cancel() {
      if (over) return;
      over = true;
      pool.remove(owner);
      settle(null);
    },
  };
}
