import { describe, expect, it } from 'vitest';
import { ScenarioState, envelopeOf, splitEnvelope, withDefaultAssumptions } from '../../src/state/scenario.svelte';
import { PLAN_PRESETS } from '../../src/model/presets';
import { defaultScenario } from '../../src/model/params';

describe('ScenarioState', () => {
  it('opens a link and writes the same link back', () => {
    const s = new ScenarioState('?v=1&mv=1&m=sweden&p=torshalla&seed=abc&lang=en');
    expect(s.scenario.births).toBe(100_100);
    expect(s.link).toBe('v=1&mv=1&m=sweden&p=torshalla&seed=abc&lang=en');
  });

  it('moving the total scales the split and keeps the proportions', () => {
    const s = new ScenarioState('?p=hedemora');
    s.setEnvelope(3_000_000);
    expect([s.scenario.detect, s.scenario.parent, s.scenario.firstline, s.scenario.school]).toEqual([
      1_000_000, 0, 1_000_000, 1_000_000,
    ]);
    expect(s.envelope).toBe(3_000_000);
    expect(s.plan).toBe('custom');
  });

  it('an empty plan is split evenly when the total moves', () => {
    const s = new ScenarioState('?p=none');
    s.setEnvelope(1_000_000);
    expect([s.scenario.detect, s.scenario.parent, s.scenario.firstline, s.scenario.school]).toEqual([
      250_000, 250_000, 250_000, 250_000,
    ]);
  });

  it('moving one area changes the total, unless the envelope is locked', () => {
    const s = new ScenarioState('?p=hedemora');
    s.set('detect', 1_100_000);
    expect(s.envelope).toBe(2_100_000);
    s.locked = true;
    s.set('school', 1_100_000);
    expect(s.envelope).toBe(2_100_000);
    expect(s.scenario.school).toBe(1_100_000);
    // The rest is spread over the other areas in proportion to what they had (1.1M : 0 : 0.5M).
    expect(s.scenario.detect + s.scenario.parent + s.scenario.firstline).toBe(1_000_000);
    expect(s.scenario.parent).toBe(0);
    // An area cannot take more than the locked total.
    s.set('parent', 9e9);
    expect(s.scenario.parent).toBe(2_100_000);
    expect(s.envelope).toBe(2_100_000);
  });

  it('clamps values and ignores non-numbers', () => {
    const s = new ScenarioState('');
    s.set('births', -3);
    expect(s.scenario.births).toBe(10);
    s.set('births', Number.NaN);
    expect(s.scenario.births).toBe(10);
    s.set('effects', 'nonsense' as never);
    expect(s.scenario.effects).toBe('cautious');
  });

  it('a preset becomes custom when changed, and reset returns to the last preset', () => {
    const s = new ScenarioState('?m=hedemora&p=nacka');
    s.set('detect', 123_000);
    expect(s.plan).toBe('custom');
    s.reset('detect');
    expect(s.scenario.detect).toBe(PLAN_PRESETS.nacka.detect);
    expect(s.plan).toBe('nacka');
  });

  it('knows when assumptions differ from the defaults and can give the reference scenario', () => {
    const s = new ScenarioState('');
    expect(s.assumptionsChanged).toBe(false);
    s.set('discount', 0.05);
    expect(s.assumptionsChanged).toBe(true);
    const ref = withDefaultAssumptions(s.scenario);
    expect(ref.discount).toBe(defaultScenario().discount);
    expect(ref.detect).toBe(s.scenario.detect);
    s.resetAssumptions();
    expect(s.assumptionsChanged).toBe(false);
  });
});

describe('ScenarioState runs and pinning', () => {
  it('asks the model for the runs unless the link fixes them', () => {
    expect(new ScenarioState('').requestRuns).toBe(1000);
    expect(new ScenarioState('?runs=250').requestRuns).toBe(250);
    const huge = new ScenarioState('?m=sweden&p=custom&detect=5000000000&parent=5000000000');
    expect(huge.runs).toBeNull();
    expect(huge.requestRuns).toBeLessThan(1000);
  });

  it('pins the current scenario as A, puts it in the link, and gives the request that answers it', () => {
    const s = new ScenarioState('?p=nacka&seed=9');
    s.pin('A');
    s.setEnvelope(9_000_000);
    const reopened = new ScenarioState(s.link);
    expect(reopened.pinned).toEqual({ label: 'A', query: 'v=1&mv=1&m=hedemora&p=nacka&seed=9&lang=sv' });
    expect(reopened.view).toBe('compare');
    expect(reopened.scenario.detect + reopened.scenario.parent).toBe(9_000_000);
    const req = ScenarioState.requestOf(reopened.pinned!.query);
    expect(req.seed).toBe('9');
    expect(req.scenario.detect).toBe(PLAN_PRESETS.nacka.detect);
    expect(req.runs).toBe(1000);
  });
});

describe('splitEnvelope', () => {
  it('sums exactly to the total in whole kronor', () => {
    const out = splitEnvelope(1_000_001, { detect: 1, parent: 1, firstline: 1, school: 0 });
    expect(envelopeOf({ ...defaultScenario(), ...out })).toBe(1_000_001);
    expect(out.school).toBe(0);
  });
});
