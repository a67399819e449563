/**
 * The investment curve over the worker pool: a worker makes the levels (so the page's first chunk holds no model
 * code), the runs are cut into chunks across the workers (each chunk at every level, model/curve.ts `curveRuns`),
 * then the summary is made a few levels at a time (`curvePointsOf`) and assembled: the same curve as one call,
 * whatever the cutting. Every piece is sized to about `pieceMs` of work, so the curve never holds a worker long.
 * Progress after every chunk; `cancel` drops the pieces not yet started and resolves the promise with null.
 * The best split (requestBestSplit) runs in one worker, its progress passed on through a comlink proxy.
 */
import { proxy, transfer } from 'comlink';
import type { BestSplit, BestSplitProgress } from '../model/bestSplit';
import type { Curve, CurveBatch, CurvePoint } from '../model/curve';
import type { Piece, Pool } from './pool';
import { buffersOf } from './transfer';
import { EngineError } from './types';
import type { BestSplitHandle, BestSplitRequest, CurveHandle, CurveProgress, CurveRequest } from './types';
import { MAX_RUNS } from './defaults';
import { Timing } from './timing';

/** Runs in a curve's first chunk, before its cost is known (a run costs about a full result's run at the top budget). */
export const CURVE_FIRST_RUNS = 2;
/** Most runs in one chunk of a curve, and most levels in one part of its summary. */
export const CURVE_MAX_RUNS = 50;

/** Behind every piece of a result (preview 0, summaries 1, chunks 2): the curve never delays the answer to a change. */
export const CURVE_PRIORITY = 3;

/**
 * How a curve is cut into pieces. By default every piece is about `pieceMs` of work (the runs' and the summary's
 * costs learned from the pieces done, in `timing`, per population size: see timing.ts), so a worker busy with the
 * curve is free again within that time for the preview of a change; `chunkRuns` fixes the runs per chunk instead.
 */
export interface CurveCutting {
  pieceMs: number;
  timing: CurveTiming;
  chunkRuns?: number;
}

/** What the curve's pieces cost: ms per run, and ms per level and run of the summary (only sizes pieces). */
export class CurveTiming {
  readonly runs = new Timing();
  readonly points = new Timing();
}

export function requestCurve(
  pool: Pool,
  req: CurveRequest,
  onProgress?: (p: CurveProgress) => void,
  cut: CurveCutting = { pieceMs: 12, timing: new CurveTiming() },
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
  const single = (piece: Piece) => {
    let taken = false;
    pool.add({
      owner,
      priority: CURVE_PRIORITY,
      take: () => (taken || over ? null : ((taken = true), piece)),
      failed: fail,
    });
  };
  const { scenario, seed } = req;
  const key = { scenario, seed, runs: 1 };
  const sized = (perUnit: number | undefined, first: number) =>
    perUnit === undefined ? first : Math.max(1, Math.min(CURVE_MAX_RUNS, Math.round(cut.pieceMs / perUnit)));
  let batches: CurveBatch[] = [];
  let done = 0;
  single(async (api) => {
    const { recommendedRuns, ...levels } = await api.curveLevels(scenario, { levels: req.levels, max: req.max });
    const runs = req.runs ?? Math.min(MAX_RUNS, recommendedRuns);
    const NL = levels.budgets.length;
    const points: CurvePoint[] = [];
    // The summary a few levels at a time, the batches going to a worker and back with each part.
    const summarizeFrom =
      (from: number): Piece =>
      async (api) => {
        const perLevel = cut.timing.points.get(key);
        const to = Math.min(NL, from + sized(perLevel === undefined ? undefined : perLevel * runs, 2));
        const a = await api.curvePoints(scenario, levels, transfer(batches, buffersOf(batches)), from, to);
        if (over) return;
        batches = a.batches;
        cut.timing.points.add(key, (to - from) * runs, a.ms);
        points.push(...a.points);
        if (to < NL) return single(summarizeFrom(to));
        single(async (api) => {
          const curve = await api.curveAssemble(scenario, seed, runs, levels, points);
          if (over) return;
          end();
          settle(curve);
        });
      };
    let cursor = 0;
    const chunk =
      (start: number, stop: number): Piece =>
      async (api) => {
        const a = await api.curveRun(scenario, seed, levels, start, stop);
        if (over) return;
        cut.timing.runs.add(key, stop - start, a.ms);
        batches.push(a.batch);
        done += stop - start;
        onProgress?.({ runsDone: done, runsTotal: runs });
        if (done === runs) single(summarizeFrom(0));
      };
    pool.add({
      owner,
      priority: CURVE_PRIORITY,
      take: () => {
        if (over || cursor >= runs) return null;
        const start = cursor;
        cursor = Math.min(runs, start + (cut.chunkRuns ?? sized(cut.timing.runs.get(key), CURVE_FIRST_RUNS)));
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
