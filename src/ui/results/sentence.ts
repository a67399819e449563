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
  if (m.cost <= 0) return t.municipalityPaysNothing(t.accountsLower[r.economics.planPayer]);
  // The horizon in plain words ("inom 84 år", the years the cash flow covers), not its last calendar year.
  return m.paybackYear === null ? t.noPaybackMunicipality(m.cashflow.length) : t.paybackMunicipality(m.paybackYear);
}

/** Whole children for the short lead: whole numbers from 1, one decimal below (never "0" for a few tenths). */
function wholeChildren(fmt: Formatters, v: number): string {
  return v >= 1 ? fmt.num(Math.round(v)) : fmt.num(v, 1);
}

/** Beyond this many years for one more child the lead says "fewer than one in …" (about the model's horizon). */
export const RARE_YEARS = 50;

/**
 * The size of a paired effect in words, from the mean number of children per cohort (one cohort leaves school a
 * year): "omkring 3 barn till per årskull", "ungefär ett barn till per årskull", "ungefär ett barn till på nio år"
 * (1 / 0.11 cohorts), "färre än ett barn till på 50 år", "inget barn fler". Small numbers are written as words.
 */
export function effectWords(perCohort: number, lang: Lang): string {
  const t = LANGS[lang].charts;
  if (!(perCohort > 0)) return t.effectNone;
  const years = Math.round(1 / perCohort);
  if (years <= 1) {
    const n = Math.round(perCohort);
    return n <= 1 ? t.effectOnePerCohort : t.effectPerCohort(formatters(lang).num(n));
  }
  if (years > RARE_YEARS) return t.effectFewerThanOneIn(String(RARE_YEARS));
  return t.effectOneIn(t.numberWords[years] ?? String(years));
}

/** A chance for the lead: the frequency when it is accurate ("i 7 av 10 simulerade framtider"), else the percent. */
function leadChance(p: number, lang: Lang): string {
  const t = LANGS[lang].money;
  return frequencyWording(p, t) ?? t.freqPct(chancePct(formatters(lang), p));
}

/** The result in words: a short lead to read aloud in ten seconds, and the details (ranges, target, cost). */
export interface ResultText {
  lead: string;
  details: string;
}

/**
 * The headline. The lead: the plan (and the municipality, unless the plan's name already names it), the effect
 * in whole children or "one child in N years", the chance of the target in frequencies. The details: the paired
 * difference in the judged cohorts with its 90 % range, the chance with and without a plan, the cost and the
 * municipality's payback. Without a plan: the count without a plan, then the target and its chance.
 */
export function resultText(r: SimResult, lang: Lang, names: Names = { plan: '', municipality: '' }): ResultText {
  const t = LANGS[lang].money;
  const tc = LANGS[lang].charts;
  const fmt = formatters(lang);
  const c = (v: number) => children(fmt, v);
  const h = r.halving;
  const base = c(baseOfWindow(r));
  const target = c(h.target);
  const from = h.fromYear;
  const to = h.targetYear;
  if (budgetOf(r) === 0)
    return {
      lead: t.headlineNoPlan({ municipality: names.municipality, base: wholeChildren(fmt, baseOfWindow(r)) }),
      details: t.targetSentenceNoPlan({ target, from, to, chance: chanceWords(h.noPlanProbability, lang) }),
    };
  const e = r.effect.helpedTarget;
  const lead = tc.leadPlan({
    place: tc.planIn(names.plan, names.municipality),
    effect: effectWords(e.mean, lang),
    chance: leadChance(h.probability, lang),
  });
  return {
    lead: lead.charAt(0).toLocaleUpperCase() + lead.slice(1),
    details: [
      t.headline({ helped: c(e.mean), lo: c(e.p05), hi: c(e.p95), from, to, base }),
      t.targetSentence({
        target,
        from,
        to,
        chance: chanceWords(h.probability, lang),
        noPlan: chancePct(fmt, h.noPlanProbability),
      }),
      t.costSentence({ cost: fmt.mnkr(r.economics.pvCost), payback: municipalityPayback(r, lang) }),
    ].join(' '),
  };
}

/** The lead and the details as one text (what the status compares, the snapshots). */
export function resultSentence(r: SimResult, lang: Lang, names: Names = { plan: '', municipality: '' }): string {
  const { lead, details } = resultText(r, lang, names);
  return `${lead} ${details}`;
}

/**
 * The sentence the live region shows: the first one at once, then only final results' sentences,
 * so previews while a slider moves do not make a screen reader talk on every update.
 */
export function announced(shown: string, text: string, final: boolean): string {
  return final || shown === '' ? text : shown;
}
