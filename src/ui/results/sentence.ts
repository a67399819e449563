/** The headline of the results, the wording of a chance ("i 7 av 10 … (68 %)") and counts of children. */
import type { SimResult } from '../../model/types';
import { LANGS, type Lang, type Texts } from '../../i18n';
import { formatters, type Formatters } from '../format';

type M = Texts['money'];

/**
 * The words for a chance, or null when only the percentage is accurate. "N av 10" only when the chance is
 * within 2.5 points of N tenths; below 5 % "färre än 1 av 20"; at 5 % (4.5-5.5 %) "1 av 20".
 */
export function frequencyWording(p: number, t: M): string | null {
  if (p <= 0) return t.freqZero;
  if (p >= 1) return t.freqAll;
  if (p < 0.045) return t.freqFewerThan1In20;
  if (p <= 0.055) return t.freq1In20;
  const k = Math.round(p * 10);
  if (k >= 1 && k <= 9 && Math.abs(p - k / 10) <= 0.025) return t.freq(k);
  return null;
}

/** Percent for a probability: one decimal below 1 %, never "0 %" or "100 %" for a chance strictly between. */
export function chancePct(fmt: Formatters, p: number): string {
  if (p > 0 && p < 0.0005) return `< ${fmt.pct(0.001, 1)}`;
  if (p > 0 && p < 0.01) return fmt.pct(p, 1);
  if (p < 1 && p > 0.995) return `> ${fmt.pct(0.99)}`;
  return fmt.pct(p);
}

/** A chance in words, always with its percentage. */
export function chanceWords(p: number, lang: Lang): string {
  const t = LANGS[lang].money;
  const pct = chancePct(formatters(lang), p);
  const words = frequencyWording(p, t);
  return words === null ? t.freqPct(pct) : t.withPct(words, pct);
}

/** A count of children: whole numbers from 10, one decimal below 10, two below 1 (small cohorts). */
export function children(fmt: Formatters, v: number): string {
  const a = Math.abs(v);
  return fmt.num(v, a >= 10 ? 0 : a >= 1 ? 1 : 2);
}

const budgetOf = (r: SimResult) => r.scenario.detect + r.scenario.parent + r.scenario.firstline + r.scenario.school;

/** Display names of the plan and the municipality (from the interface's state). */
export interface Names {
  plan: string;
  municipality: string;
}

/** Mean baseline count over the judged cohorts. */
export function baseOfWindow(r: SimResult): number {
  const from = r.years.indexOf(r.halving.fromYear);
  const to = r.years.indexOf(r.halving.targetYear);
  let t = 0;
  for (let k = from; k <= to; k++) t += r.baseline.atRisk.mean[k];
  return t / Math.max(1, to - from + 1);
}

/** The municipality's payback in words (for the headline and the key figures). */
export function municipalityPayback(r: SimResult, lang: Lang): string {
  const t = LANGS[lang].money;
  const m = r.economics.payers.municipality;
  const end = m.cashflowStartYear + m.cashflow.length - 1;
  if (m.cost <= 0) return t.municipalityPaysNothing(t.accountsLower[r.economics.planPayer]);
  return m.paybackYear === null ? t.noPaybackMunicipality(end) : t.paybackMunicipality(m.paybackYear);
}

/**
 * The headline: the plan and the municipality, the paired difference in the judged cohorts with its 90 % range,
 * the chance with and without a plan, the cost and the municipality's payback.
 */
export function resultSentence(r: SimResult, lang: Lang, names: Names = { plan: '', municipality: '' }): string {
  const t = LANGS[lang].money;
  const fmt = formatters(lang);
  const c = (v: number) => children(fmt, v);
  const h = r.halving;
  const base = c(baseOfWindow(r));
  const target = c(h.target);
  const from = h.fromYear;
  const to = h.targetYear;
  if (budgetOf(r) === 0)
    return [
      t.headlineNoPlan({ municipality: names.municipality, base, from, to }),
      t.targetSentenceNoPlan({ target, chance: chanceWords(h.noPlanProbability, lang) }),
    ].join(' ');
  const e = r.effect.helpedTarget;
  return [
    t.headline({
      plan: names.plan,
      municipality: names.municipality,
      helped: c(e.mean),
      lo: c(e.p05),
      hi: c(e.p95),
      from,
      to,
      base,
    }),
    t.targetSentence({
      target,
      from,
      to,
      chance: chanceWords(h.probability, lang),
      noPlan: chancePct(fmt, h.noPlanProbability),
    }),
    t.costSentence({ cost: fmt.mnkr(r.economics.pvCost), payback: municipalityPayback(r, lang) }),
  ].join(' ');
}

/**
 * The sentence the live region shows: the first one at once, then only final results' sentences,
 * so previews while a slider moves do not make a screen reader talk on every update.
 */
export function announced(shown: string, text: string, final: boolean): string {
  return final || shown === '' ? text : shown;
}
