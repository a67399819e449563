/**
 * "Min kommun": the user's two figures as typed, checked against the range the page accepts (OWN_RANGE): children
 * per cohort a whole number from 10 to 150 000, the share not eligible from 1 to 60 %. Typed text may use a decimal
 * comma and spaces between thousands. Pure, so it is tested without a browser.
 */
import { OWN_RANGE, shareOf } from '../../model/data/citedFigures';

export type OwnField = 'births' | 'share';
export type OwnParse = { ok: true; value: number } | { ok: false };

/** The typed text as a number (decimal comma or point, spaces and non-breaking spaces dropped), or null. */
export function typedNumber(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[0-9]+(\.[0-9]+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Births (a whole number in range) or the share as a fraction (typed in percent, in range); ok false otherwise. */
export function parseOwn(field: OwnField, raw: string): OwnParse {
  const n = typedNumber(raw);
  if (n === null) return { ok: false };
  if (field === 'births') {
    const r = OWN_RANGE.births;
    return Number.isInteger(n) && n >= r.min && n <= r.max ? { ok: true, value: n } : { ok: false };
  }
  const r = OWN_RANGE.share;
  return n >= r.min * 100 && n <= r.max * 100 ? { ok: true, value: shareOf(n) } : { ok: false };
}
