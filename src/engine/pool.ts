/**
 * The worker pool: a fixed number of slots, each a lazily started worker behind comlink, fed from a list of
 * jobs. A job hands out pieces of work one at a time (`take`), so a request's runs are cut into chunks only
 * when a worker is free and the chunk size can follow the latest timing. The highest-priority job (lowest
 * number; ties: oldest) gets the next free worker: previews before summaries before chunks.
 *
 * Faults: a worker that fires 'error'/'messageerror' (it died, or could not load) or stays silent past the time
 * limit is terminated, and the jobs of the pieces it held get an EngineError: 'no-workers' when it never answered
 * anything (it most likely could not load), else 'worker-failed'. A piece that rejects (the worker threw) fails
 * its job with 'worker-failed'; that worker takes no more pieces, finishes those it holds and is then terminated.
 * Either way a fresh worker takes the slot on demand. Idle workers are shut down after `idleMs`.
 *
 * Watchdog (./watchdog.ts): a worker silent for longer than its limit is terminated and its pieces fail with a
 * 'worker-failed' error marked `silent`, which the request answers by running again on a fresh worker (./run.ts).
 */
import type { Remote } from 'comlink';
import type { SimApi } from '../../workers/simulation.worker';
import { closeSlot, openSlot, type Slot } from './slot';
import { EngineError, type WorkerLike } from './types';
import { Watchdog, now, type WatchdogOptions } from './watchdog';

/**
 * A piece of work on one worker. `alive` tells the watchdog the worker is working (a long piece that reports
 * progress, such as the best-split search, calls it on every report).
 */
export type Piece = (api: Remote<SimApi>, alive: () => void) => Promise<void>;

export interface Job {
  /** Who owns the job; `remove(owner)` drops all of its jobs not yet handed out. */
  owner: object;
  /** 0 = first. */
  priority: number;
  /** The next piece of work, or null when the job has none left (it is then removed). */
  take(): Piece | null;
  /** A piece of this job failed (the worker threw, died or timed out). */
  failed(error: EngineError): void;
}

interface Queued {
  job: Job;
  seq: number;
}

export interface PoolOptions extends WatchdogOptions {
  size: number;
  /**
   * Pieces a worker may hold at once. With 2, the next piece waits inside the worker while the main thread is
   * busy (say, drawing the last result), so the worker never idles between chunks.
   */
  depth: number;
  createWorker: () => WorkerLike;
  idleMs: number;
}

export class Pool {
  readonly size: number;
  private readonly opts: PoolOptions;
  private slots: Slot[] = [];
  private queue: Queued[] = [];
  private seq = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  /** Workers that threw, finishing their pieces before they go. */
  private retired = new Set<Slot>();
  private readonly watchdog: Watchdog;

  constructor(opts: PoolOptions) {
    this.opts = opts;
    this.size = opts.size;
    this.watchdog = new Watchdog(opts);
  }

  /** Workers alive now. */
  get alive(): number {
    return this.slots.length;
  }

  add(job: Job): void {
    if (this.disposed) {
      job.failed(new EngineError('no-workers', 'The engine has been disposed.'));
      return;
    }
    this.queue.push({ job, seq: this.seq++ });
    this.queue.sort((a, b) => a.job.priority - b.job.priority || a.seq - b.seq);
    this.pump();
  }

  /** Drops the owner's jobs that are waiting; pieces already running finish and their results are ignored. */
  remove(owner: object): void {
    this.queue = this.queue.filter((q) => q.job.owner !== owner);
  }

  dispose(): void {
    this.disposed = true;
    this.queue = [];
    this.clearIdle();
    for (const slot of [...this.slots, ...this.retired])
      this.kill(slot, new EngineError('no-workers', 'The engine was disposed.'));
  }

  private pump(): void {
    this.clearIdle();
    while (this.queue.length > 0 && this.hasRoom()) {
      // The piece first: a worker is started only for work that exists.
      const next = this.nextPiece();
      if (!next) break;
      const slot = this.freeSlot();
      if (!slot) return; // no worker could start: the queued jobs, this one included, have failed
      this.runPiece(slot, next.job, next.piece);
    }
    if (this.queue.length === 0 && this.slots.every((s) => s.running.size === 0)) this.armIdle();
  }

