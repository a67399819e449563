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
import type { RunBatch, SimResult } from '../model/types';
import { keyOf, type ResultCache } from './cache';
import type { Tuning } from './defaults';
import { CallerSide } from './caller';
import type { Job, Piece, Pool } from './pool';
import { chunkSize, partialDue, previewSize, type Timing } from './timing';
import { buffersOf } from './transfer';
import type { EngineError, Outcome, Progress, RunRequest } from './types';

const byRunStart = (a: RunBatch, b: RunBatch) => a.runStart - b.runStart;

/** One request in flight: its pieces, its received chunks, its published results. */
export class RequestRun extends CallerSide {
  readonly key: string;
  readonly promise: Promise<Outcome>;

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
  /** Attempts so far: a worker that went silent makes the request start again (pieces of older attempts are ignored). */
  private attempt = 0;

  constructor(
    private readonly pool: Pool,
    private readonly timing: Timing,
    private readonly cache: ResultCache,
    private readonly opts: Tuning,
    req: RunRequest,
    onUpdate: (p: Progress) => void,
  ) {
    super();
    this.key = keyOf(req);
    this.promise = this.attach(req, onUpdate);
    this.total = req.runs;
    this.previewRuns = Math.min(this.total, previewSize(this.opts, this.timing.get(this.req, 'preview')));
    this.cursor = this.previewRuns;
  }

  /** Superseded, failed or done: no piece of it may publish any more. */
  private get closed(): boolean {
    return this.superseded || this.finished;
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
    const gen = this.attempt;
    this.single(0, async (api) => {
      const a = await api.runAndSummarize(scenario, seed, 0, k, keep);
      // The whole call (runs and summary) is what the preview's budget covers.
      this.timing.add(this.req, k, a.ms, 'preview');
      if (this.closed || gen !== this.attempt) return;
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
        take: () => (this.superseded || gen !== this.attempt || this.cursor >= this.total ? null : this.chunk()),
        failed: (e) => this.fail(e, gen),
      };
      this.pool.add(chunks);
    }
  }

  private chunk(): Piece {
    const start = this.cursor;
    const size = chunkSize(this.opts, this.timing.get(this.req), this.total - this.previewRuns, this.pool.size);
    const end = Math.min(this.total, start + size);
    this.cursor = end;
    const { scenario, seed } = this.req;
    const gen = this.attempt;
    return async (api) => {
      const a = await api.run(scenario, seed, start, end);
      this.timing.add(this.req, end - start, a.ms);
      if (this.closed || gen !== this.attempt) return;
      this.pending.push(a.batch);
      this.pending.sort(byRunStart);
      this.advance();
    };
  }

  private single(priority: number, piece: Piece): void {
    let taken = false;
    const gen = this.attempt;
    this.pool.add({
      owner: this,
      priority,
      take: () => {
        if (taken || this.superseded || gen !== this.attempt) return null;
        taken = true;
        return piece;
      },
      failed: (e) => this.fail(e, gen),
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
    const sinceLast = performance.now() - this.lastPublish;
    if (!final && !partialDue(this.opts, this.timing.get(this.req), sinceLast, this.total - upTo, this.pool.size))
      return;
    const batches = [this.merged, ...this.pending.splice(0, n)];
    this.merged = null;
    this.summarizing = true;
    const { scenario, seed } = this.req;
    const gen = this.attempt;
    this.single(1, async (api) => {
      const a = await api.summarize(scenario, seed, transfer(batches, buffersOf(batches)), !final);
      if (gen !== this.attempt) return;
      this.summarizing = false;
      if (this.closed) return;
      if (a.batch) {
        this.merged = a.batch;
        this.mergedRuns = upTo;
      }
      this.publish(a.result, upTo, false);
      if (!final) this.advance();
    });
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

  /**
   * A piece failed. A worker that went silent (the pool's watchdog) costs a fresh start on fresh workers, at
   * most twice; any other failure, or a third silence, fails the request.
   */
  private fail(e: EngineError, gen = this.attempt): void {
    if (this.superseded || this.finished || gen !== this.attempt) return;
    if (e.silent && this.attempt < 2) {
      this.attempt++;
      this.drop();
      this.cursor = this.previewRuns;
      this.mergedRuns = 0;
      this.previewDone = false;
      this.summarizing = false;
      this.start();
      return;
    }
    this.finished = true;
    this.drop();
    this.caller.reject(e);
  }

  /** Drops the waiting pieces and the buffers held. */
  private drop(): void {
    this.pool.remove(this);
    this.merged = null;
    this.pending = [];
  }

  supersede(): void {
    if (this.superseded) return;
    this.superseded = true;
    this.drop();
    if (!this.finished) {
      this.finished = true;
      this.caller.resolve('superseded');
    }
  }
}
