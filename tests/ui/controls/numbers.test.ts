import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, type NumberParam } from '../../../src/model/params';
import {
  ENVELOPE_SPEC,
  areaRange,
  displayDigits,
  envelopeRange,
  formatField,
  fromField,
  niceCeil,
  parseTyped,
} from '../../../src/ui/controls/numbers';

const p = (k: string) => PARAM_BY_KEY[k as keyof typeof PARAM_BY_KEY] as NumberParam;

describe('parseTyped', () => {
  it('reads Swedish numbers: decimal comma, spaces and no-break spaces as thousands separators', () => {
    expect(parseTyped('13,3', 'sv')).toBe(13.3);
    expect(parseTyped('1 500 000', 'sv')).toBe(1_500_000);
    expect(parseTyped('1\u00a0500\u202f000', 'sv')).toBe(1_500_000);
    expect(parseTyped(' 2.5 ', 'sv')).toBe(2.5);
    expect(parseTyped('\u22123', 'sv')).toBe(-3);
    expect(parseTyped('12 %', 'sv')).toBe(12);
  });
  it('reads English numbers: commas as thousands separators, a lone comma as a decimal comma', () => {
    expect(parseTyped('1,500,000', 'en')).toBe(1_500_000);
    expect(parseTyped('1,500,000.5', 'en')).toBe(1_500_000.5);
    expect(parseTyped('13.3', 'en')).toBe(13.3);
    expect(parseTyped('13,3', 'en')).toBe(13.3);
  });
  it('refuses text, markup, empty input and ambiguous separators', () => {
    for (const s of ['', 'abc', '<b>1</b>', '1,2,3', '1.500.000', 'NaN', 'Infinity', '1e999', '--1'])
      expect(parseTyped(s, 'sv'), s).toBeNull();
    expect(parseTyped('1.2,3', 'en')).toBeNull();
  });
});

describe('formatField and fromField', () => {
  it('shows shares and rates as percent and reads them back', () => {
    expect(formatField(p('baseRisk'), 20 / 150, 'sv')).toBe('13,3');
    expect(fromField(p('baseRisk'), '14,8', 'sv')).toBeCloseTo(0.148, 10);
    expect(formatField(p('discount'), 0.035, 'en')).toBe('3.5');
  });
  it('groups thousands the Swedish way, but never in a year', () => {
    expect(formatField(ENVELOPE_SPEC, 1_500_000, 'sv')).toBe('1\u00a0500\u00a0000');
    expect(formatField(p('startYear'), 2026, 'sv')).toBe('2026');
    expect(formatField(p('births'), 100_100, 'en')).toBe('100,100');
  });
  it('round-trips every number parameter at its default through the field', () => {
    for (const param of Object.values(PARAM_BY_KEY)) {
      if (param.kind !== 'number') continue;
      for (const lang of ['sv', 'en'] as const) {
        const back = fromField(param, formatField(param, param.default, lang), lang)!;
        const tolerance = param.step / 2 + 1e-12;
        expect(Math.abs(back - param.default), `${param.key} ${lang}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });
  it('shows as many decimals as the step needs', () => {
    expect(displayDigits(p('births'))).toBe(0);
    expect(displayDigits(p('baseRisk'))).toBe(1);
    expect(displayDigits(p('dDetect'))).toBe(3);
    expect(displayDigits(p('exclusionCost'))).toBe(0);
  });
});

describe('slider ranges', () => {
  it('niceCeil rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([1, 1.5, 3, 7, 10, 9e6, 6.006e9].map(niceCeil)).toEqual([1, 2, 5, 10, 10, 1e7, 1e10]);
    expect(niceCeil(0)).toBe(0);
  });
  it('gives a small municipality a fine envelope slider and all of Sweden a wide one', () => {
    const small = envelopeRange(150, 1_500_000);
    const large = envelopeRange(100_100, 1_500_000);
    expect(small.max).toBe(1e7);
    expect(large.max).toBeGreaterThan(100 * small.max);
    expect(small.step).toBeLessThanOrEqual(10_000);
    // Values the engine benchmark sets land on the slider's steps.
    expect(4_000_000 % small.step).toBe(0);
  });
  it('always reaches the current total, and an area never beyond its parameter maximum', () => {
    expect(envelopeRange(150, 3.3e7).max).toBeGreaterThanOrEqual(3.3e7);
    expect(areaRange(200_000, 2e10).max).toBe(p('detect').max);
  });
});
