import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/model/params';
import { scenarioFromPresets } from '../../../src/model/presets';
import { simulate } from '../../../src/model/simulate';
import { ScenarioState } from '../../../src/state/scenario.svelte';
import { sv } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { NEXT_STEPS, OVERLAP_SHARE, linesOverlap, stepsFor } from '../../../src/ui/results/nextSteps';
import { baseOfWindow } from '../../../src/ui/results/sentence';

describe('NEXT_STEPS and stepsFor(state)', () => {
  it('offers "Vad krävs?", "Vad avgör svaret?" and "Som i studierna" under cautious effects, each with its texts in both languages', () => {
    const s = new ScenarioState('?p=hedemora');
    expect(stepsFor(s).map((x) => x.id)).toEqual(['curve', 'sensitivity', 'studies']);
    for (const step of NEXT_STEPS)
      for (const t of [sv.charts, en.charts]) {
        expect(t.next[step.id].label.length).toBeGreaterThan(0);
        expect(t.next[step.id].hint.length).toBeGreaterThan(0);
      }
    expect(sv.charts.next.curve.label).toBe(sv.app.viewTabs.curve); // the same words as the tab it opens
  });

  it('"Som i studierna" sets the studies\' effects (plan kept) and is then no longer offered', () => {
    const s = new ScenarioState('?p=hedemora');
    stepsFor(s)
      .find((x) => x.id === 'studies')!
      .go(s);
    expect(s.scenario.effects).toBe('studies');
    expect(s.plan).toBe('hedemora');
    expect(stepsFor(s).map((x) => x.id)).toEqual(['curve', 'sensitivity']);
  });

  it('"Vad krävs?" opens the curve view', () => {
    const s = new ScenarioState('?p=hedemora');
    NEXT_STEPS.find((x) => x.id === 'curve')!.go(s);
    expect(s.view).toBe('curve');
  });

  it('"Vad avgör svaret?" opens the sensitivity view, named as its tab is', () => {
    const s = new ScenarioState('?p=hedemora');
    NEXT_STEPS.find((x) => x.id === 'sensitivity')!.go(s);
    expect(s.view).toBe('sensitivity');
    expect(sv.charts.next.sensitivity.label).toBe(sv.app.viewTabs.sensitivity);
    expect(en.charts.next.sensitivity.label).toBe(en.app.viewTabs.sensitivity);
  });
});

describe('linesOverlap(result)', () => {
  const run = (p: 'hedemora' | 'none' | 'torshalla', extra = {}) =>
    simulate({ ...scenarioFromPresets(defaultScenario(), 'hedemora', p), ...extra }, { runs: 300, seed: 'snap' });

  it("is true for Hedemora's plan: its effect per cohort is under 5 % of the count without a plan", () => {
    const r = run('hedemora');
    expect(r.effect.helpedTarget.mean).toBeLessThan(OVERLAP_SHARE * baseOfWindow(r));
    expect(linesOverlap(r)).toBe(true);
  });

  it('is false without a plan (nothing to compare) and for a plan whose effect shows', () => {
    expect(linesOverlap(run('none'))).toBe(false);
    const big = run('torshalla', { parent: 4e6, firstline: 8e6, duration: 0, effects: 'studies' });
    expect(big.effect.helpedTarget.mean).toBeGreaterThan(OVERLAP_SHARE * baseOfWindow(big));
    expect(linesOverlap(big)).toBe(false);
  });
});
