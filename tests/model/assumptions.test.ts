import { describe, expect, it } from 'vitest';
import { AREA_SPECS, effectSize, detectionRate } from '../../src/model/assumptions';
import { defaultScenario } from '../../src/model/params';
import { AREAS } from '../../src/model/types';

describe('assumptions', () => {
  it('effectSize(cautious) is the adjusted figure with sd = range / 4', () => {
    const s = defaultScenario();
    for (const a of AREAS) {
      const e = effectSize(s, a);
      expect(e.mean).toBe(AREA_SPECS[a].cautious);
      expect(e.sd).toBeCloseTo((AREA_SPECS[a].high - AREA_SPECS[a].low) / 4, 12);
    }
  });

  it('effectSize(studies) is the published figure, never below the cautious one', () => {
    const s = { ...defaultScenario(), effects: 'studies' as const };
    for (const a of AREAS) {
      expect(effectSize(s, a).mean).toBe(AREA_SPECS[a].studies);
      expect(AREA_SPECS[a].studies).toBeGreaterThanOrEqual(AREA_SPECS[a].cautious);
    }
  });

  it('effectSize(custom) reads dDetect..dSchool', () => {
    const s = {
      ...defaultScenario(),
      effects: 'custom' as const,
      dDetect: 0.3,
      dParent: 0.1,
      dFirstline: 0.2,
      dSchool: 0.4,
    };
    expect(AREAS.map((a) => effectSize(s, a).mean)).toEqual([0.3, 0.1, 0.2, 0.4]);
  });

  it('custom effect defaults in the registry equal the cautious values', () => {
    const s = defaultScenario();
    expect([s.dDetect, s.dParent, s.dFirstline, s.dSchool]).toEqual(AREAS.map((a) => AREA_SPECS[a].cautious));
  });

  it('ordinary detection is slower before school age', () => {
    expect(detectionRate(3)).toBeLessThan(detectionRate(8));
  });
});
