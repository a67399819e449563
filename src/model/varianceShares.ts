/**
 * Which uncertainty matters for the decision (issue 23, MODEL.md "What decides the answer"): the share of the
 * variance of an outcome across runs that each drawn assumption explains alone, its first-order index
 * S_i = Var(E[Y | X_i]) / Var(Y), estimated from the runs the model already makes by binning: the runs sorted by
 * the assumption's normal, cut into B bins of equal count, a straight line fitted in each bin (so the wide tail bins
 * lose little), and the sum of squares the 2B − 1 fitted terms explain corrected for the noise they explain by chance
 * (its expectation, (2B − 1) σ²_residual). Binning needs no model of how Y depends on X_i (a curved or
 * flat-then-rising dependence is caught). What the assumptions
 * leave unexplained is the children's own chance and the assumptions' interactions.
 */
import { RUN_PARAM_DRAWS, runParamNormals } from './economics';
import { Xor128 } from './rng';
import { DRAW_INDEX, assumptionsOf } from './sensitivity';
import type { AssumptionId } from './sensitivity';
import type { RunBatch, Scenario } from './types';
import { cashflows } from './cashflow';
import { judgedIndex } from './target';

/** Bins for R runs: about half the square root of R, at least 2 and at most R / 20. */
export function binsFor(R: number): number {
  return Math.max(2, Math.min(Math.floor(R / 20), Math.round(Math.sqrt(R) / 2)));
}

/**
 * The first-order index of y on x (equal-count bins of x's order), bias-corrected and clamped to [0, 1];
 * 0 when y does not vary.
 */
export function firstOrderIndex(x: ArrayLike<number>, y: ArrayLike<number>, bins = binsFor(y.length)): number {
  const R = y.length;
  if (bins < 2 || R < 4 * bins) return 0;
  const order = Array.from({ length: R }, (_, i) => i).sort((i, j) => x[i] - x[j] || i - j);
  let mean = 0;
  for (let i = 0; i < R; i++) mean += y[i];
  mean /= R;
  let sst = 0;
  for (let i = 0; i < R; i++) sst += (y[i] - mean) ** 2;
  if (!(sst > 1e-24 * R * (mean * mean + 1))) return 0; // constant up to rounding
  // Within each bin a straight line in x (piecewise-linear regression): the bins' means and slopes explain SSM with
  // 2B − 1 degrees of freedom; the noise they explain by chance, (2B − 1) × the residual mean square, is taken off.
  let ssm = 0;
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * R) / bins);
    const to = Math.floor(((b + 1) * R) / bins);
    const n = to - from;
    let mx = 0;
    let my = 0;
    for (let k = from; k < to; k++) {
      mx += x[order[k]];
      my += y[order[k]];
    }
    mx /= n;
    my /= n;
    let sxx = 0;
    let sxy = 0;
    for (let k = from; k < to; k++) {
      const dx = x[order[k]] - mx;
      sxx += dx * dx;
      sxy += dx * (y[order[k]] - my);
    }
    ssm += n * (my - mean) ** 2 + (sxx > 0 ? (sxy * sxy) / sxx : 0);
  }
  const p = 2 * bins - 1;
  const sse = Math.max(0, sst - ssm);
  const s = (ssm - (p * sse) / (R - 2 * bins)) / sst;
  return s < 0 ? 0 : s > 1 ? 1 : s;
}

export interface VarianceShares {
  /** Per drawn assumption (in assumptionsOf order): its share of the variance of the municipality's npv and of the at-risk count. */
  rows: { id: AssumptionId; npv: number; atRisk: number }[];
  /** 1 − the sum of the shares: the children's own chance and interactions (never below 0 when the shares sum to at most 1). */
  rest: { npv: number; atRisk: number };
  runs: number;
  bins: number;
  /** The spread of the estimate for an assumption that explains nothing, about sqrt(2 (2B − 1)) / R: shares below it are not told from 0. */
  noise: number;
}

/**
 * The variance shares of a batch (its scenario and seed): each run's normals drawn again from its parameter stream
 * (`${seed}:${run}:P`, the first RUN_PARAM_DRAWS normals, as drawRunParams draws them), the outcomes per run from the
 * batch (the target-year count at risk; the municipality's npv from the cash flows). Null with uncertainty off (nothing drawn).
 */
export function varianceShares(s: Scenario, seed: string, b: RunBatch): VarianceShares | null {
  if (!s.uncertainty || b.runCount < 20) return null;
  const R = b.runCount;
  const z = new Float64Array(R * RUN_PARAM_DRAWS);
  for (let r = 0; r < R; r++) z.set(runParamNormals(new Xor128(`${seed}:${b.runStart + r}:P`)), r * RUN_PARAM_DRAWS);
  const ti = judgedIndex(s, b.years);
  const atRisk = Float64Array.from({ length: R }, (_, r) => b.atRisk[r * b.years + ti]);
  const npv = cashflows(s, b).npvRun.municipality;
  const bins = binsFor(R);
  const rows = assumptionsOf(s)
    .filter((a) => DRAW_INDEX[a.id] !== undefined)
    .map((a) => {
      const j = DRAW_INDEX[a.id] as number;
      const x = Float64Array.from({ length: R }, (_, r) => z[r * RUN_PARAM_DRAWS + j]);
      return { id: a.id, npv: firstOrderIndex(x, npv, bins), atRisk: firstOrderIndex(x, atRisk, bins) };
    });
  const sum = (k: 'npv' | 'atRisk') => rows.reduce((t, r) => t + r[k], 0);
  const noise = Math.sqrt(2 * (2 * bins - 1)) / R;
  return {
    rows,
    rest: { npv: Math.max(0, 1 - sum('npv')), atRisk: Math.max(0, 1 - sum('atRisk')) },
    runs: R,
    bins,
    noise,
  };
}
