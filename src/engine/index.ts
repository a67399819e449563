/**
 * The engine: named channels over one worker pool (./pool.ts), progressive answers, latest wins.
 *
 * A request runs in three kinds of pieces, all inside workers:
 *  1. the preview: runs [0, k) simulated and summarized in one call (k small: about `previewMs` of work);
 *  2. chunks: runs [k, n) cut into chunks by run index as workers come free, each chunk's RunBatch transferred
 *     back to the main thread (zero copy; the main thread only holds the buffers, it never reads them);
 *  3. summaries: the contiguous prefix of runs received so far — the merged batch kept from the last summary
 *     plus the new chunks — is transferred to a worker, which merges (exact concatenation in run order),
 *     summarizes and hands the merged batch back transferred for the next round. Partial summaries are spaced
 *     at least `partialIntervalMs` apart; the last one covers all n runs and is final.
 *
 * Why merge and summarize in a worker rather than summarize per chunk: percentiles need all runs at once, and
 * moving the per-run arrays is free when transferred, so the only cost of aggregation is the model's own
 * mergeBatches + summarize, paid off the main thread. Each worker keeping its own chunks would avoid nothing
 * (the runs of one request are spread over several workers) and would tie a request to specific workers, which
 * breaks when one dies. Because every run's random stream depends only on (seed, run index) and every published
 * result covers a prefix [0, m) of runs, each published result equals `simulate(scenario, { runs: m, seed })`,
 * whatever the number of workers or the chunk sizes.
 *
 * Latest wins: a new request on a channel marks the old one superseded (its promise resolves 'superseded' at
 * once), drops its waiting pieces from the pool and ignores the answers of the pieces still running. A worker
 * holds at most `pipeline` pieces (2: one running, one waiting inside it, so it never idles while the main thread
 * is busy drawing), each about `chunkMs` of work, so a newer request waits at most about 2 x `chunkMs` for a busy
 * worker; aborting workers mid-piece (terminate + restart, which costs more than that) is not needed.
 */
import { transfer } from 'comlink';
import { buffersOf } from '../../workers/simulation.worker';
import type { RunBatch, SimResult } from '../model/types';
import { Pool, type Job, type Piece } from './pool';
import {
  EngineError,
  type Channel,
  type Engine,
  type EngineOptions,
  type Outcome,
  type Progress,
  type RunRequest,
  type WorkerLike,
} from './types';

export { EngineError } from './types';
export type * from './types';

/** Largest run count a request may ask for. */
export const MAX_RUNS = 20_000;

const DEFAULTS = {
  previewMs: 15,
  chunkMs: 12,
  pipeline: 2,
  partialIntervalMs: 200,
  idleMs: 60_000,
  taskTimeoutMs: 60_000,
  cacheSize: 32,
};
type Tuning = typeof DEFAULTS & Pick<EngineOptions, 'previewRuns' | 'chunkRuns'>;

const PREVIEW_MIN = 16;
const PREVIEW_MAX = 100;
const PREVIEW_FIRST = 32;
const CHUNK_MIN = 4;
const CHUNK_FIRST = 25;

/** One worker per spare core: navigator.hardwareConcurrency - 1, clamped to 1..8. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.min(8, Math.max(1, cores - 1));
}

function defaultCreateWorker(): WorkerLike {
  if (typeof Worker === 'undefined') throw new Error('this environment has no Worker');
  // This exact form makes Vite emit the worker as its own chunk.
  return new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Milliseconds per run, learned from the workers' own timings, per size class of scenario (the cost of a run
 * grows with the population and the horizon). Only sizes pieces; never changes a result.
 */
class Timing {
  private perRun = new Map<string, number>();
  private key(req: RunRequest): string {
    return `${Math.round(Math.log2(Math.max(1, req.scenario.births)) * 2)}:${req.scenario.horizon}`;
  }
  get(req: RunRequest): number | undefined {
    return this.perRun.get(this.key(req));
  }
  add(req: RunRequest, runs: number, ms: number): void {
    if (runs <= 0 || !(ms >= 0)) return;
    const k = this.key(req);
    const v = Math.max(ms, 0.01) / runs;
    const old = this.perRun.get(k);
    this.perRun.set(k, old === undefined ? v : old * 0.6 + v * 0.4);
  }
}

function validate(req: RunRequest): EngineError | null {
  if (!req || typeof req !== 'object' || !req.scenario || typeof req.scenario !== 'object')
    return new EngineError('invalid-request', 'The request has no scenario.');
  if (typeof req.seed !== 'string') return new EngineError('invalid-request', 'The seed must be a string.');
  if (!Number.isInteger(req.runs) || req.runs < 1 || req.runs > MAX_RUNS)
    return new EngineError('invalid-request', `Runs must be a whole number from 1 to ${MAX_RUNS}.`);
  if (!Number.isInteger(req.scenario.horizon) || req.scenario.horizon < 1)
    return new EngineError('invalid-request', 'The horizon must be a whole number of years.');
  return null;
}

