/** The plain-language result sentence and the frequency wording of a probability ("i 7 av 10 …"). */
import type { SimResult } from '../../model/types';
import { LANGS, type Lang, type Texts } from '../../i18n';
import { formatters, type Formatters } from '../format';
import { targetIndex } from '../charts/halving';

type T = Texts['charts'];

/**
 * A probability in tenths for the wording: rounded to the nearest tenth, except that a chance above 0
 * never reads as "0 of 10" and a chance below 1 never reads as "10 of 10".
 */
export function frequencyWording(p: number, t: T): string {
  if (p <= 0) return t.chanceFreqZero;
  if (p >= 1) return t.chanceFreqAll;
  const k = Math.round(p * 10);
  if (k === 0) return t.chanceFreqNone;
  if (k === 10) return t.chanceFreqAlmostAll;
  return t.chanceFreq(k);
}

/** A count of children: whole numbers from 10, one decimal below 10, two below 1 (small cohorts). */
export function children(fmt: Formatters, v: number): string {
  const a = Math.abs(v);
  return fmt.num(v, a >= 10 ? 0 : a >= 1 ? 1 : 2);
}

/** Percent for a probability: whole percent, but never "0 %" or "100 %" for a chance strictly between. */
export function chancePct(fmt: Formatters, p: number): string {
  if (p > 0 && p < 0.005) return `< ${fmt.pct(0.01)}`;
  if (p < 1 && p > 0.995) return `> ${fmt.pct(0.99)}`;
  return fmt.pct(p);
}

const budgetOf = (r: SimResult) => r.scenario.detect + r.scenario.parent + r.scenario.firstline + r.scenario.school;

/** What the halving chart shows, in one or two sentences. */
export function resultSentence(r: SimResult, lang: Lang): string {
  const t = LANGS[lang].charts;
  const fmt = formatters(lang);
  const i = targetIndex(r);
  const year = r.halving.targetYear;
  const base = children(fmt, r.baseline.atRisk.mean[i]);
  const target = children(fmt, r.halving.target);
  if (budgetOf(r) === 0) return t.sentenceNoPlan({ year, base, target });
  return t.sentence({
    year,
    median: children(fmt, r.atRisk.p50[i]),
    base,
    target,
    freq: frequencyWording(r.halving.probability, t),
    pct: chancePct(fmt, r.halving.probability),
  });
}

/**
 * The sentence the live region shows: the first one at once, then only final results' sentences,
 * so previews while a slider moves do not make a screen reader talk on every update.
 */
export function announced(shown: string, text: string, final: boolean): string {
  return final || shown === '' ? text : shown;
}
