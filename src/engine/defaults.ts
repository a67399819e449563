/** The engine's defaults: tuning values, request limits, the worker count and the worker itself. */
import { RUN_LIMITS } from '../model/params';
import { EngineError, type EngineOptions, type RunRequest, type WorkerLike } from './types';

/** A curve's pieces run behind every piece of a result (preview 0, summaries 1, chunks 2): it never delays the answer to a change. */
export const CURVE_PRIORITY = 3;

/** Largest run count a request may ask for. */
export const MAX_RUNS = RUN_LIMITS.engine;

export const DEFAULTS = {
  previewMs: 8,
  chunkMs: 12,
  curveChunkMs: 30,
  pipeline: 1,
  partialIntervalMs: 200,
  idleMs: 60_000,
  taskTimeoutMs: 60_000,
  watchdogFactor: 4,
  watchdogMinMs: 1000,
  loadTimeoutMs: 10_000,
  cacheSize: 32,
};
export type Tuning = typeof DEFAULTS & Pick<EngineOptions, 'previewRuns' | 'chunkRuns'>;

/** The options with every default filled in. */
export function tuning(options: EngineOptions): Tuning {
  const opts: Tuning = { ...DEFAULTS, previewRuns: options.previewRuns, chunkRuns: options.chunkRuns };
  for (const k of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) opts[k] = options[k] ?? DEFAULTS[k];
  return opts;
}

/** One worker per spare core: navigator.hardwareConcurrency - 1, clamped to 1..8. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.min(8, Math.max(1, cores - 1));
}

export function defaultCreateWorker(): WorkerLike {
  if (typeof Worker === 'undefined') throw new Error('this environment has no Worker');
  // This exact form makes Vite emit the worker as its own chunk.
  return new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
}

/** Why a request cannot run, or null when it can. */
export function validate(req: RunRequest): EngineError | null {
  if (!req || typeof req !== 'object' || !req.scenario || typeof req.scenario !== 'object')
    return new EngineError('invalid-request', 'The request has no scenario.');
  if (typeof req.seed !== 'string') return new EngineError('invalid-request', 'The seed must be a string.');
  if (!Number.isInteger(req.runs) || req.runs < 1 || req.runs > MAX_RUNS)
    return new EngineError('invalid-request', `Runs must be a whole number from 1 to ${MAX_RUNS}.`);
  if (!Number.isInteger(req.scenario.horizon) || req.scenario.horizon < 1)
    return new EngineError('invalid-request', 'The horizon must be a whole number of years.');
  return null;
}
