/**
 * The engine: named channels over one worker pool (./pool.ts), progressive answers, latest wins.
 * A request's pieces and publications live in ./run.ts (its caller side in ./caller.ts); defaults and the
 * worker in ./defaults.ts.
 */
import { ResultCache, keyOf } from './cache';
import { defaultCreateWorker, defaultWorkerCount, tuning, validate } from './defaults';
import { Pool } from './pool';
import { RequestRun } from './run';
import { Timing } from './timing';
import type { Channel, CurveEngine, Engine, EngineOptions } from './types';

/** The curve's and the best split's engine code is a lazy chunk: loaded with the first curve asked for. */
type CurveModule = typeof import('./curve');
let curveLoaded: CurveModule | null = null;
const curveModule = (): Promise<CurveModule> => import('./curve').then((m) => (curveLoaded = m));

export { EngineError } from './types';
export type * from './types';
export { MAX_RUNS, defaultWorkerCount } from './defaults';

/** Creates the engine. Workers start on the first request. */
export function createEngine(options: EngineOptions = {}): Engine & CurveEngine & { readonly pool: Pool } {
  const opts = tuning(options);
  const poolOptions = {
    size: Math.min(8, Math.max(1, Math.floor(options.workers ?? defaultWorkerCount()))),
    createWorker: options.createWorker ?? defaultCreateWorker,
    depth: Math.max(1, Math.floor(opts.pipeline)),
    idleMs: opts.idleMs,
    taskTimeoutMs: opts.taskTimeoutMs,
    watchdogFactor: opts.watchdogFactor,
    watchdogMinMs: opts.watchdogMinMs,
    loadTimeoutMs: opts.loadTimeoutMs,
  };
  const pool = new Pool(poolOptions);
  /**
   * The curves' and the best split's own workers (as many as the results'), started with the first curve asked for:
   * a result never waits behind a curve's piece or its summary (the workshop's compact curve is asked when a result
   * is final and cancelled by the next change, but the piece it had in a worker ran on; in the results' one worker on
   * a 2-core machine that was up to a curve summary, 65–90 ms in Chromium, before the next preview). Only one of the
   * two is busy at a time in the page (the curve view asks no result, a change cancels the compact curve), so they
   * never share a core for long.
   */
  let background: Pool | null = null;
  const curvePool = (): Pool => (background ??= new Pool(poolOptions));
  const timing = new Timing();
  const curveTiming = new Timing(); // the curve's runs: their own cost, not a result's
  let curveKept: import('./curve').CurveKept | undefined;
  let curveDone: import('./curve').CurveDone | undefined;
  /**
   * A handle at once; the request starts when the lazy module has loaded (unless cancelled by then), at once when it
   * has (so its first piece is posted before the page redraws).
   */
  function later<T>(start: (m: CurveModule) => { promise: Promise<T | null>; cancel(): void }) {
    if (curveLoaded) {
      try {
        return start(curveLoaded);
      } catch (e) {
        return { promise: Promise.reject<T | null>(e), cancel: () => {} }; // as a late start would: the promise rejects
      }
    }
    let inner: { cancel(): void } | null = null;
    let cancelled = false;
    const promise = curveModule().then((m) => {
      if (cancelled) return null;
      const h = start(m);
      inner = h;
      return h.promise;
    });
    return {
      promise,
      cancel() {
        cancelled = true;
        inner?.cancel();
      },
    };
  }
  const cache = new ResultCache(opts.cacheSize);
  const channels = new Map<string, Channel>();
  const current = new Map<string, RequestRun>();

  function channel(name: string): Channel {
    let ch = channels.get(name);
    if (ch) return ch;
    ch = {
      request(req, onUpdate) {
        const invalid = validate(req);
        const running = current.get(name);
        if (!invalid && running && !running.finished && running.key === keyOf(req)) return running.adopt(req, onUpdate);
        running?.supersede();
        current.delete(name);
        if (invalid) return Promise.reject(invalid);
        const run = new RequestRun(pool, timing, cache, opts, req, onUpdate);
        current.set(name, run);
        run.start();
        return run.promise;
      },
      cancel() {
        current.get(name)?.supersede();
        current.delete(name);
      },
    };
    channels.set(name, ch);
    return ch;
  }

  return {
    pool,
    channel,
    warm: () => pool.warm(),
    curve: (req, onProgress) =>
      later((m) =>
        m.requestCurve(curvePool(), req, onProgress, {
          pieceMs: opts.chunkMs,
          fullPieceMs: opts.curveChunkMs,
          timing: curveTiming,
          kept: (curveKept ??= new m.CurveKept()),
          finished: (curveDone ??= new m.CurveDone()),
        }),
      ),
    bestSplit: (req, onProgress) => later((m) => m.requestBestSplit(curvePool(), req, onProgress)),
    // Both pools: the sensitivity view asks no result and no curve, so every worker takes the tornado's ends.
    sensitivity: (req, onProgress) => later((m) => m.requestSensitivity([curvePool(), pool], req, onProgress)),
    dispose() {
      for (const run of current.values()) run.supersede();
      current.clear();
      pool.dispose();
      background?.dispose();
    },
  };
}
