/**
 * TEMPORARY slice implementation of the model contract (replaced by the cohort model, issue 3).
 * Keeps the signatures the engine, workers and CLI rely on:
 *   simulateRuns(scenario, seed, runStart, runEnd) -> RunBatch
 *   mergeBatches(batches) -> RunBatch
 *   summarize(scenario, seed, batch) -> SimResult
 *   simulate(scenario, { runs, seed }) -> SimResult
 */
import seedrandom from 'seedrandom';
import { AREAS, PAYERS } from './types';
import type { AreaKey, Bands, RunBatch, Scenario, SimResult } from './types';

const perArea = <T>(f: (a: AreaKey) => T): Record<AreaKey, T> =>
  Object.fromEntries(AREAS.map((a) => [a, f(a)])) as Record<AreaKey, T>;

export function simulateRuns(s: Scenario, seed: string, runStart: number, runEnd: number): RunBatch {
  const n = runEnd - runStart;
  const Y = s.horizon;
  const atRisk = new Float64Array(n * Y);
  const base = new Float64Array(n * Y);
  const budget = s.detect + s.parent + s.firstline + s.school;
  for (let r = 0; r < n; r++) {
    const rng = seedrandom.xor128(`${seed}:${runStart + r}`);
    for (let y = 0; y < Y; y++) {
      const shrink = Math.min(0.9, (budget / (s.births * 50_000)) * Math.min(1, y / 10));
      let b = 0;
      let k = 0;
      for (let c = 0; c < s.births; c++) {
        const u = rng();
        if (u < s.baseRisk) {
          b++;
          if (u < s.baseRisk * (1 - shrink)) k++;
        }
      }
      base[r * Y + y] = b;
      atRisk[r * Y + y] = k;
    }
  }
  return {
    runStart,
    runCount: n,
    years: Y,
    atRisk,
    baselineAtRisk: base,
    reached: perArea(() => new Float64Array(n * Y)),
    spending: perArea(() => new Float64Array(n * Y)),
    benefits: new Float64Array(n * Y),
    leaveOneOut: perArea(() => new Float64Array(n)),
    cohort: { year: s.startYear + 10, shown: 0, total: s.births, sampled: false, neverAtRisk: 0, helped: 0, stillAtRisk: 0 },
  };
}

export function mergeBatches(batches: RunBatch[]): RunBatch {
  const sorted = [...batches].sort((a, b) => a.runStart - b.runStart);
  const cat = (f: (b: RunBatch) => Float64Array) => {
    const parts = sorted.map(f);
    const out = new Float64Array(parts.reduce((t, p) => t + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  return {
    runStart: sorted[0].runStart,
    runCount: sorted.reduce((t, b) => t + b.runCount, 0),
    years: sorted[0].years,
    atRisk: cat((b) => b.atRisk),
    baselineAtRisk: cat((b) => b.baselineAtRisk),
    reached: perArea((a) => cat((b) => b.reached[a])),
    spending: perArea((a) => cat((b) => b.spending[a])),
    benefits: cat((b) => b.benefits),
    leaveOneOut: perArea((a) => cat((b) => b.leaveOneOut[a])),
    cohort: sorted[0].cohort,
  };
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function bands(data: Float64Array, runs: number, Y: number): Bands {
  const out: Bands = { mean: [], p05: [], p25: [], p50: [], p75: [], p95: [] };
  for (let y = 0; y < Y; y++) {
    const col: number[] = [];
    for (let r = 0; r < runs; r++) col.push(data[r * Y + y]);
    col.sort((a, b) => a - b);
    out.mean.push(col.reduce((t, v) => t + v, 0) / runs);
    out.p05.push(quantile(col, 0.05));
    out.p25.push(quantile(col, 0.25));
    out.p50.push(quantile(col, 0.5));
    out.p75.push(quantile(col, 0.75));
    out.p95.push(quantile(col, 0.95));
  }
  return out;
}

export function summarize(s: Scenario, seed: string, b: RunBatch): SimResult {
  const Y = b.years;
  const years = Array.from({ length: Y }, (_, i) => s.startYear + i);
  const atRisk = bands(b.atRisk, b.runCount, Y);
  const baseline = bands(b.baselineAtRisk, b.runCount, Y);
  const ti = Math.min(10, Y - 1);
  const target = (baseline.mean.reduce((t, v) => t + v, 0) / Y) / 2;
  let hit = 0;
  for (let r = 0; r < b.runCount; r++) if (b.atRisk[r * Y + ti] <= target) hit++;
  const probability = hit / b.runCount;
  const first = atRisk.mean.findIndex((m) => m <= target);
  const zeros = () => new Array<number>(Y).fill(0);
  return {
    scenario: s,
    runs: b.runCount,
    seed,
    years,
    atRisk,
    baseline: { atRisk: baseline },
    reached: perArea(zeros),
    spending: perArea(zeros),
    halving: { targetYear: years[ti], target, probability, firstYearReached: first < 0 ? null : years[first] },
    economics: {
      cost: 0,
      pvCost: 0,
      pvBenefits: 0,
      npv: 0,
      bcr: null,
      paybackYear: null,
      probBenefitsExceedCost: 0,
      byPayer: Object.fromEntries(PAYERS.map((p) => [p, 0])) as SimResult['economics']['byPayer'],
      cumulativeCost: zeros(),
      cumulativeBenefits: zeros(),
      unspent: 0,
    },
    contributions: perArea(() => 0),
    cohort: b.cohort,
    se: {
      atRiskTarget: 0,
      probability: Math.sqrt((probability * (1 - probability)) / b.runCount),
      npv: 0,
    },
  };
}

export function simulate(s: Scenario, opts: { runs: number; seed: string }): SimResult {
  return summarize(s, opts.seed, simulateRuns(s, opts.seed, 0, opts.runs));
}
