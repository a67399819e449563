/**
 * The first screen's next steps: one-click ways onward from the answer ("Vad krävs?" opens the curve, "Som i
 * studierna" the same plan with the studies' effects, "Vad avgör svaret?" the sensitivity view). A new step is one
 * entry in NEXT_STEPS (its texts in charts.ts `next`).
 */
import type { SimResult } from '../../model/types';
import type { Texts } from '../../i18n';
import type { ScenarioState } from '../../state/scenario.svelte';
import { baseOfWindow } from './sentence';

export interface NextStep {
  /** Its texts: charts.ts `next[id]` (label, and a short hint of what it shows). */
  id: keyof Texts['charts']['next'];
  /** Whether the step is offered for this state (default: always). */
  shown?: (s: ScenarioState) => boolean;
  /** What one click does (an intent of the scenario state). */
  go: (s: ScenarioState) => void;
}

export const NEXT_STEPS: readonly NextStep[] = [
  { id: 'curve', go: (s) => s.showCurve(true) },
  { id: 'sensitivity', go: (s) => s.showSensitivity(true) },
  { id: 'studies', shown: (s) => s.scenario.effects !== 'studies', go: (s) => s.set('effects', 'studies') },
];

/** The steps offered for `s`, in order. */
export function stepsFor(s: ScenarioState, steps: readonly NextStep[] = NEXT_STEPS): NextStep[] {
  return steps.filter((x) => x.shown?.(s) ?? true);
}

/**
 * Below this share of the count without a plan, the paired effect per cohort is too small to tell the two lines
 * apart in the halving chart (5 %: one child of Hedemora's 20 a cohort).
 */
export const OVERLAP_SHARE = 0.05;

/** Whether the lines with and without the plan lie (almost) on top of each other: a plan whose effect does not show. */
export function linesOverlap(r: SimResult): boolean {
  const budget = r.scenario.detect + r.scenario.parent + r.scenario.firstline + r.scenario.school;
  return budget > 0 && r.effect.helpedTarget.mean < OVERLAP_SHARE * baseOfWindow(r);
}
