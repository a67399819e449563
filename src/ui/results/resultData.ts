/** The data attributes of a results section (what tests and a host page read): envelope, runs, final or not. */
import type { Progress } from '../../engine/types';
import { envelopeOf } from '../../state/scenarioEdit';

/** The answer shown: its request's total budget, its runs and whether it is final (undefined before any). */
export function resultData(progress: Progress | null) {
  return {
    envelope: progress ? envelopeOf(progress.request.scenario) : undefined,
    runs: progress?.result.runs,
    final: progress ? String(progress.final) : undefined,
  };
}
