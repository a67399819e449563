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
import { rampFactor } from '../../src/model/capacity';
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

  it('the seeds: Hedemora 4.5 MSEK over three years or a year, Nacka 558 000 used of 3 MSEK, Torshälla 3.8 MSEK', () => {
    const yearly = (p: Partial<Scenario>) => (p.detect ?? 0) + (p.parent ?? 0) + (p.firstline ?? 0) + (p.school ?? 0);
    const total = (p: Partial<Scenario>) => yearly(p) * (p.duration ?? 0);
    expect(total(PLAN_PRESETS.hedemora)).toBe(4_500_000);
    // reading B: 4.5 MSEK a year once built up over three years (ramp 1.5, 3.0, 4.5), ongoing
    const b = PLAN_PRESETS['hedemora-yearly'];
    expect(yearly(b)).toBe(4_500_000);
    expect([0, 1, 2].map((t) => yearly(b) * rampFactor(b.rampup!, t))).toEqual([1_500_000, 3_000_000, 4_500_000]);
    expect(b.duration).toBe(0);
    // Nacka: universal work (the detection lever), the money actually used, no build-up
    expect(total(PLAN_PRESETS.nacka)).toBe(558_000);
    expect(PLAN_PRESETS.nacka.detect).toBe(558_000);
    expect(PLAN_PRESETS.nacka.rampup).toBe(0);
    expect(total(PLAN_VARIANTS['nacka-budget'])).toBe(3_000_000);
    // Torshälla: 3.8 MSEK, a year to staff, 20 % capacity lost a year, coordinated plans at 6-12
    const t = PLAN_PRESETS.torshalla;
    expect(total(t)).toBe(3_800_000);
    expect([t.rampup, t.turnover, t.firstlineAgeMin, t.firstlineAgeMax]).toEqual([1, 0.2, 6, 12]);
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
    expect(s.birthsByYear).toBe(1);
    expect(s.parent).toBe(PLAN_PRESETS.torshalla.parent);
    const n = scenarioFromPresets(defaultScenario(), 'nacka', 'none');
    expect([n.births, n.baseRisk, n.birthsByYear]).toEqual([1_108, 0.06, 0]);
    const e = scenarioFromPresets(defaultScenario(), 'eskilstuna', 'none');
    expect([e.births, e.baseRisk]).toEqual([1_139, 0.1943]);
  });
});
