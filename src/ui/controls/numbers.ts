/**
 * Numbers in the controls: how a parameter is shown (shares as percent), how a typed value is read
 * (Swedish decimal comma, spaces as thousands separators), and sensible slider ranges for budgets.
 */
import { BUDGET_MAX, type NumberParam, type Unit } from '../../model/params';
import { AREAS, type AreaKey, type Scenario } from '../../model/types';
import { LOCALES, type Lang } from '../../i18n';

/** What a numeric field needs to know: a parameter of the registry, or a derived figure such as the envelope. */
export type FieldSpec = Pick<NumberParam, 'min' | 'max' | 'step' | 'integer' | 'unit'>;

/** The budget envelope (total SEK per year over the four areas) as a field. */
export const ENVELOPE_SPEC: FieldSpec = { min: 0, max: 4 * BUDGET_MAX, step: 1000, integer: false, unit: 'SEK/year' };

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
    // "3,000,000" (two or more groups of three) is unambiguous, whatever the page's language.
    if (/^-?\d{1,3}(,\d{3}){2,}$/.test(s)) s = s.replace(/,/g, '');
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

/** Currency words, and "per year" in either language, that an amount may carry around its number. */
const CURRENCY = /(kronor|kr\.?|sek|:-)/g;
const PER_YEAR = /(\/\s*(år|yr|year)|per\s+(år|year)|om\s+året|i\s+året|a\s+year|yearly|annually)$/;
/** Multiplier words (after the currency words are gone: "mnkr" is "mn", "tkr" is "t", "MSEK" is "m"). */
const MULTIPLIERS: [RegExp, number][] = [
  [/(md|mdr|mrd|miljarder|miljard|billions?|bn)\.?$/, 1e9],
  [/(mn|m|milj|miljoner|miljon|millions?|mio)\.?$/, 1e6],
  [/(t|tn|tusen|k|thousands?)\.?$/, 1e3],
];

/**
 * Reads an amount of money as people type it, in Swedish or English whatever the page's language:
 * "3 mnkr", "3 miljoner", "3,5 Mkr", "3000000 kr", "3 000 000", "3 million", "3.5 MSEK", "SEK 3,000,000",
 * "500 tkr", "2 mdkr", with or without "per år" / "a year". Returns kronor, or null when it is not an amount.
 */
export function parseAmount(text: string, lang: Lang): number | null {
  let s = text
    .trim()
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ');
  s = s.replace(PER_YEAR, '').trim().replace(CURRENCY, ' ').trim();
  let factor = 1;
  for (const [re, f] of MULTIPLIERS) {
    const m = re.exec(s);
    // The word must follow a digit or a space ("3m", "3 m"), never stand alone.
    if (m && m.index > 0 && /[\d\s.,]/.test(s[m.index - 1])) {
      s = s.slice(0, m.index);
      factor = f;
      break;
    }
  }
  const n = parseTyped(s, lang);
  return n === null ? null : Math.round(n * factor * 100) / 100;
}

/** The model value for a typed text, or null when it is not a number (range is the state's job). */
export function fromField(p: FieldSpec, text: string, lang: Lang): number | null {
  if (p.unit === 'SEK/year' || p.unit === 'SEK') return parseAmount(text, lang);
  const n = parseTyped(text, lang);
  return n === null ? null : n / displayScale(p.unit);
}

/** Below this a yearly budget is almost surely a slip ("3" meant as 3 million): the field asks first. */
export const PLAUSIBLE_YEARLY = 1000;

/**
 * A typed value worth a question before it is used: a yearly amount above zero but under 1 000 kr.
 * Returns the amounts the person probably meant (thousands, millions), or null when the value is plausible.
 */
export function implausible(p: FieldSpec, value: number): number[] | null {
  if (p.unit !== 'SEK/year' || !(value > 0) || value >= PLAUSIBLE_YEARLY) return null;
  return [value * 1e6, value * 1e3].filter((v) => v <= p.max);
}

/** Rounds up to 1, 2 or 5 times a power of ten. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 0;
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * mag >= v - 1e-9 * mag) return m * mag;
  return 10 * mag;
}

/** Rounds down to 1, 2 or 5 times a power of ten. */
export function niceFloor(v: number): number {
  if (!(v > 0)) return 0;
  const mag = 10 ** Math.floor(Math.log10(v) + 1e-9);
  for (const m of [5, 2, 1]) if (m * mag <= v * (1 + 1e-9)) return m * mag;
  return mag;
}

/** A slider range: its top and a step of about 1 % of the range (PageUp / PageDown move ten steps). */
export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

/**
 * A slider's step for a range: a round number (1, 2 or 5 times a power of ten) of about 0.5 to 1 % of the range,
 * and never finer than the parameter's own step (a whole multiple of it).
 */
export function sliderStep(min: number, max: number, paramStep: number): number {
  const nice = niceFloor((max - min) / 100);
  if (!(nice > paramStep)) return paramStep;
  return Math.round(nice / paramStep) * paramStep;
}

/**
 * The model's full-reach budget of an area (model/capacity.ts `fullReachBudget`). It needs the capacity pilot,
 * model runtime kept out of the entry chunk, so the scenario state loads it lazily (`ScenarioState.fullReach`)
 * and passes it in; until it has loaded (a fraction of a second) the sliders reach FALLBACK_TOP.
 */
export type FullReach = (s: Scenario, a: AreaKey) => number;
const FALLBACK_TOP = 10_000_000;

/** A budget slider's range from zero: up to `top`, always wide enough for the current value, top on a step. */
function budgetRange(top: number, current: number, cap: number): SliderRange {
  const wanted = Math.min(cap, Math.max(10_000, top, current));
  // Steps of 1 or 5 × 10^k (not 2): a plan's round amounts (1.5 MSEK) stay on a step; 0.2–1 % of the range.
  const raw = niceFloor(wanted / 100);
  const step = Math.max(1000, String(raw)[0] === '2' ? raw / 2 : raw);
  return { min: 0, max: Math.min(cap, Math.ceil(wanted / step) * step), step };
}

/**
 * The slider range of one area's yearly budget: from zero to the budget at which the area reaches every child it
 * can (the model's reach cap, computed from the scenario: population, risk persistence), or the current budget.
 */
export function areaRange(s: Scenario, a: AreaKey, fullReach: FullReach | null): SliderRange {
  return budgetRange(fullReach ? fullReach(s, a) : Math.max(FALLBACK_TOP / 4, s[a]), s[a], BUDGET_MAX);
}

/** The slider range of the budget envelope: up to the total at which every area is at full reach. */
export function envelopeRange(s: Scenario, envelope: number, fullReach: FullReach | null): SliderRange {
  const full = fullReach ? AREAS.reduce((sum, a) => sum + fullReach(s, a), 0) : FALLBACK_TOP;
  return budgetRange(full, envelope, ENVELOPE_SPEC.max);
}
