/**
 * The simulation worker: exposes the pure model through comlink.
 * The API type is derived from the object, so the two sides cannot drift.
 *
 * Per-run arrays (RunBatch) cross the boundary as transferred ArrayBuffers, never copied: `run` hands its
 * batch back with `transfer`, and `summarize` receives the chunks transferred by the pool, merges them in run
 * order, summarizes, and (when asked to keep them) hands the merged batch back transferred, so the pool can
 * add later chunks to it without any copy on the main thread. The investment curve's chunks (`curveRun`) come back the
 * same way; `curveSummary` receives them all, summarizes them as they are (no merged copy) and keeps their buffers for
 * the next curve's chunks (recycle.ts), unless asked to hand them back (a preview, whose runs the full curve reuses).
 */
import { expose, transfer } from 'comlink';
import { bestSplit } from '../src/model/bestSplit';
import type { BestSplit, BestSplitProgress } from '../src/model/bestSplit';
import { curveLevels, curveRuns, scenarioAtLevel, summarizeCurve } from '../src/model/curve';
import type { Curve, CurveBatch, CurveLevels } from '../src/model/curve';
import { mergeBatches, recommendedRuns, simulateRuns, summarize } from '../src/model/simulate';
import type { RunBatch, Scenario, SimResult } from '../src/model/types';
import { assumptionsOf } from '../src/model/sensitivity';
import type { AssumptionId } from '../src/model/sensitivity';
import { runsReachingWith, threshold, topBudgetScenario, tornadoPiece } from '../src/model/sensitivityRun';
import type { EndOutcome, Outcomes, Threshold, TornadoPiece } from '../src/model/sensitivityRun';
import { varianceShares } from '../src/model/varianceShares';
import type { VarianceShares } from '../src/model/varianceShares';
import { buffersOf } from '../src/engine/transfer';
import { Recycler } from '../src/engine/recycle';

/** The curve chunks' large arrays, taken again by the next curves (recycle.ts). */
const recycler = new Recycler();

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export interface RunAnswer {
  batch: RunBatch;
  /** Milliseconds the runs took inside the worker (the pool sizes its chunks from it). */
  ms: number;
}

export interface SummaryAnswer {
  result: SimResult;
  /** The merged batch, handed back when `keep` was asked for. */
  batch?: RunBatch;
  /** Milliseconds spent inside the worker: simulating (`runMs`, 0 when only summarizing) and in all. */
  runMs: number;
  ms: number;
}

export interface CurveRunAnswer {
  batch: CurveBatch;
  ms: number;
}

export interface CurveSummaryAnswer {
  curve: Curve;
  /** the chunks' batches, when asked to keep them */
  batches?: CurveBatch[];
}

/** A piece of the tornado's answer: its ends' outcomes; the central piece also the central outcomes and the variance shares. */
export interface SensitivityPiece {
  central: Outcomes | null;
  ends: EndOutcome[];
  shares: VarianceShares | null;
}

/** The top-budget scenario of the last scenario asked (a threshold's search asks it once per evaluation). */
let lastTop: { key: string; top: Scenario } | null = null;
function topOf(s: Scenario): Scenario {
  const key = JSON.stringify(s);
  if (lastTop?.key !== key) lastTop = { key, top: topBudgetScenario(s) };
  return lastTop.top;
}

