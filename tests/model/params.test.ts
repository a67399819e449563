import { describe, expect, it } from 'vitest';
import { AREA_SPECS, DECAY_DEFAULT } from '../../src/model/assumptions';
import {
  CAUTIOUS_DEFAULTS,
  FADEOUT_DEFAULT,
  PARAMS,
  PARAM_BY_KEY,
  clampParam,
  defaultScenario,
  parseParam,
} from '../../src/model/params';
import type { NumberParam } from '../../src/model/params';

describe('params', () => {
  it('every default lies within its range', () => {
    for (const p of PARAMS) {
      if (p.kind === 'number') {
        expect(p.default).toBeGreaterThanOrEqual(p.min);
        expect(p.default).toBeLessThanOrEqual(p.max);
      } else expect(p.choices).toContain(p.default);
    }
    expect(Object.keys(defaultScenario())).toHaveLength(PARAMS.length);
  });

  it('parseParam accepts valid values and names the key and range otherwise', () => {
    expect(parseParam('births', '300')).toEqual({ ok: true, value: 300 });
    expect(parseParam('births', '')).toMatchObject({ ok: false });
    const r = parseParam('rho', '2');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('rho must be a number from 0 to 0.99');
  });

  it('clampParam clamps and rounds integer keys', () => {
    const births = PARAM_BY_KEY.births as NumberParam;
    expect(clampParam(births, 3)).toBe(10);
    expect(clampParam(births, 150.6)).toBe(151);
  });

  it('the declared effect and fade-out defaults equal the values the evidence rule computes (assumptions.ts)', () => {
    for (const a of ['detect', 'parent', 'firstline', 'school'] as const)
      expect(CAUTIOUS_DEFAULTS[a], a).toBe(AREA_SPECS[a].cautious);
    expect(FADEOUT_DEFAULT).toBe(DECAY_DEFAULT);
    const d = defaultScenario();
    expect([d.dDetect, d.dParent, d.dFirstline, d.dSchool, d.fadeout]).toEqual([
      AREA_SPECS.detect.cautious,
      AREA_SPECS.parent.cautious,
      AREA_SPECS.firstline.cautious,
      AREA_SPECS.school.cautious,
      DECAY_DEFAULT,
    ]);
  });
});