const byRunStart = (a: RunBatch, b: RunBatch) => a.runStart - b.runStart;

/** Who waits on a run: the latest of identical requests on a channel. */
interface Caller {
  req: RunRequest;
  onUpdate: (p: Progress) => void;
  resolve: (o: Outcome) => void;
  reject: (e: EngineError) => void;
}

/** The key of a request's answer: scenario, seed and runs. */
const keyOf = (req: RunRequest) => JSON.stringify([req.scenario, req.seed, req.runs]);

/** Final results of recent requests, so that going back to a value answers at once. Least recently used goes. */
class ResultCache {
  private map = new Map<string, SimResult>();
  constructor(private readonly size: number) {}
  get(key: string): SimResult | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }
  set(key: string, result: SimResult): void {
    if (this.size <= 0) return;
    this.map.delete(key);
    this.map.set(key, result);
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
}

/** One request in flight: its pieces, its received chunks, its published results. */
class RequestRun {
  superseded = false;
  finished = false;
  readonly key: string;
  readonly promise: Promise<Outcome>;
  private caller!: Caller;
  private last: Progress | null = null;

  private readonly total: number;
  private readonly previewRuns: number;
  private cursor: number;
  /** Merged prefix [0, mergedRuns) held from the last summary (null while a summary holds it). */
  private merged: RunBatch | null = null;
  private mergedRuns = 0;
  /** Chunks received and not yet merged, by run start. */
  private pending: RunBatch[] = [];
  private previewDone = false;
  private summarizing = false;
  private lastPublish = 0;

  constructor(
    private readonly pool: Pool,
    private readonly timing: Timing,
    private readonly cache: ResultCache,
    private readonly opts: Tuning,
    req: RunRequest,
    onUpdate: (p: Progress) => void,
  ) {
    this.key = keyOf(req);
    this.promise = this.attach(req, onUpdate);
    this.total = req.runs;
    this.previewRuns = Math.min(this.total, this.choosePreview());
    this.cursor = this.previewRuns;
  }

  private get req(): RunRequest {
    return this.caller.req;
  }

