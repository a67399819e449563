/**
 * The state of "Vad avgör svaret?" (issue 23): the latest sensitivity of the scenario shown, asked of the engine
 * (a preview, then settled, then the thresholds); a newer request cancels the older one. `decisive` is the
 * assumption that matters most, once a settled tornado for the current scenario is in (the workshop's one line).
 */
import type { CurveEngine, SensitivityHandle, SensitivityProgress } from '../engine/types';
import { mostDecisive } from '../model/tornadoOrder';
import type { AssumptionId } from '../model/sensitivity';
import type { Scenario } from '../model/types';
import { untrack } from 'svelte';
import type { ScenarioState } from './scenario.svelte';

export interface SensitivityAsk {
  scenario: Scenario;
  seed: string;
  runs: number;
}

const keyOf = (a: SensitivityAsk) => JSON.stringify([a.scenario, a.seed, a.runs]);

export class SensitivityState {
  progress = $state<SensitivityProgress | null>(null);
  error = $state<unknown>(null);
  busy = $state(false);
  /** The key of the request the progress answers. */
  #key = $state('');
  #handle: SensitivityHandle | null = null;

  constructor(private readonly engine: Pick<CurveEngine, 'sensitivity'>) {}

  /** Asks for the sensitivity of `ask` (nothing when the same is shown or on its way). */
  request(ask: SensitivityAsk): void {
    const key = keyOf(ask);
    if (key === this.#key && (this.busy || this.progress?.final)) return;
    this.#handle?.cancel();
    this.#key = key;
    this.progress = null;
    this.error = null;
    this.busy = true;
    const h = this.engine.sensitivity({ ...ask, scenario: $state.snapshot(ask.scenario) as Scenario }, (p) => {
      if (this.#handle === h) this.progress = p;
    });
    this.#handle = h;
    h.promise.then(
      () => {
        if (this.#handle === h) this.busy = false;
      },
      (e: unknown) => {
        if (this.#handle !== h) return;
        this.error = e;
        this.busy = false;
      },
    );
  }

  /** Whether the progress shown answers `ask`. */
  answers(ask: SensitivityAsk): boolean {
    return this.#key === keyOf(ask);
  }

  /** The assumption that matters most for `ask`, once its tornado has settled; null otherwise. */
  decisive(ask: SensitivityAsk): AssumptionId | null {
    const p = this.progress;
    if (!p || p.preview || !this.answers(ask)) return null;
    return mostDecisive(p.tornado)?.id ?? null;
  }

  cancel(): void {
    this.#handle?.cancel();
    this.#handle = null;
    this.busy = false;
  }
}

/**
 * Keeps `sensitivity` asking for the scenario the state shows (its scenario, seed and recommended runs), as long as the
 * component that calls this (during its initialisation) lives: the full view and the one-screen stage share it.
 */
export function followScenario(state: () => ScenarioState, sensitivity: () => SensitivityState): void {
  $effect(() => {
    const s = state();
    const runs = s.requestRuns;
    if (runs === null) return;
    const ask = { scenario: $state.snapshot(s.scenario) as Scenario, seed: s.seed, runs };
    const target = sensitivity();
    untrack(() => target.request(ask));
  });
}
