/**
 * The tornado and the thresholds (issue 23, MODEL.md "What decides the answer"). Every end of the tornado is the
 * model run with that one assumption set (sensitivity.ts `withAssumption`), same seed and runs as the central run
 * (common random numbers); an assumption that moves only the economics reuses the central run's children (exact:
 * the children never read it) and recomputes its economics. Thresholds: bisection on the model.
 */
import { curveLevels, scenarioAtLevel } from './curveLevels';
import { drawRunParams, exclusionFactor } from './economics';
import { Xor128 } from './rng';
import { withAssumption } from './sensitivity';
import type { Assumption, AssumptionId } from './sensitivity';
import type { SimOptions } from './sample';
import { mergeBatches, simulateRuns, summarize } from './simulate';

/** Runs per chunk when a caller asks to hear of progress (runWith's onChunk). */
export const CHUNK_RUNS = 50;
import { judgedIndex } from './target';
import type { RunBatch, Scenario, SimResult } from './types';
import { batchOutcomes } from './outcomes';
import { tornadoPass } from './tornadoPass';
import { assembleTornado, tornadoEnds } from './tornadoEnds';
import type { EndOutcome } from './tornadoEnds';
export * from './tornadoEnds';
import { varianceShares } from './varianceShares';
import { sortedBy, swing } from './tornadoOrder';
import type { Outcomes, Tornado, TornadoRow } from './tornadoOrder';
export * from './tornadoOrder';
import type { VarianceShares } from './varianceShares';

/** The three outcomes of a summarised run set, with their standard errors. */
export function outcomesOf(r: SimResult, npvRun?: Float64Array): Outcomes {
  const ti = judgedIndex(r.scenario, r.years.length);
  const m = r.economics.payers.municipality;
  const p = r.halving.probability;
  return {
    atRisk: r.atRisk.mean[ti],
    chance: p,
    npv: m.npv,
    se: {
      atRisk: r.se.atRiskTarget,
      chance: r.runs > 0 ? Math.sqrt((p * (1 - p)) / r.runs) : 0,
      npv: npvRun ? seOf(npvRun) : 0,
    },
  };
}

function seOf(x: Float64Array): number {
  const n = x.length;
  if (n < 2) return 0;
  let m = 0;
  for (const v of x) m += v / n;
  let q = 0;
  for (const v of x) q += (v - m) * (v - m);
  return Math.sqrt(q / (n - 1) / n);
}

/** One set of runs with one assumption at a value: the batch and its summary. */
export function runWith(
  s: Scenario,
  id: AssumptionId | null,
  value: number,
  seed: string,
  runs: number,
  opts?: SimOptions,
  /** Called after every CHUNK_RUNS runs (a worker's sign of life); the runs are then simulated in chunks, merged in run order (the same numbers). */
  onChunk?: () => void,
): { batch: RunBatch; result: SimResult };
export function runWith(
  s: Scenario,
  id: AssumptionId | null,
  value: number,
  seed: string,
  runs: number,
  opts: SimOptions,
  onChunk: (() => void) | undefined,
  summarise: false,
): { batch: RunBatch; result: null };
export function runWith(
  s: Scenario,
  id: AssumptionId | null,
  value: number,
  seed: string,
  runs: number,
  opts: SimOptions = {},
  onChunk?: () => void,
  summarise = true,
): { batch: RunBatch; result: SimResult | null } {
  const w = id === null ? { scenario: s, opts } : withAssumption(s, id, value, opts);
  let batch: RunBatch;
  if (!onChunk) batch = simulateRuns(w.scenario, seed, 0, runs, w.opts);
  else {
    const parts: RunBatch[] = [];
    for (let r = 0; r < runs; r += CHUNK_RUNS) {
      parts.push(simulateRuns(w.scenario, seed, r, Math.min(runs, r + CHUNK_RUNS), w.opts));
      onChunk();
    }
    batch = parts.length === 1 ? parts[0] : mergeBatches(parts);
  }
  return { batch, result: summarise ? summarize(w.scenario, seed, batch) : null };
}

/**
 * An economics-only assumption at a value, from the central batch: the children are the same (they never read it);
 * the runs' factor on adult savings is drawn again with the pin (drawRunParams' first 16 normals of each run's
 * parameter stream), and the discount rate is the scenario's.
 */
