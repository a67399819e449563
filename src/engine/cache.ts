/** Final results of recent requests, by scenario, seed and runs. */
import type { SimResult } from '../model/types';
import type { RunRequest } from './types';

/** The key of a request's answer: scenario, seed and runs. */
export const keyOf = (req: RunRequest) => JSON.stringify([req.scenario, req.seed, req.runs]);

/**
 * Final results of recent requests, so that going back to a value answers at once. Least recently used goes.
 * (The curve's finished curves use the same, with curves: engine/curve.ts CurveDone.)
 */
export class ResultCache<T = SimResult> {
  private map = new Map<string, T>();
  constructor(private readonly size: number) {}
  get(key: string): T | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }
  set(key: string, result: T): void {
    if (this.size <= 0) return;
    this.map.delete(key);
    this.map.set(key, result);
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
}