export const api = {
  /** Runs [runStart, runEnd); the batch comes back transferred. */
  run(scenario: Scenario, seed: string, runStart: number, runEnd: number): RunAnswer {
    const t0 = now();
    const batch = simulateRuns(scenario, seed, runStart, runEnd);
    const answer: RunAnswer = { batch, ms: now() - t0 };
    return transfer(answer, buffersOf(batch));
  },
  /**
   * Merges batches (exact concatenation in run order) and summarizes them. With `keep`, the merged batch comes
   * back too (transferred).
   */
  summarize(scenario: Scenario, seed: string, batches: RunBatch[], keep: boolean): SummaryAnswer {
    const t0 = now();
    const merged = batches.length === 1 ? batches[0] : mergeBatches(batches);
    const result = summarize(scenario, seed, merged);
    const answer: SummaryAnswer = { result, runMs: 0, ms: now() - t0 };
    if (!keep) return answer;
    answer.batch = merged;
    return transfer(answer, buffersOf(merged));
  },
  /** Runs [runStart, runEnd) and summarizes them at once: the preview. */
  runAndSummarize(scenario: Scenario, seed: string, runStart: number, runEnd: number, keep: boolean): SummaryAnswer {
    const t0 = now();
    const batch = simulateRuns(scenario, seed, runStart, runEnd);
    const runMs = now() - t0;
    const result = summarize(scenario, seed, batch);
    const answer: SummaryAnswer = { result, runMs, ms: now() - t0 };
    if (!keep) return answer;
    answer.batch = batch;
    return transfer(answer, buffersOf(batch));
  },
  /**
   * The investment curve's budget levels (model/curveLevels.ts), asked once per curve and then given to every chunk,
   * and the runs the model recommends at the curve's top budget (its most expensive level).
   */
  curveLevels(scenario: Scenario, opts: { levels?: number; max?: number }): CurveLevels & { recommendedRuns: number } {
    const lv = curveLevels(scenario, opts);
    return { ...lv, recommendedRuns: recommendedRuns(scenarioAtLevel(scenario, lv, lv.budgets.length - 1)) };
  },
  /**
   * The investment curve's runs [runStart, runEnd) at the levels `levels` (curveLevels, made once by the caller so
   * every chunk uses the same budgets); the batch comes back transferred.
   */
  curveRun(scenario: Scenario, seed: string, levels: CurveLevels, runStart: number, runEnd: number): CurveRunAnswer {
    const t0 = now();
    const batch = curveRuns(scenario, levels, seed, runStart, runEnd, {}, recycler.take);
    const answer: CurveRunAnswer = { batch, ms: now() - t0 };
    return transfer(answer, buffersOf(batch));
  },
  /**
   * The curve's summary from the chunks' batches (any order, transferred here; model/curve.ts gathers each level's
   * rows, no merged copy). With `keep`, the batches come back (transferred), for a later curve of the same scenario.
   */
  curveSummary(
    scenario: Scenario,
    seed: string,
    levels: CurveLevels,
    batches: CurveBatch[],
    keep: boolean,
  ): CurveSummaryAnswer {
    const curve = summarizeCurve(scenario, seed, levels, batches);
    if (keep) return transfer({ curve, batches }, buffersOf(batches));
    recycler.give(batches.flatMap((b) => [b.atRisk, b.spending, b.helpedAfter]));
    return { curve };
  },
  /**
   * The best split of the scenario's total (model/bestSplit.ts); `onProgress`, when given, must be a
   * comlink `proxy` (it is called after every split tried).
   */
  async bestSplit(
    scenario: Scenario,
    opts: { runs: number; seed: string; maxEvaluations?: number },
    onProgress?: (p: BestSplitProgress) => void,
  ): Promise<BestSplit> {
    const pending: Promise<unknown>[] = [];
    const result = bestSplit(scenario, {
      ...opts,
      onProgress: onProgress ? (p) => void pending.push(Promise.resolve(onProgress(p))) : undefined,
    });
    await Promise.all(pending);
    return result;
  },

  /**
   * One piece of the tornado (model/tornadoEnds.ts tornadoPieces): a pass with the central run (the central piece:
   * also the central outcomes and the variance shares) or one full end; signs of life through `tell` (a comlink proxy).
   */
  sensitivityPiece(
    scenario: Scenario,
    seed: string,
    runs: number,
    piece: TornadoPiece,
    tell?: () => void,
  ): SensitivityPiece {
    const p = tornadoPiece(scenario, seed, runs, piece, {}, tell ?? (() => {}));
    return { central: p.central, ends: p.ends, shares: p.batch ? varianceShares(scenario, seed, p.batch) : null };
  },
  /**
   * Part of one evaluation of a threshold's search (model/thresholdSearch.ts): of the runs [runStart, runEnd) with `id`
   * at `value`, at the scenario's budget or the investment curve's top budget (the split kept), how many reach the
   * target (sensitivityRun.ts runsReachingWith); and that scenario's total per year.
   */
  sensitivityReaching(
    scenario: Scenario,
    seed: string,
    id: AssumptionId,
    value: number,
    budget: 'current' | 'top',
    runStart: number,
    runEnd: number,
  ): { reaching: number; total: number } {
    const sc = budget === 'top' ? topOf(scenario) : scenario;
    const reaching = runsReachingWith(sc, id, value, seed, runStart, runEnd);
    return { reaching, total: sc.detect + sc.parent + sc.firstline + sc.school };
  },
  /** One threshold by bisection (model/sensitivityRun.ts threshold). */
  sensitivityThreshold(
    scenario: Scenario,
    seed: string,
    runs: number,
    id: AssumptionId,
    budget: 'current' | 'top',
    tell?: () => void,
  ): Threshold {
    const a = assumptionsOf(scenario).find((x) => x.id === id);
    if (!a) throw new Error(`unknown assumption ${id}`);
    return threshold(scenario, a, seed, runs, budget, undefined, {}, tell ?? (() => {}));
  },
};

export type SimApi = typeof api;

// Guarded so the module also imports cleanly in Node tests.
declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined') expose(api);