  /**
   * Starts the first worker now, before any request (the page calls it at start): the worker's module loads
   * and compiles while the page mounts, instead of after the first request. Idle workers stop as usual.
   */
  warm(): void {
    if (this.disposed || this.slots.length > 0) return;
    if (this.startWorker()) {
      this.clearIdle();
      this.armIdle();
    }
  }

  private nextPiece(): { job: Job; piece: Piece } | null {
    while (this.queue.length > 0) {
      const { job } = this.queue[0];
      const piece = job.take();
      if (piece) return { job, piece };
      this.queue.shift();
    }
    return null;
  }

  private hasRoom(): boolean {
    return this.slots.length < this.size || this.slots.some((s) => s.running.size < this.opts.depth);
  }

  /** An idle worker, else a new one, else the least loaded one with room for another piece. */
  private freeSlot(): Slot | null {
    const idle = this.slots.find((s) => s.running.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.startWorker();
    let best: Slot | null = null;
    for (const s of this.slots)
      if (s.running.size < this.opts.depth && (!best || s.running.size < best.running.size)) best = s;
    return best;
  }

  private startWorker(): Slot | null {
    let worker: WorkerLike;
    try {
      worker = this.opts.createWorker();
    } catch (e) {
      const error = new EngineError('no-workers', `Could not start a worker: ${message(e)}`);
      const jobs = this.queue.map((q) => q.job);
      this.queue = [];
      for (const job of jobs) job.failed(error);
      return null;
    }
    const slot = openSlot(worker, (dead, error) => {
      this.kill(dead, error);
      this.pump();
    });
    this.slots.push(slot);
    return slot;
  }

  private runPiece(slot: Slot, job: Job, piece: Piece): void {
    let settled = false;
    /** `thrown`: the worker answered with an error (it is alive: it finishes its other pieces, then goes). */
    const settle = (error: EngineError | null, thrown = false) => {
      if (settled) return;
      settled = true;
      stopWatching();
      slot.running.delete(settle);
      if (error) {
        job.failed(error);
        if (thrown) this.retire(slot);
        else this.kill(slot, error);
      } else if (slot.retiring && slot.running.size === 0) {
        this.kill(slot, new EngineError('worker-failed', 'retired'));
      }
      this.pump();
    };
    if (slot.running.size === 0) slot.lastSign = now();
    const stopWatching = this.watchdog.watch(slot, (silent) => {
      const error = new EngineError(
        'worker-failed',
        `The simulation worker gave no sign of life for ${Math.round(silent)} ms.`,
      );
      error.silent = true;
      settle(error);
    });
    slot.running.add(settle);
    piece(slot.api, () => {
      if (!settled) slot.lastSign = now();
    }).then(
      () => {
        const t = now();
        this.watchdog.answered(slot, t);
        slot.lastSign = t;
        slot.answered = true;
        settle(null);
      },
      (e) => settle(e instanceof EngineError ? e : new EngineError('worker-failed', message(e)), true),
    );
  }

  /** Replaces a worker that threw: no new pieces go to it, and it is terminated once its pieces are answered. */
  private retire(slot: Slot): void {
    if (slot.retiring || slot.dead) return;
    slot.retiring = true;
    this.retired.add(slot);
    this.slots = this.slots.filter((s) => s !== slot);
    if (slot.running.size === 0) this.kill(slot, new EngineError('worker-failed', 'retired'));
  }

  /** Terminates a slot's worker and frees the slot; its running pieces fail with `error`. */
  private kill(slot: Slot, error: EngineError): void {
    if (slot.dead) return;
    closeSlot(slot);
    this.retired.delete(slot);
    this.slots = this.slots.filter((s) => s !== slot);
    for (const fail of [...slot.running]) fail(error);
  }

  private armIdle(): void {
    if (this.slots.length === 0 || this.disposed) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.queue.length > 0 || this.slots.some((s) => s.running.size > 0)) return;
      for (const slot of [...this.slots]) this.kill(slot, new EngineError('worker-failed', 'idle'));
    }, this.opts.idleMs);
    // Never keeps Node (tests, scripts) alive on its own.
    (this.idleTimer as { unref?: () => void }).unref?.();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
