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
import { judgedIndex, runsReaching, targetOf } from './target';
import type { RunBatch, Scenario, SimResult } from './types';
import { batchOutcomes } from './outcomes';
import { tornadoPass } from './tornadoPass';
import { THRESHOLD_AIM, ThresholdSearch } from './thresholdSearch';
import type { Threshold } from './thresholdSearch';
export * from './thresholdSearch';
import { assembleTornado, tornadoEnds, tornadoPieces } from './tornadoEnds';
import type { EndOutcome, TornadoPiece } from './tornadoEnds';
export * from './tornadoEnds';
import { varianceShares } from './varianceShares';
import { thresholdCandidates } from './tornadoOrder';
import type { Outcomes, Tornado } from './tornadoOrder';
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
 * One piece of the tornado (tornadoEnds.ts `tornadoPieces`): a pass (the central run and its ends: with `central`,
 * also the central outcomes, the batch and every 'economics', 'central' and 'children' end), or one 'full' end.
 */
export function tornadoPiece(
  s: Scenario,
  seed: string,
  runs: number,
  piece: TornadoPiece,
  opts: SimOptions = {},
  onChunk?: () => void,
): { central: Outcomes | null; batch: RunBatch | null; ends: EndOutcome[] } {
  const all = tornadoEnds(s);
  if (piece.full) {
    const [{ id, end }] = piece.ends;
    const e = all.find((x) => x.as.id === id && x.end === end)!;
    return {
      central: null,
      batch: null,
      ends: [{ id, end, outcomes: tornadoEnd(s, id, e.value, seed, runs, opts, onChunk) }],
    };
  }
  const inPass = all.filter(
    (e) => (piece.central && e.route === 'children') || piece.ends.some((x) => x.id === e.as.id && x.end === e.end),
  );
  const pass = tornadoPass(
    s,
    seed,
    0,
    runs,
    inPass.map((e) => ({ pins: withAssumption(s, e.as.id, e.value, opts).opts.pins ?? {} })),
    opts,
    onChunk,
    CHUNK_RUNS,
  );
  const ends: EndOutcome[] = inPass.map((e, k) => ({
    id: e.as.id,
    end: e.end,
    outcomes: batchOutcomes(s, pass.ends[k]),
  }));
  if (!piece.central) return { central: null, batch: null, ends };
  const central = batchOutcomes(s, pass.central);
  for (const e of all) {
    if (e.route === 'central') ends.push({ id: e.as.id, end: e.end, outcomes: central });
    else if (e.route === 'economics') {
      const x = economicsBatch(s, pass.central, e.as.id, e.value, seed, opts);
      ends.push({ id: e.as.id, end: e.end, outcomes: batchOutcomes(x.scenario, x.batch) });
    }
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
  const got = new Map<string, Outcomes>();
  let central: Outcomes | null = null;
  let batch: RunBatch | null = null;
  for (const piece of tornadoPieces(s, 1)) {
    const p = tornadoPiece(s, seed, runs, piece, opts);
    if (p.central) [central, batch] = [p.central, p.batch];
    for (const e of p.ends) got.set(`${e.id}:${e.end}`, e.outcomes);
  }
  return { tornado: assembleTornado(s, seed, runs, central!, got), batch: batch! };
}

// ---------------------------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------------------------

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
 * The runs [runStart, runEnd) with one assumption at a value that reach the target: the chance over all runs is the
 * sum of such counts over any cut of the runs, divided by the runs (the same number as chanceWith: each run is
 * judged alone). The engine evaluates a threshold's chance so, in pieces of runs.
 */
export function runsReachingWith(
  s: Scenario,
  id: AssumptionId,
  v: number,
  seed: string,
  runStart: number,
  runEnd: number,
  opts: SimOptions = {},
): number {
  const w = withAssumption(s, id, v, opts);
  const b = simulateRuns(w.scenario, seed, runStart, runEnd, w.opts);
  const ti = judgedIndex(w.scenario, b.years);
  const { from, target } = targetOf(w.scenario, ti);
  return runsReaching(b.atRisk, b.runCount, b.years, from, ti, target);
}

/**
 * The value of one assumption at which the chance of reaching the target is `aim`, by bisection on the model
 * between the ends of its range; it stops once the chance is within one Monte Carlo standard error of the aim,
 * sqrt(aim (1 − aim) / runs), or after MAX_BISECTIONS steps (the value then the bracket's end nearer the aim).
 * The search itself is ThresholdSearch (thresholdSearch.ts), which the engine drives one evaluation per piece.
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
  const q = new ThresholdSearch(as, runs, budget, aim);
  q.total = sc.detect + sc.parent + sc.firstline + sc.school;
  for (let asks = q.asks(); asks.length > 0; asks = q.asks())
    q.tell(asks.map((v) => chanceWith(sc, as.id, v, seed, runs, opts, onChunk)));
  return q.result();
}

/** The scenario at the investment curve's top budget (its full-reach total), its split kept. */
export function topBudgetScenario(s: Scenario): Scenario {
  const lv = curveLevels(s);
  return scenarioAtLevel(s, lv, lv.budgets.length - 1);
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