export function economicsBatch(
  s: Scenario,
  central: RunBatch,
  id: AssumptionId,
  value: number,
  seed: string,
  opts: SimOptions = {},
): { scenario: Scenario; batch: RunBatch } {
  const w = withAssumption(s, id, value, opts);
  const batch: RunBatch = { ...central, costFactor: new Float64Array(central.runCount) };
  for (let r = 0; r < central.runCount; r++) {
    const prm = drawRunParams(w.scenario, new Xor128(`${seed}:${central.runStart + r}:P`), w.opts.pins);
    batch.costFactor[r] = exclusionFactor(w.scenario, prm);
  }
  return { scenario: w.scenario, batch };
}

/** economicsBatch summarised. */
export function economicsWith(
  s: Scenario,
  central: RunBatch,
  id: AssumptionId,
  value: number,
  seed: string,
  opts: SimOptions = {},
): SimResult {
  const e = economicsBatch(s, central, id, value, seed, opts);
  return summarize(e.scenario, seed, e.batch);
}

/**
 * The central piece of the tornado: the central run (its outcomes, its batch for the variance shares) and, from it,
 * every end that is not 'full': the economics-only ones, the scenario itself, and the 'children' ends of the pass.
 */
export function tornadoCentral(
  s: Scenario,
  seed: string,
  runs: number,
  opts: SimOptions = {},
  onChunk?: () => void,
): { central: Outcomes; batch: RunBatch; ends: EndOutcome[] } {
  const all = tornadoEnds(s);
  const kids = all.filter((e) => e.route === 'children');
  const pass = tornadoPass(
    s,
    seed,
    0,
    runs,
    kids.map((e) => ({ pins: withAssumption(s, e.as.id, e.value, opts).opts.pins ?? {} })),
    opts,
    onChunk,
    CHUNK_RUNS,
  );
  const central = batchOutcomes(s, pass.central);
  const ends: EndOutcome[] = [];
  for (const e of all) {
    let outcomes: Outcomes | null = null;
    if (e.route === 'central') outcomes = central;
    else if (e.route === 'economics') {
      const x = economicsBatch(s, pass.central, e.as.id, e.value, seed, opts);
      outcomes = batchOutcomes(x.scenario, x.batch);
    } else if (e.route === 'children') outcomes = batchOutcomes(s, pass.ends[kids.indexOf(e)]);
    if (outcomes) ends.push({ id: e.as.id, end: e.end, outcomes });
  }
  return { central, batch: pass.central, ends };
}

/** The outcomes of one tornado end by a separate simulation (the 'full' route; any end gives its own outcomes so). */
export function tornadoEnd(
  s: Scenario,
  id: AssumptionId,
  value: number,
  seed: string,
  runs: number,
  opts: SimOptions = {},
  onChunk?: () => void,
): Outcomes {
  const w = withAssumption(s, id, value, opts);
  return batchOutcomes(w.scenario, runWith(s, id, value, seed, runs, opts, onChunk, false).batch);
}

/** The whole tornado in one thread (the CLI and the tests; the engine spreads the same pieces over its workers). */
export function tornado(s: Scenario, seed: string, runs: number, opts: SimOptions = {}): Tornado {
  return tornadoAndBatch(s, seed, runs, opts).tornado;
}

function tornadoAndBatch(s: Scenario, seed: string, runs: number, opts: SimOptions) {
  const c = tornadoCentral(s, seed, runs, opts);
  const got = new Map(c.ends.map((e) => [`${e.id}:${e.end}`, e.outcomes]));
  for (const e of tornadoEnds(s))
    if (e.route === 'full') got.set(`${e.as.id}:${e.end}`, tornadoEnd(s, e.as.id, e.value, seed, runs, opts));
  return { tornado: assembleTornado(s, seed, runs, c.central, got), batch: c.batch };
}

// ---------------------------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------------------------

export interface Threshold {
  id: AssumptionId;
  /** 'current': the scenario's budgets; 'top': the investment curve's top budget in the same split. */
  budget: 'current' | 'top';
  /** Total budget per year at which it was sought. */
  total: number;
  aim: number;
  /** The value at which the chance is aim (within one standard error); null: not within the range. */
  value: number | null;
  /** Whether the chance rises with the assumption (the vision needs at least `value`) or falls (at most). */
  direction: 'atLeast' | 'atMost';
  /** The chance at `value` and its standard error; the bracket the bisection ended in. */
  chance: number;
  se: number;
  bracket: [number, number];
  /** The chance at the range's two ends. */
  atLow: number;
  atHigh: number;
  evaluations: number;
}

export const THRESHOLD_AIM = 0.5;
const MAX_BISECTIONS = 14;