  private attach(req: RunRequest, onUpdate: (p: Progress) => void): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.caller = { req, onUpdate, resolve, reject };
    });
  }

  /**
   * An identical request (same scenario, seed and runs) arrived on the channel while this one runs: the new
   * caller takes the run over, the previous one is superseded. The new caller first gets the latest published
   * answer again (with its own request object), then the rest.
   */
  adopt(req: RunRequest, onUpdate: (p: Progress) => void): Promise<Outcome> {
    const previous = this.caller;
    const promise = this.attach(req, onUpdate);
    const caller = this.caller;
    previous.resolve('superseded');
    const last = this.last;
    if (last)
      queueMicrotask(() => this.caller === caller && !this.superseded && this.deliver({ ...last, request: req }));
    return promise;
  }

  private choosePreview(): number {
    if (this.opts.previewRuns) return Math.max(1, Math.floor(this.opts.previewRuns));
    const perRun = this.timing.get(this.req);
    if (perRun === undefined) return PREVIEW_FIRST;
    return Math.max(PREVIEW_MIN, Math.min(PREVIEW_MAX, Math.round(this.opts.previewMs / perRun)));
  }

  private chunkSize(): number {
    if (this.opts.chunkRuns) return Math.max(1, Math.floor(this.opts.chunkRuns));
    const perRun = this.timing.get(this.req);
    const size = perRun === undefined ? CHUNK_FIRST : Math.round(this.opts.chunkMs / perRun);
    // Never so large that a worker of the pool would stay without work.
    const share = Math.ceil((this.total - this.previewRuns) / this.pool.size);
    return Math.max(CHUNK_MIN, Math.min(size, share));
  }

  start(): void {
    const cached = this.cache.get(this.key);
    if (cached) {
      // Published in a microtask, so that no update arrives before request() has returned.
      queueMicrotask(() => !this.superseded && this.publish(cached, this.total, false));
      return;
    }
    const { scenario, seed } = this.req;
    const k = this.previewRuns;
    const keep = k < this.total;
    this.single(0, async (api) => {
      const a = await api.runAndSummarize(scenario, seed, 0, k, keep);
      this.timing.add(this.req, k, a.runMs);
      if (this.superseded) return;
      this.previewDone = true;
      if (a.batch) {
        this.merged = a.batch;
        this.mergedRuns = k;
      }
      this.publish(a.result, k, true);
      this.advance();
    });
    if (keep) {
      const chunks: Job = {
        owner: this,
        priority: 2,
        take: () => (this.superseded || this.cursor >= this.total ? null : this.chunk()),
        failed: (e) => this.fail(e),
      };
      this.pool.add(chunks);
    }
  }

  private chunk(): Piece {
    const start = this.cursor;
    const end = Math.min(this.total, start + this.chunkSize());
    this.cursor = end;
    const { scenario, seed } = this.req;
    return async (api) => {
      const a = await api.run(scenario, seed, start, end);
      this.timing.add(this.req, end - start, a.ms);
      if (this.superseded) return;
      this.pending.push(a.batch);
      this.pending.sort(byRunStart);
      this.advance();
    };
  }

  private single(priority: number, piece: Piece): void {
    let taken = false;
    this.pool.add({
      owner: this,
      priority,
      take: () => {
        if (taken || this.superseded) return null;
        taken = true;
        return piece;
      },
      failed: (e) => this.fail(e),
    });
  }

  /** Starts a summary when one is due: the final one when all runs are in, else a partial one now and then. */
  private advance(): void {
    if (this.superseded || this.finished || !this.previewDone || this.summarizing || this.merged === null) return;
    // The contiguous prefix of received runs.
    let upTo = this.mergedRuns;
    let n = 0;
    while (n < this.pending.length && this.pending[n].runStart === upTo) upTo += this.pending[n++].runCount;
    if (n === 0) return;
    const final = upTo === this.total;
    if (!final && !this.partialDue(upTo)) return;
    const batches = [this.merged, ...this.pending.splice(0, n)];
    this.merged = null;
    this.summarizing = true;
    const { scenario, seed } = this.req;
    this.single(1, async (api) => {
      const a = await api.summarize(scenario, seed, transfer(batches, buffersOf(batches)), !final);
      this.summarizing = false;
      if (this.superseded) return;
      if (a.batch) {
        this.merged = a.batch;
        this.mergedRuns = upTo;
      }
      this.publish(a.result, upTo, false);
      if (!final) this.advance();
    });
  }

  /**
   * A partial summary is due when the last publication is `partialIntervalMs` old and the rest of the runs will
   * take a while yet (otherwise the final result is near, and a partial one would only delay it).
   */
  private partialDue(upTo: number): boolean {
    const interval = this.opts.partialIntervalMs;
    if (performance.now() - this.lastPublish < interval) return false;
    const perRun = this.timing.get(this.req);
    if (perRun === undefined || interval === 0) return true;
    return ((this.total - upTo) * perRun) / this.pool.size >= interval / 2;
  }

  private publish(result: SimResult, runsDone: number, preview: boolean): void {
    this.lastPublish = performance.now();
    const final = runsDone === this.total;
    this.last = { request: this.req, result, runsDone, runsTotal: this.total, preview, final };
    if (final) {
      this.finished = true;
      this.cache.set(this.key, result);
    }
    this.deliver(this.last);
    if (final) this.caller.resolve('done');
  }

  private deliver(p: Progress): void {
    try {
      this.caller.onUpdate(p);
    } catch (e) {
      console.error('engine: onUpdate threw', e);
    }
  }

  private fail(e: EngineError): void {
    if (this.superseded || this.finished) return;
    this.finished = true;
    this.pool.remove(this);
    this.caller.reject(e);
  }

  supersede(): void {
    if (this.superseded) return;
    this.superseded = true;
    this.pool.remove(this);
    this.merged = null;
    this.pending = [];
    if (!this.finished) {
      this.finished = true;
      this.caller.resolve('superseded');
    }
  }
}

/** Creates the engine. Workers start on the first request. */
export function createEngine(options: EngineOptions = {}): Engine & { readonly pool: Pool } {
  const opts: Tuning = { ...DEFAULTS, previewRuns: options.previewRuns, chunkRuns: options.chunkRuns };
  for (const k of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) opts[k] = options[k] ?? DEFAULTS[k];
  const pool = new Pool({
    size: Math.min(8, Math.max(1, Math.floor(options.workers ?? defaultWorkerCount()))),
    createWorker: options.createWorker ?? defaultCreateWorker,
    depth: Math.max(1, Math.floor(opts.pipeline)),
    idleMs: opts.idleMs,
    taskTimeoutMs: opts.taskTimeoutMs,
  });
  const timing = new Timing();
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
    dispose() {
      for (const run of current.values()) run.supersede();
      current.clear();
      pool.dispose();
    },
  };
}
