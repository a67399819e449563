/**
 * The investment curve's state: the curve of the live scenario (a quick preview with few runs, then the full run
 * count), the same curve under the other effect assumption (the faint reference line), and the best split of the
 * current total. Latest wins: a new scenario cancels what is in flight. The page asks only while a curve is shown,
 * and only after the main result is final, so the curve never slows the answer to a slider move.
 */
import type { BestSplit } from '../model/bestSplit';
import type { Curve } from '../model/curve';
import type { EffectMode, Scenario } from '../model/types';
import type { CurveEngine, CurveHandle } from '../engine/types';

/** Runs of the curve's preview: enough for its shape, quick enough to follow a slider. */
export const CURVE_PREVIEW_RUNS = 50;
/** The reference line (the other effect assumption) is asked this long after the full curve, ms. */
export const REFERENCE_DELAY_MS = 300;
/** How many times a curve asks again after its worker failed. */
export const CURVE_RETRIES = 2;
const retryable = (e: unknown) => (e as { code?: string } | null)?.code === 'worker-failed';

/** Runs per split tried in the best-split search (as the CLI): up to 200 splits are simulated. */
export const SPLIT_RUNS = 200;

export interface CurveAsk {
  scenario: Scenario;
  seed: string;
  runs: number;
}

/** The effect assumption the reference line uses: the other of the two published readings. */
export function otherEffects(mode: EffectMode): EffectMode {
  return mode === 'studies' ? 'cautious' : 'studies';
}

export class CurveState {
  curve = $state<Curve | null>(null);
  reference = $state<Curve | null>(null);
  /** The curve shown is the full run count's (not the preview) of the scenario asked last. */
  final = $state(false);
  /** Asking whether the curve is among the finished ones (a moment; the view shows no status meanwhile). */
  checking = $state(false);
  progress = $state<{ done: number; total: number } | null>(null);
  error = $state<string | null>(null);
  split = $state<BestSplit | null>(null);
  splitProgress = $state<number | null>(null);
  #engine: CurveEngine;
  #handles: CurveHandle[] = [];
  #splitHandle: { cancel(): void } | null = null;
  #key = '';
  #generation = 0;
  #referenceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(engine: CurveEngine) {
    this.#engine = engine;
  }

  /**
   * Asks for the curve of `ask` (nothing when it is the one shown or being made). `full: false` (the workshop
   * view's compact curve) stops after the preview: a sketch that costs little after every change.
   */
  request(ask: CurveAsk, full = true) {
    const key = JSON.stringify([ask, full]);
    if (key === this.#key) return;
    this.#key = key;
    this.cancel();
    const gen = ++this.#generation;
    this.error = null;
    this.split = null; // the best split is of the total
    this.final = false; // the curve shown is not yet this scenario's
    this.progress = null;
    if (!full) return this.#compute(ask, gen, false);
    // A curve finished before for the same levels (the total moved, the split kept) comes back at once, with no
    // status line or preview on the way; otherwise the preview, then the full curve.
    this.checking = true;
    const h = this.#engine.curve({ scenario: ask.scenario, seed: ask.seed, cachedOnly: true });
    this.#handles.push(h);
    const checked = (c: Curve | null) => {
      if (gen !== this.#generation) return;
      this.checking = false;
      if (!c) return this.#compute(ask, gen, true);
      this.curve = c;
      this.final = true;
      this.#reference(ask, gen, true);
    };
    h.promise.then(checked, () => checked(null));
  }

  #compute(ask: CurveAsk, gen: number, full: boolean) {
    const preview = CURVE_PREVIEW_RUNS;
    const fail = (e: unknown) => {
      if (gen === this.#generation) this.error = e instanceof Error ? e.message : String(e);
    };
    // The full curve uses the model's recommended runs at the curve's top (undefined: the engine asks the model),
    // which for a large population is fewer than the plan's own: the top costs the most per run.
    const run = (runs: number | undefined, then?: () => void, retries = CURVE_RETRIES) => {
      const h = this.#engine.curve({ scenario: ask.scenario, seed: ask.seed, runs }, (p) => {
        if (gen === this.#generation) this.progress = { done: p.runsDone, total: p.runsTotal };
      });
      this.#handles.push(h);
      h.promise.then(
        (c) => {
          if (gen !== this.#generation || !c) return;
          then?.(); // the next curve's first piece goes out before this one is drawn
          this.curve = c;
          if (runs === undefined) {
            this.final = true;
            this.progress = null;
          }
        },
        // A worker that died or was taken for dead (the watchdog, on a loaded machine) is replaced by the pool:
        // the curve asks again (the same runs give the same curve), twice at most, then says what went wrong.
        (e) => (retryable(e) && retries > 0 && gen === this.#generation ? run(runs, then, retries - 1) : fail(e)),
      );
    };
    run(preview, full ? () => run(undefined, () => this.#reference(ask, gen, false)) : undefined);
  }

  /**
   * The reference line (the other effect assumption), a moment after the full curve so that a change made at once
   * does not wait behind it; `cached` (the curve came from the finished ones): only a finished one, at once.
   */
  #reference(ask: CurveAsk, gen: number, cached: boolean) {
    const ask2 = () => {
      const other = { ...ask.scenario, effects: otherEffects(ask.scenario.effects) };
      const h = this.#engine.curve({ scenario: other, seed: ask.seed, runs: CURVE_PREVIEW_RUNS, cachedOnly: cached });
      this.#handles.push(h);
      h.promise.then(
        (c) => {
          if (gen !== this.#generation) return;
          if (c) this.reference = c;
          else if (cached) this.#reference(ask, gen, false);
        },
        (e) => {
          if (gen === this.#generation) this.error = e instanceof Error ? e.message : String(e);
        },
      );
    };
    if (cached) return ask2();
    this.#referenceTimer = setTimeout(() => {
      this.#referenceTimer = null;
      if (gen === this.#generation) ask2();
    }, REFERENCE_DELAY_MS);
  }

  /** Searches the best split of the current total (progress in `splitProgress`). */
  findSplit(ask: CurveAsk) {
    this.#splitHandle?.cancel();
    const gen = this.#generation;
    this.split = null;
    this.splitProgress = 0;
    const h = this.#engine.bestSplit({ ...ask, runs: Math.min(SPLIT_RUNS, ask.runs) }, (p) => {
      if (gen === this.#generation) this.splitProgress = p.evaluations;
    });
    this.#splitHandle = h;
    h.promise.then(
      (b) => {
        if (gen !== this.#generation || !b) return;
        this.split = b;
        this.splitProgress = null;
      },
      (e) => {
        if (gen !== this.#generation) return;
        this.splitProgress = null;
        this.error = e instanceof Error ? e.message : String(e);
      },
    );
  }

  cancel() {
    if (this.#referenceTimer !== null) clearTimeout(this.#referenceTimer);
    this.#referenceTimer = null;
    for (const h of this.#handles) h.cancel();
    this.#handles = [];
    this.#splitHandle?.cancel();
    this.#splitHandle = null;
    this.splitProgress = null;
    this.checking = false;
  }

  /** Forget the scenario asked for (the next request runs again). */
  reset() {
    this.cancel();
    this.#key = '';
    this.#generation++;
  }
}
