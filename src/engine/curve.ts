/**
 * The investment curve over the worker pool: a worker makes the levels (so the page's first chunk holds no model
 * code), the runs are cut into chunks across the workers (each chunk at every level, model/curve.ts `curveRuns`),
 * then one worker makes the summary from the chunks' batches as they are (`curveSummary`; model/curve.ts gathers each
 * level's rows in run order): the same curve as one call, whatever the cutting. Every chunk is about `pieceMs` of
 * work (`fullPieceMs` for a curve of more than CURVE_KEEP_MAX runs), so the curve never holds a worker long; the
 * summary is one piece (about 40 ms for 1 000 runs of Hedemora in Node, 65–90 ms in Chromium: moving the runs to a
 * worker once costs less than summarizing a few levels at a time, see MODEL.md). Progress at most every PROGRESS_MS
 * (and when the runs are done); `cancel` drops the pieces not yet started and resolves the promise with null.
 * Finished curves are kept by what they depend on (CurveDone): a request that only moved the total, the split kept,
 * is answered without a run. The best split (requestBestSplit, bestSplit.ts) is in this lazy chunk too.
 */
import { transfer } from 'comlink';
import type { Curve, CurveBatch, CurveLevels } from '../model/curve';
import type { Scenario } from '../model/types';
import type { Piece, Pool } from './pool';
import { deferred } from './deferred';
import { ResultCache } from './cache';
import { buffersOf } from './transfer';
import { EngineError } from './types';
import type { CurveHandle, CurveProgress, CurveRequest } from './types';

export { requestBestSplit } from './bestSplit';
export { requestSensitivity } from './sensitivity';
import { CURVE_PRIORITY, MAX_RUNS } from './defaults';
import { Timing } from './timing';

/** Runs in a curve's first chunk, before its cost is known (a run costs about a full result's run at the top budget). */
export const CURVE_FIRST_RUNS = 2;
/** Most runs in one chunk of a curve. */
export const CURVE_MAX_RUNS = 50;

/** Least time between two progress reports of a curve, ms. */
export const PROGRESS_MS = 100;

export { CURVE_PRIORITY } from './defaults';

/**
 * How a curve is cut into pieces. By default every chunk of runs is about `pieceMs` of work (the runs' cost learned
 * from the chunks done, in `timing`, per population size: see timing.ts), so a worker busy with the curve is free
 * again within that time for the preview of a change; `chunkRuns` fixes the runs per chunk instead.
 */
export interface CurveCutting {
  pieceMs: number;
  /** the chunks' work in a curve of more than CURVE_KEEP_MAX runs (default pieceMs) */
  fullPieceMs?: number;
  /** what a curve's run costs, learned from the chunks done (only sizes chunks; the results' runs have their own) */
  timing: Timing;
  chunkRuns?: number;
  /** the last curve's runs, kept for a curve of the same scenario with more runs (the full one after its preview) */
  kept?: CurveKept;
  /** finished curves, to answer a request that only moved the total (see CurveDone) */
  finished?: CurveDone;
}

/**
 * The runs of the last curve that finished its runs: a later request of the same scenario, seed and levels with at
 * least as many runs starts after them (runs are independent and come in run order: the same curve as from zero).
 * The page asks a 50-run preview, then the full curve: the full one computes 50 runs fewer.
 */
export class CurveKept {
  key = '';
  batches: CurveBatch[] = [];
}

/** Finished curves kept (a preview, a full curve and a reference line each count as one). */
export const CURVE_DONE_SIZE = 8;

/**
 * Finished curves by what they depend on (`curveIdentity`) and their runs, the last CURVE_DONE_SIZE: a request for a
 * scenario that differs only in its budgets, with the same levels (the total moved, the split kept: model/curveLevels.ts
 * keeps the split on a grid), is answered from here without a run.
 */
export class CurveDone extends ResultCache<Curve> {
  constructor() {
    super(CURVE_DONE_SIZE);
  }
}

/**
 * What a curve depends on: the scenario but its four budgets (the levels stand for them: every level replaces them,
 * model/curve.ts), the seed and the levels.
 */
export function curveIdentity(scenario: Scenario, seed: string, levels: CurveLevels): string {
  return JSON.stringify([{ ...scenario, detect: 0, parent: 0, firstline: 0, school: 0 }, seed, levels]);
}

