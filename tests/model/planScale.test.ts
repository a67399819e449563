import { describe, expect, it } from 'vitest';
import { PLAN_HOME_BIRTHS, planScale, scaledPlanFor } from '../../src/model/planScale';
import { defaultScenario } from '../../src/model/params';
import { PLAN_PRESETS, matchPlan, resolveScenario, scenarioFromPresets } from '../../src/model/presets';

describe('planScale: seed plans applied to another population', () => {
  it('a plan at the place it was made for is not scaled (Hedemora at Hedemora, Nacka at Nacka)', () => {
    expect(planScale('hedemora', 150)).toBeNull();
    expect(planScale('nacka', PLAN_HOME_BIRTHS.nacka)).toBeNull();
    expect(resolveScenario('hedemora', 'hedemora')).toEqual(
      scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora'),
    );
    expect(resolveScenario('nacka', 'nacka')).toEqual(scenarioFromPresets(defaultScenario(), 'nacka', 'nacka'));
  });

  it("all of Sweden with Hedemora's plan: each area's budget times 100 100 / 150, in whole kronor", () => {
    const s = resolveScenario('sweden', 'hedemora');
    const f = 100_100 / 150;
    expect(planScale('hedemora', s.births)).toBeCloseTo(f, 12);
    expect(s.detect).toBe(Math.round(500_000 * f));
    expect(s.firstline).toBe(Math.round(500_000 * f));
    expect(s.parent).toBe(0);
    expect(s.duration).toBe(3);
    // the pinned reference numbers use the unscaled presets
    expect(scenarioFromPresets(defaultScenario(), 'sweden', 'hedemora').detect).toBe(500_000);
  });

  it('a scaled plan is still recognised as that plan, and an edited one is not', () => {
    const s = resolveScenario('malmo', 'torshalla');
    expect(s.parent).toBe(Math.round(950_000 * (4_429 / PLAN_HOME_BIRTHS.torshalla)));
    expect(matchPlan(s, 'torshalla')).toBe('torshalla');
    expect(matchPlan({ ...s, parent: s.parent + 1 }, 'torshalla')).toBe('custom');
  });

  it('no plan, and a plan with no budget in an area, stay without budget', () => {
    expect(scaledPlanFor('none', PLAN_PRESETS.none, 5000)).toBeNull();
    expect(scaledPlanFor('nacka', PLAN_PRESETS.nacka, 5000)?.school).toBeUndefined();
  });
});
