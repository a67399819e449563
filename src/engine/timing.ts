/** Sizing of pieces from the workers' own timings. */
import type { RunRequest } from './types';

export const PREVIEW_MIN = 16;
export const PREVIEW_MAX = 100;
export const PREVIEW_FIRST = 32;
export const CHUNK_MIN = 4;
export const CHUNK_FIRST = 25;

/**
 * Milliseconds per run, learned from the workers' own timings, per size class of scenario (the cost of a run
 * grows with the population and the horizon). Only sizes pieces; never changes a result.
 */
export class Timing {
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
