/**
 * The engine's contract with the interface (state/ and ui/).
 * One engine owns the worker pool. Requests go through named channels; within a channel the latest
 * request wins: an older one is superseded and none of its results is published after a newer one's.
 */
import type { BestSplit, BestSplitProgress } from '../model/bestSplit';
import type { Curve } from '../model/curve';
import type { Threshold, Tornado } from '../model/sensitivityRun';
import type { VarianceShares } from '../model/varianceShares';
import type { Scenario, SimResult } from '../model/types';

export interface RunRequest {
  scenario: Scenario;
  seed: string;
  /** Runs in the full result (the preview uses fewer). */
  runs: number;
}

export interface Progress {
  /** The request this answers (scenario and seed exactly as requested). */
  request: RunRequest;
  result: SimResult;
  runsDone: number;
  runsTotal: number;
  /** The quick first answer with a small number of runs. */
  preview: boolean;
  /** All runs are in. */
  final: boolean;
}

/** Codes the interface translates (src/i18n). */
export type EngineErrorCode = 'worker-failed' | 'invalid-request' | 'no-workers';

export class EngineError extends Error {
  /** The worker went silent (the watchdog gave up on it): the request may run again on a fresh worker. */
  silent = false;
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export type Outcome = 'done' | 'superseded';

export interface Channel {
  /**
   * Starts a request, superseding any in flight on this channel. `onUpdate` receives the preview, merged
   * partial results and the final result, in order. Resolves 'done' after the final update, or
   * 'superseded' when a newer request on this channel took over (no update of this one follows). Rejects
   * with an EngineError when a worker fails; the engine keeps serving later requests.
   */
  request(req: RunRequest, onUpdate: (p: Progress) => void): Promise<Outcome>;
  /** Supersedes whatever is in flight without starting anything. */
  cancel(): void;
}

/**
 * The investment curve of a scenario (model/curve.ts): `levels` (default 41) and `max` as curveLevels takes them;
 * `runs` by default the model's recommended runs at the curve's top budget.
 */
export interface CurveRequest {
  scenario: Scenario;
  seed: string;
  runs?: number;
  levels?: number;
  max?: number;
  /** Only a curve finished before (the same levels, seed and runs; see engine/curve.ts CurveDone), else null at once. */
  cachedOnly?: boolean;
}
export interface CurveProgress {
  runsDone: number;
  runsTotal: number;
}
/** A curve on its way: the promise gives the curve, or null once cancelled; rejects with an EngineError. */
export interface CurveHandle {
  promise: Promise<Curve | null>;
  cancel(): void;
}

/** The best split of the scenario's total: every split tried with `runs` runs of `seed`. */
export interface BestSplitRequest {
  scenario: Scenario;
  seed: string;
  runs: number;
}
/** A search on its way: the best split, or null once cancelled; rejects with an EngineError. */
export interface BestSplitHandle {
  promise: Promise<BestSplit | null>;
  cancel(): void;
}

/** What decides the answer (model/sensitivityRun.ts): the tornado, the variance shares, then the thresholds. */
export interface SensitivityRequest {
  scenario: Scenario;
  seed: string;
  runs: number;
  /** Runs in the preview (default 100). */
  previewRuns?: number;
  /** false: no thresholds (the tornado settles as final). */
  thresholds?: boolean;
}
export interface SensitivityProgress {
  tornado: Tornado;
  shares: VarianceShares | null;
  /** null until they are in (after the settled tornado). */
  thresholds: Threshold[] | null;
  /** the quick tornado with the preview's runs */
  preview: boolean;
  /** everything is in */
  final: boolean;
}
/** A sensitivity on its way: the last progress, or null once cancelled; rejects with an EngineError. */
export interface SensitivityHandle {
  promise: Promise<SensitivityProgress | null>;
  cancel(): void;
}

/** What createEngine adds to an Engine for the investment curve and the best split. */
export interface CurveEngine {
  /** The investment curve, its runs chunked across the workers; progress after every chunk. */
  curve(req: CurveRequest, onProgress?: (p: CurveProgress) => void): CurveHandle;
  /** The best split, searched in one worker; progress after every split tried. */
  bestSplit(req: BestSplitRequest, onProgress?: (p: BestSplitProgress) => void): BestSplitHandle;
  /** What decides the answer: the tornado's ends spread over the workers, a preview first (engine/sensitivity.ts). */
  sensitivity(req: SensitivityRequest, onProgress?: (p: SensitivityProgress) => void): SensitivityHandle;
}

export interface Engine {
  /** The named channel (created on first use): 'main', 'reference', 'pinned', … */
  channel(name: string): Channel;
  /** Starts a worker ahead of the first request (see Pool.warm). */
  warm(): void;
  dispose(): void;
}

/**
 * What the pool needs of a worker: a comlink endpoint that can be terminated. A browser `Worker` is one; Node
 * tests pass a MessagePort-backed stand-in. The pool listens for 'error' (and 'messageerror') events to learn
 * that a worker died.
 */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: string, listener: (event: Event | MessageEvent) => void, options?: object): void;
  removeEventListener(type: string, listener: (event: Event | MessageEvent) => void, options?: object): void;
  start?: () => void;
  terminate(): void;
}

export interface EngineOptions {
  /** Workers in the pool; default navigator.hardwareConcurrency - 1, clamped to 1..8. */
  workers?: number;
  /** Makes a worker; default a module Worker on workers/simulation.worker.ts. */
  createWorker?: () => WorkerLike;
  /** Runs in the preview; default adaptive (about `previewMs` of work, 16..100 runs; 32 before any timing). */
  previewRuns?: number;
  /** Runs per chunk of the refinement; default adaptive (about `chunkMs` of work per chunk). */
  chunkRuns?: number;
  /** Work per preview, ms (adaptive sizing). Default 8 (15 before: the preview's p95 under load was 116 ms). */
  previewMs?: number;
  /** Work per chunk, ms (adaptive sizing). Default 12. */
  chunkMs?: number;
  /**
   * Work per chunk of a full curve (more than CURVE_KEEP_MAX runs: asked when a change has settled), ms. Default 30:
   * fewer round trips (bench:browser, Hedemora curve settle p50 about 40 ms sooner than with 12); a curve's preview
   * keeps `chunkMs`.
   */
  curveChunkMs?: number;
  /**
   * Pieces of work a worker may hold at once (one running, the rest waiting inside it). A newer request waits at
   * most about pipeline x chunkMs behind them. Default 1: with 2 the next move's preview waited behind a queued
   * chunk (bench:browser, quiet: preview p95 77 -> 54 ms with 1, the full result no slower).
   */
  pipeline?: number;
  /**
   * Least time between two merged partial results of one request, ms; none is made when the remaining runs need
   * less than half of it. Default 200.
   */
  partialIntervalMs?: number;
  /** Idle time after which all workers are shut down, ms. Default 60 000. */
  idleMs?: number;
  /** Final results kept for requests asked again (same scenario, seed and runs). Default 32; 0 = none. */
  cacheSize?: number;
  /** A worker silent this many times the slowest recent gap between its answers is replaced. Default 4. */
  watchdogFactor?: number;
  /** The watchdog never replaces a worker sooner than this, ms. Default 1 000. */
  watchdogMinMs?: number;
  /** A worker that has not answered yet (still loading) is replaced after this, ms. Default 10 000. */
  loadTimeoutMs?: number;
  /** A worker that has not answered one piece of work in this time is taken for dead, ms. Default 60 000. */
  taskTimeoutMs?: number;
}