/**
 * Most runs of a curve whose runs are kept for a later request: the page's 50-run preview. A curve of more runs is a
 * full one (its chunks are `fullPieceMs` of work; all of Sweden's full curve has 100 runs).
 */
export const CURVE_KEEP_MAX = 50;

export function requestCurve(
  pool: Pool,
  req: CurveRequest,
  onProgress?: (p: CurveProgress) => void,
  cut: CurveCutting = { pieceMs: 12, timing: new Timing() },
): CurveHandle {
  const owner = {};
  let over = false;
  const { promise, settle, reject } = deferred<Curve | null>();
  // the pending progress report (see `report`), cleared when the curve ends
  let told: ReturnType<typeof setTimeout> | null = null;
  let toldAt = -Infinity;
  const end = () => {
    over = true;
    if (told !== null) clearTimeout(told);
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
  const sized = (perUnit: number | undefined, first: number) => {
    const ms = runs > CURVE_KEEP_MAX ? (cut.fullPieceMs ?? cut.pieceMs) : cut.pieceMs;
    return perUnit === undefined ? first : Math.max(1, Math.min(CURVE_MAX_RUNS, Math.round(ms / perUnit)));
  };
  const batches: CurveBatch[] = [];
  let done = 0;
  let runs = 0;
  // Progress at most every PROGRESS_MS and never before the next piece is handed out (a timer, not a microtask): the
  // page's redraw of the count then runs while the worker computes, not between two pieces.
  const report = () => {
    if (done === runs) {
      // the last count at once (the next piece is the summary)
      if (told !== null) clearTimeout(told);
      told = null;
      onProgress?.({ runsDone: done, runsTotal: runs });
      return;
    }
    if (told !== null) return;
    told = setTimeout(
      () => {
        told = null;
        toldAt = performance.now();
        if (!over) onProgress?.({ runsDone: done, runsTotal: runs });
      },
      Math.max(0, toldAt + PROGRESS_MS - performance.now()),
    );
  };
  single(async (api) => {
    const { recommendedRuns, ...levels } = await api.curveLevels(scenario, { levels: req.levels, max: req.max });
    runs = req.runs ?? Math.min(MAX_RUNS, recommendedRuns);
    const keptKey = curveIdentity(scenario, seed, levels);
    const doneKey = `${runs}:${keptKey}`;
    const hit = cut.finished?.get(doneKey);
    if (hit || req.cachedOnly) {
      end();
      settle(hit ?? null);
      return;
    }
    const kept = cut.kept;
    const keptRuns = kept?.batches.reduce((t, b) => t + b.runCount, 0) ?? 0;
    if (kept && keptRuns > 0 && kept.key === keptKey && keptRuns <= runs) {
      batches.push(...kept.batches);
      done = keptRuns;
      kept.batches = []; // their buffers go to a worker with this curve's summary
    }
    // The summary in one piece: the chunks' batches go to a worker (transferred, nothing copied here), which makes
    // every level's point. A small curve's batches come back, kept for the next request.
    const keep = kept !== undefined && runs <= CURVE_KEEP_MAX;
    const summarize = () =>
      single(async (api) => {
        const a = await api.curveSummary(scenario, seed, levels, transfer(batches, buffersOf(batches)), keep);
        if (over) return;
        if (kept && a.batches) [kept.key, kept.batches] = [keptKey, a.batches];
        cut.finished?.set(doneKey, a.curve);
        end();
        settle(a.curve);
      });
    const chunk =
      (start: number, stop: number): Piece =>
      async (api) => {
        const a = await api.curveRun(scenario, seed, levels, start, stop);
        if (over) return;
        cut.timing.add(key, stop - start, a.ms);
        batches.push(a.batch);
        done += stop - start;
        report();
        if (done === runs) summarize();
      };
    if (done === runs) return summarize();
    let cursor = done;
    pool.add({
      owner,
      priority: CURVE_PRIORITY,
      take: () => {
        if (over || cursor >= runs) return null;
        const start = cursor;
        cursor = Math.min(runs, start + (cut.chunkRuns ?? sized(cut.timing.get(key), CURVE_FIRST_RUNS)));
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
