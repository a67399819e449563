/**
 * Numbers in the controls: how a parameter is shown (shares as percent), how a typed value is read
 * (Swedish decimal comma, spaces as thousands separators), and sensible slider ranges for budgets.
 */
import type { NumberParam, Unit } from '../../model/params';
import { LOCALES, type Lang } from '../../i18n';

/** What a numeric field needs to know: a parameter of the registry, or a derived figure such as the envelope. */
export type FieldSpec = Pick<NumberParam, 'min' | 'max' | 'step' | 'integer' | 'unit'>;

/** The budget envelope (total SEK per year over the four areas) as a field. */
export const ENVELOPE_SPEC: FieldSpec = { min: 0, max: 4 * 5e9, step: 1000, integer: false, unit: 'SEK/year' };

/** Factor from the model's value to the shown value: shares and rates are shown as percent. */
export function displayScale(unit: Unit): number {
  return unit === 'share' || unit === 'rate' ? 100 : 1;
}

/** Decimals worth showing for a parameter, from its step. */
export function displayDigits(p: FieldSpec): number {
  if (p.integer) return 0;
  const step = p.step * displayScale(p.unit);
  if (step >= 1) return 0;
  return Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
}

/** The value as shown in the number field: "1 500 000", "13,3". */
export function formatField(p: FieldSpec, value: number, lang: Lang): string {
  const digits = displayDigits(p);
  const shown = value * displayScale(p.unit);
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, useGrouping: p.unit !== 'year' }).format(
    shown,
  );
}

/**
 * Reads a typed number. Accepts spaces (also no-break) as thousands separators, a decimal comma or point in
 * Swedish, commas as thousands separators in English ("1,500,000"; a lone "1,5" is still a decimal comma),
 * and a Unicode minus. Returns null for anything else.
 */
export function parseTyped(text: string, lang: Lang): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (lang === 'sv') {
    // "1.500.000" (points as groups) is not Swedish; one comma or one point is a decimal separator.
    if ((s.match(/[.,]/g) ?? []).length > 1) return null;
    s = s.replace(',', '.');
  } else {
    if (/^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
    else if (/^[^.,]*,[^.,]*$/.test(s)) s = s.replace(',', '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The model value for a typed text, or null when it is not a number (range is the state's job). */
export function fromField(p: FieldSpec, text: string, lang: Lang): number | null {
  const n = parseTyped(text, lang);
  return n === null ? null : n / displayScale(p.unit);
}

/** Rounds up to 1, 2 or 5 times a power of ten. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 0;
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * mag >= v - 1e-9 * mag) return m * mag;
  return 10 * mag;
}

/**
 * The slider range for the budget envelope (SEK per year): scaled to the population, so a small municipality
 * gets a fine slider and all of Sweden a coarse one, and always wide enough for the current total.
 */
export function envelopeRange(births: number, envelope: number): { max: number; step: number } {
  const max = Math.min(4 * 5e9, niceCeil(Math.max(1e6, births * 60_000, envelope)));
  return { max, step: Math.max(1000, max / 1000) };
}

/** The slider range of one area's budget: the envelope's range. */
export function areaRange(births: number, envelope: number): { max: number; step: number } {
  const r = envelopeRange(births, envelope);
  return { max: Math.min(5e9, r.max), step: r.step };
}