/** The chance of reaching the target with one assumption at a value (a full run with the same seed and runs). */
export function chanceWith(
  s: Scenario,
  id: AssumptionId,
  v: number,
  seed: string,
  runs: number,
  opts: SimOptions = {},
  onChunk?: () => void,
) {
  const w = withAssumption(s, id, v, opts);
  return batchOutcomes(w.scenario, runWith(s, id, v, seed, runs, opts, onChunk, false).batch).chance;
}

/**
 * The value of one assumption at which the chance of reaching the target is `aim`, by bisection on the model
 * between the ends of its range; it stops once the chance is within one Monte Carlo standard error of the aim,
 * sqrt(aim (1 − aim) / runs), or after MAX_BISECTIONS steps (the value then the bracket's end nearer the aim).
 */
export function threshold(
  s: Scenario,
  as: Assumption,
  seed: string,
  runs: number,
  budget: 'current' | 'top' = 'current',
  aim = THRESHOLD_AIM,
  opts: SimOptions = {},
  onChunk?: () => void,
): Threshold {
  const sc = budget === 'top' ? topBudgetScenario(s) : s;
  const total = sc.detect + sc.parent + sc.firstline + sc.school;
  const f = (v: number) => chanceWith(sc, as.id, v, seed, runs, opts, onChunk);
  const pLo = f(as.low);
  const pHi = f(as.high);
  const se = Math.sqrt((aim * (1 - aim)) / Math.max(1, runs));
  const direction = pHi >= pLo ? 'atLeast' : 'atMost';
  const base = { id: as.id, budget, total, aim, direction, se, atLow: pLo, atHigh: pHi } as const;
  const within = Math.min(pLo, pHi) <= aim + se && Math.max(pLo, pHi) >= aim - se;
  if (!within) return { ...base, value: null, chance: pHi, bracket: [as.low, as.high], evaluations: 2 };
  // An end already within one standard error of the aim.
  if (Math.abs(pLo - aim) <= se)
    return { ...base, value: as.low, chance: pLo, bracket: [as.low, as.low], evaluations: 2 };
  if (Math.abs(pHi - aim) <= se)
    return { ...base, value: as.high, chance: pHi, bracket: [as.high, as.high], evaluations: 2 };
  let lo = as.low;
  let hi = as.high;
  let best = {
    v: Math.abs(pLo - aim) <= Math.abs(pHi - aim) ? lo : hi,
    p: Math.abs(pLo - aim) <= Math.abs(pHi - aim) ? pLo : pHi,
  };
  let n = 2;
  const below = (p: number) => (direction === 'atLeast' ? p < aim : p > aim);
  for (let i = 0; i < MAX_BISECTIONS; i++) {
    const mid = (lo + hi) / 2;
    const p = f(mid);
    n++;
    if (Math.abs(p - aim) < Math.abs(best.p - aim)) best = { v: mid, p };
    if (Math.abs(p - aim) <= se) return { ...base, value: mid, chance: p, bracket: [lo, hi], evaluations: n };
    if (below(p)) lo = mid;
    else hi = mid;
  }
  return { ...base, value: best.v, chance: best.p, bracket: [lo, hi], evaluations: n };
}

/** The scenario at the investment curve's top budget (its full-reach total), its split kept. */
export function topBudgetScenario(s: Scenario): Scenario {
  const lv = curveLevels(s);
  return scenarioAtLevel(s, lv, lv.budgets.length - 1);
}

/** The assumptions the thresholds are sought for: the `n` largest swings in the chance (then in the at-risk count). */
export function thresholdCandidates(t: Tornado, n = 3): TornadoRow[] {
  return sortedBy(t.rows, 'chance')
    .filter((r) => swing(r, 'chance') > 0 || swing(r, 'atRisk') > 0)
    .slice(0, n);
}

export interface Sensitivity {
  tornado: Tornado;
  thresholds: Threshold[];
  shares: VarianceShares | null;
}

/** Everything the view and the CLI show: the tornado, the thresholds of its top `n` assumptions at both budgets, the variance shares. */
export function sensitivity(s: Scenario, seed: string, runs: number, n = 3, opts: SimOptions = {}): Sensitivity {
  const { tornado: t, batch } = tornadoAndBatch(s, seed, runs, opts);
  const thresholds: Threshold[] = [];
  for (const row of thresholdCandidates(t, n))
    for (const budget of ['current', 'top'] as const)
      thresholds.push(threshold(s, row, seed, runs, budget, THRESHOLD_AIM, opts));
  return { tornado: t, thresholds, shares: varianceShares(s, seed, batch) };
}
