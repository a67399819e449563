/** Per-run parameters and economics (costs, effects, discounting). */
import { AREA_SPECS, COST_AGE_FROM, COST_AGE_TO, UNCERTAINTY, effectSize } from './assumptions';
import { NA } from './capacity';
import type { Xor128 } from './rng';
import { AREAS } from './types';
import type { Scenario } from './types';

/** Present value at age 16 of 1 SEK of lifetime cost spread evenly over ages 20..64. */
export function annuityFromSixteen(discount: number): number {
  const n = COST_AGE_TO - COST_AGE_FROM;
  let t = 0;
  for (let age = COST_AGE_FROM; age < COST_AGE_TO; age++) t += Math.pow(1 + discount, -(age - 16)) / n;
  return t;
}

/** Per-run parameters drawn from their ranges (or fixed when uncertainty = 0). */
export interface RunParams {
  d: Float64Array;
  cost: Float64Array;
  fade: number;
  exclusionCost: number;
}

export function drawRunParams(s: Scenario, g: Xor128): RunParams {
  const z = new Float64Array(10);
  for (let i = 0; i < 10; i++) z[i] = g.normal(); // always 10 draws: streams stay aligned
  const u = s.uncertainty ? 1 : 0;
  const d = new Float64Array(NA);
  const cost = new Float64Array(NA);
  AREAS.forEach((a, k) => {
    const e = effectSize(s, a);
    d[k] = Math.max(0, e.mean + u * e.sd * z[k]);
    const sd = UNCERTAINTY.costSd;
    cost[k] = AREA_SPECS[a].cost * Math.exp(u * (sd * z[4 + k] - (sd * sd) / 2));
  });
  const fade = Math.min(1, Math.max(0, s.fadeout + u * UNCERTAINTY.fadeSd * z[8]));
  const exclusionCost = s.exclusionCost * Math.min(1.5, Math.max(0.5, 1 + u * UNCERTAINTY.exclusionSd * z[9]));
  return { d, cost, fade, exclusionCost };
}
