import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, type NumberParam } from '../../../src/model/params';
import {
  ENVELOPE_SPEC,
  areaRange,
  displayDigits,
  envelopeRange,
  formatField,
  fromField,
  implausible,
  niceCeil,
  niceFloor,
  parseAmount,
  parseTyped,
  sliderStep,
} from '../../../src/ui/controls/numbers';
import { fullReachBudget } from '../../../src/model/capacity';
import { AREAS } from '../../../src/model/types';
import { resolveScenario } from '../../../src/model/presets';

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

describe('parseAmount: amounts as people type them', () => {
  const M3 = 3_000_000;
  it.each([
    ['3 mnkr', M3],
    ['3 miljoner', M3],
    ['3 miljoner kronor', M3],
    ['3,5 Mkr', 3_500_000],
    ['3000000 kr', M3],
    ['3 000 000', M3],
    ['3\u00a0000\u00a0000 kr/år', M3],
    ['500 tkr', 500_000],
    ['2 mdkr', 2e9],
    ['3 million', M3],
    ['3.5 MSEK', 3_500_000],
    ['SEK 3,000,000', M3],
    ['3m', M3],
    ['1.2 bn', 1.2e9],
    ['750k', 750_000],
    ['3 mnkr per år', M3],
  ])('%s is %d kronor in both languages', (text, want) => {
    expect(parseAmount(text, 'sv')).toBe(want);
    expect(parseAmount(text, 'en')).toBe(want);
  });
  it('refuses words without a number and numbers with a stray word', () => {
    for (const s of ['', 'kr', 'mnkr', 'miljoner', 'tre miljoner', '3 äpplen', '3 mm', 'm3', '3,000,00 kr'])
      expect(parseAmount(s, 'sv'), s).toBeNull();
  });
  it('is what a budget field reads; other fields keep the plain grammar', () => {
    expect(fromField(ENVELOPE_SPEC, '3 mnkr', 'sv')).toBe(M3);
    expect(fromField(p('detect'), '3,5 Mkr', 'sv')).toBe(3_500_000);
    expect(fromField(p('births'), '3 m', 'sv')).toBeNull();
  });
});

describe('implausible yearly amounts', () => {
  it('asks about a yearly budget under 1 000 kr, offering millions and thousands', () => {
    expect(implausible(ENVELOPE_SPEC, 3)).toEqual([3e6, 3e3]);
    expect(implausible(p('detect'), 999)).toEqual([999e6, 999e3]);
  });
  it('takes zero and plausible amounts as they are, and never asks about other units', () => {
    expect(implausible(ENVELOPE_SPEC, 0)).toBeNull();
    expect(implausible(ENVELOPE_SPEC, 1000)).toBeNull();
    expect(implausible(p('exclusionCost'), 5)).toBeNull();
    expect(implausible(p('births'), 5)).toBeNull();
  });
});

describe('slider ranges', () => {
  const hedemora = resolveScenario('hedemora', 'hedemora');
  const sweden = resolveScenario('sweden', 'hedemora');
  it('niceCeil and niceFloor round to 1, 2 or 5 times a power of ten', () => {
    expect([1, 1.5, 3, 7, 10, 9e6, 6.006e9].map(niceCeil)).toEqual([1, 2, 5, 10, 10, 1e7, 1e10]);
    expect([1, 1.5, 3, 7, 10, 189_070, 0.099].map(niceFloor)).toEqual([1, 1, 2, 5, 10, 100_000, 0.05]);
    expect(niceCeil(0)).toBe(0);
  });
  it('steps about 1 % of the range, never finer than the parameter allows', () => {
    for (const [min, max, step] of [
      [0, 1, 0.001],
      [10, 2000, 1],
      [2020, 2040, 1],
      [0, 18_907_080, 1000],
    ]) {
      const st = sliderStep(min, max, step);
      expect((max - min) / st, `${min}-${max}`).toBeGreaterThanOrEqual(Math.min(100, (max - min) / step) - 1e-9);
      expect((max - min) / st, `${min}-${max}`).toBeLessThanOrEqual(Math.max(200, (max - min) / step));
      expect(Math.abs(st / step - Math.round(st / step))).toBeLessThan(1e-9);
    }
  });
  it('lets the envelope reach the total at which every area is at full reach, computed from the model', () => {
    for (const s of [hedemora, sweden]) {
      const full = AREAS.reduce((sum, a) => sum + fullReachBudget(s, a), 0);
      const r = envelopeRange(s, 1_500_000, fullReachBudget);
      expect(r.max).toBeGreaterThanOrEqual(full);
      expect(r.max).toBeLessThan(full * 1.02);
      expect(r.max / r.step).toBeGreaterThanOrEqual(100);
      expect(r.max / r.step).toBeLessThanOrEqual(400);
      expect(r.max % r.step).toBe(0);
    }
    // Hedemora: cap × cost × eligible children, summed: about 21 MSEK a year under model version 2 (parental
    // support costed per course; 19 MSEK under version 1), in steps of 100 000 kr: its plan's 1.5 MSEK is on a step.
    expect(envelopeRange(hedemora, 1.5e6, fullReachBudget).max).toBe(21_200_000);
    expect(1_500_000 % envelopeRange(hedemora, 1.5e6, fullReachBudget).step).toBe(0);
    expect(4_000_000 % envelopeRange(hedemora, 1.5e6, fullReachBudget).step).toBe(0);
  });
  it('gives each area its own full-reach top, for Hedemora and for all of Sweden', () => {
    for (const s of [hedemora, sweden])
      for (const a of AREAS) {
        const r = areaRange(s, a, fullReachBudget);
        expect(r.max, a).toBeGreaterThanOrEqual(fullReachBudget(s, a));
        expect(r.max, a).toBeLessThanOrEqual(p(a).max);
      }
  });
  it('always reaches the current total, and never beyond the parameter maximum', () => {
    expect(envelopeRange(hedemora, 3.3e7, fullReachBudget).max).toBeGreaterThanOrEqual(3.3e7);
    expect(areaRange({ ...sweden, detect: 5e10 }, 'detect', fullReachBudget).max).toBe(p('detect').max);
  });
});
