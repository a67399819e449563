import { describe, expect, it } from 'vitest';
import {
  AREA_SPECS,
  DECAY_DEFAULT,
  drawEffect,
  effectSize,
  detectionRate,
  twoPiece,
} from '../../src/model/assumptions';
import { COST_RANGES, evidenceEffects, primaryRow } from '../../src/model/evidence';
import { defaultScenario } from '../../src/model/params';
import { Xor128 } from '../../src/model/rng';
import { AREAS } from '../../src/model/types';

describe('assumptions', () => {
  it('AREA_SPECS effects and costs are computed from the evidence table by the rule', () => {
    const e = evidenceEffects();
    for (const a of AREAS) {
      for (const k of ['cautious', 'studies', 'low', 'high'] as const)
        expect(Math.abs(AREA_SPECS[a][k] - e[a][k]), `${a} ${k}`).toBeLessThanOrEqual(0.0005);
      expect(AREA_SPECS[a].cost).toBe(COST_RANGES[a].value);
    }
    // The values MODEL.md states (evidence section): cautious 0.044, 0.029, 0.044, 0.100.
    expect(AREAS.map((a) => AREA_SPECS[a].cautious)).toEqual([0.044, 0.029, 0.044, 0.1]);
    expect(DECAY_DEFAULT).toBe(0.074);
  });

  it('effectSize(cautious) and effectSize(studies) are the table values, studies never below cautious', () => {
    const s = defaultScenario();
    const st = { ...s, effects: 'studies' as const };
    for (const a of AREAS) {
      expect(effectSize(s, a)).toBe(AREA_SPECS[a].cautious);
      expect(effectSize(st, a)).toBe(AREA_SPECS[a].studies);
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
    expect(AREAS.map((a) => effectSize(s, a))).toEqual([0.3, 0.1, 0.2, 0.4]);
  });

  it('custom effect defaults in the registry equal the cautious values', () => {
    const s = defaultScenario();
    expect([s.dDetect, s.dParent, s.dFirstline, s.dSchool]).toEqual(AREAS.map((a) => AREA_SPECS[a].cautious));
  });

  it('twoPiece: median at the value, ±2 sd at the range ends, clamped', () => {
    expect(twoPiece(0.9, 0.8, 0.97, 0)).toBe(0.9);
    expect(twoPiece(0.9, 0.8, 0.97, -2)).toBeCloseTo(0.8, 12);
    expect(twoPiece(0.9, 0.8, 0.97, 2)).toBeCloseTo(0.97, 12);
    expect(twoPiece(0.9, 0.8, 0.97, -5)).toBe(0.8);
    expect(twoPiece(0.9, 0.8, 0.97, 5)).toBe(0.97);
  });

  it('drawEffect stays within the evidence range and is the table value without uncertainty', () => {
    const s = defaultScenario();
    const g = new Xor128('effects');
    for (const a of AREAS) {
      expect(drawEffect(s, a, 0, 3, 3, 3)).toBe(AREA_SPECS[a].cautious);
      const row = primaryRow(a);
      for (let i = 0; i < 200; i++) {
        const d = drawEffect(s, a, 1, g.normal(), g.normal(), g.normal());
        // cautious draws: published (low..d) × adjustment (low..high) × linkage (low..high)
        const hi = (row.publishedD ?? 0) * row.adjustment.high * row.linkage.high;
        expect(d).toBeGreaterThanOrEqual(AREA_SPECS[a].low - 1e-3);
        expect(d).toBeLessThanOrEqual(hi + 1e-3);
      }
    }
  });

  it('ordinary detection is slower before school age', () => {
    expect(detectionRate(3)).toBeLessThan(detectionRate(8));
  });
});
