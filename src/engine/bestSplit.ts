/** The best split over the worker pool (in the lazy chunk of the curve: engine/curve.ts re-exports it). */
import { proxy } from 'comlink';
import type { BestSplit, BestSplitProgress } from '../model/bestSplit';
import { CURVE_PRIORITY } from './defaults';
import { deferred } from './deferred';
import type { Piece, Pool } from './pool';
import type { BestSplitHandle, BestSplitRequest } from './types';

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
  const { promise, settle, reject } = deferred<BestSplit | null>();
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
