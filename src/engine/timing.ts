/** Sizing of pieces from the workers' own timings. */
import type { Tuning } from './defaults';
import type { RunRequest } from './types';

export const PREVIEW_MIN = 4;
export const PREVIEW_MAX = 100;
/**
 * Runs in a preview before any cost is learned: the page's first, in a cold worker (measured in Chromium: 32 runs took
 * 360–500 ms, JIT-compiling as they ran). 8 give the first answer sooner (on the phone profile, issue 22); the full
 * result follows from the same runs on.
 */
export const PREVIEW_FIRST = 8;
export const CHUNK_MIN = 4;
/** A preview's run is taken to cost at most this many times a chunk's (see Timing.get). */
export const PREVIEW_COST_MAX = 3;
export const CHUNK_FIRST = 25;
/** A partial summary only while the runs left take at least this many partial intervals (see partialDue). */
export const PARTIAL_LEFT_FACTOR = 2;

/**
 * What a piece's time is learned for: `chunk` the runs of a chunk; `preview` the whole preview call (its runs and
 * its summary). Learned apart because a preview's runs cost more than a chunk's: they are the first after a change
 * (measured in Chromium: about 0.55 ms a Hedemora run in the preview, 0.28 in the chunks after it), and sized by
 * the chunks' cost the preview took twice its budget.
 */
export type PieceKind = 'chunk' | 'preview';

/**
 * Milliseconds per run, learned from the workers' own timings, per size class of scenario (the cost of a run
 * grows with the population and the horizon) and kind of piece. Only sizes pieces; never changes a result.
 */
export class Timing {
  private perRun = new Map<string, number>();
  private key(req: RunRequest, kind: PieceKind): string {
    return `${kind}:${Math.round(Math.log2(Math.max(1, req.scenario.births)) * 2)}:${req.scenario.horizon}`;
  }
  /**
   * The learned cost of a run in this kind of piece. A preview not yet timed takes the chunks' cost, and a preview's
   * cost is taken as at most PREVIEW_COST_MAX times the chunks': the first preview after the page loads runs cold
   * (measured in Chromium: 32 runs in 360–500 ms, 15 times a warm run), and learned as it is, it kept the next
   * half-dozen previews at the fewest runs.
   */
  get(req: RunRequest, kind: PieceKind = 'chunk'): number | undefined {
    const v = this.perRun.get(this.key(req, kind));
    if (kind === 'chunk') return v;
    const chunk = this.get(req);
    if (v === undefined) return chunk;
    return chunk === undefined ? v : Math.min(v, chunk * PREVIEW_COST_MAX);
  }
  add(req: RunRequest, runs: number, ms: number, kind: PieceKind = 'chunk'): void {
    if (runs <= 0 || !(ms >= 0)) return;
    const k = this.key(req, kind);
    const v = Math.max(ms, 0.01) / runs;
    const old = this.perRun.get(k);
    this.perRun.set(k, old === undefined ? v : old * 0.6 + v * 0.4);
  }
}

/**
 * Runs in the preview: about `previewMs` of work at the learned `perRun` (ms, the preview's own: runs and summary),
 * or the fixed count asked for.
 */
export function previewSize(opts: Tuning, perRun: number | undefined): number {
  if (opts.previewRuns) return Math.max(1, Math.floor(opts.previewRuns));
  if (perRun === undefined) return PREVIEW_FIRST;
  return Math.max(PREVIEW_MIN, Math.min(PREVIEW_MAX, Math.round(opts.previewMs / perRun)));
}

/** Runs in the next chunk: about `chunkMs` of work, never so many that a worker of the pool would stay without work. */
export function chunkSize(opts: Tuning, perRun: number | undefined, refineRuns: number, workers: number): number {
  if (opts.chunkRuns) return Math.max(1, Math.floor(opts.chunkRuns));
  const size = perRun === undefined ? CHUNK_FIRST : Math.round(opts.chunkMs / perRun);
  return Math.max(CHUNK_MIN, Math.min(size, Math.ceil(refineRuns / workers)));
}

/**
 * A partial summary is due when the last publication is `partialIntervalMs` old and the `leftRuns` will take at least
 * twice that yet (otherwise the final result is near, and a partial one would only delay it: each partial merges and
 * summarizes every run so far in the worker the runs need, about 15–30 ms for Hedemora's 1 000 in Chromium; issue 22).
 */
export function partialDue(
  opts: Tuning,
  perRun: number | undefined,
  sinceLastMs: number,
  leftRuns: number,
  workers: number,
): boolean {
  const interval = opts.partialIntervalMs;
  if (sinceLastMs < interval) return false;
  if (perRun === undefined || interval === 0) return true;
  return (leftRuns * perRun) / workers >= interval * PARTIAL_LEFT_FACTOR;
}
