import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, defaultScenario, parseParam } from '../../src/model/params';
import {
  MUNICIPALITIES,
  MUNICIPALITY_PRESETS,
  PLANS,
  PLAN_PRESETS,
  PLAN_VARIANTS,
  scenarioFromPresets,
} from '../../src/model/presets';
import type { Scenario } from '../../src/model/types';

describe('presets', () => {
  it('every preset value is valid for its key', () => {
    const all: Partial<Scenario>[] = [
      ...Object.values(MUNICIPALITY_PRESETS),
      ...Object.values(PLAN_PRESETS),
      ...Object.values(PLAN_VARIANTS),
    ];
    for (const p of all)
      for (const [k, v] of Object.entries(p)) {
        expect(PARAM_BY_KEY[k as keyof Scenario]).toBeDefined();
        expect(parseParam(k, v as number).ok).toBe(true);
      }
  });

  it('the seeds: Hedemora 4.5 MSEK over three years, Nacka 3 MSEK (558 000 used), Torshälla 3.8 MSEK', () => {
    const total = (p: Partial<Scenario>) =>
      ((p.detect ?? 0) + (p.parent ?? 0) + (p.firstline ?? 0) + (p.school ?? 0)) * (p.duration ?? 0);
    expect(total(PLAN_PRESETS.hedemora)).toBe(4_500_000);
    expect(total(PLAN_PRESETS.nacka)).toBe(3_000_000);
    expect(total(PLAN_VARIANTS['nacka-used'])).toBe(558_000);
    expect(Math.abs(total(PLAN_PRESETS.torshalla) - 3_800_000)).toBeLessThan(10);
    expect(MUNICIPALITY_PRESETS.hedemora.births! * MUNICIPALITY_PRESETS.hedemora.baseRisk!).toBeCloseTo(20, 9);
  });

  it('scenarioFromPresets lays municipality and plan over the defaults', () => {
    for (const m of MUNICIPALITIES)
      for (const p of PLANS) {
        const s = scenarioFromPresets(defaultScenario(), m, p);
        expect(Object.keys(s).sort()).toEqual(Object.keys(defaultScenario()).sort());
      }
    const s = scenarioFromPresets(defaultScenario(), 'sweden', 'torshalla');
    expect(s.births).toBe(100_100);
    expect(s.parent).toBe(PLAN_PRESETS.torshalla.parent);
  });
});
