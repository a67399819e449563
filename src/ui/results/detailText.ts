/**
 * The text summaries and table alternatives of the figures below the first screen (helped children, who pays and
 * its cash flow, one cohort, contributions, costs) and the rows of the side-by-side comparison. Its own module, apart
 * from summaries.ts and money.ts (the first screen's), so that it goes with the lazy parts (issue 22, point 6).
 * Pure.
 */
import { AREAS, PAYERS, type Account, type SimResult } from '../../model/types';
import { LANGS, type Lang } from '../../i18n';
import { formatters } from '../format';
import { MUNICIPAL_PAYERS } from '../charts/bars';
import { cohortCounts } from '../charts/cohort';
import { targetIndex } from '../charts/halving';
import { paybackWords } from './money';
import { chancePct, children } from './sentence';
import { childrenHelped, type Table } from './summaries';

export function helpedText(r: SimResult, lang: Lang) {
  const t = { ...LANGS[lang].money, ...LANGS[lang].moneyBelow };
  const fmt = formatters(lang);
  const c = (v: number) => children(fmt, v);
  const e = r.effect;
  const summary =
    e.helpedTotal <= 0
      ? t.helpedNone
      : t.helpedSummary({
          total: c(e.helpedTotal),
          from: r.halving.fromYear,
          to: r.halving.targetYear,
          mean: c(e.helpedTarget.mean),
          lo: c(e.helpedTarget.p05),
          hi: c(e.helpedTarget.p95),
        });
  const table: Table = {
    columns: [LANGS[lang].charts.year, t.colHelpedMean, t.colHelped90],
    rows: r.years.map((y, k) => [
      String(y),
      c(e.helped.mean[k]),
      LANGS[lang].charts.range(c(e.helped.p05[k]), c(e.helped.p95[k])),
    ]),
  };
  return { summary, table };
}

/** One account: its summary sentence and a table where every amount is in mnkr with one decimal. */
export function payerText(r: SimResult, a: Account, lang: Lang) {
  const t = { ...LANGS[lang].money, ...LANGS[lang].moneyBelow };
  const fmt = formatters(lang);
  const p = r.economics.payers[a];
  const end = r.years[r.years.length - 1];
  const summary = t.payersSummary({
    account: t.accounts[a],
    cost: fmt.mnkr(p.cost),
    savings: fmt.mnkr(p.savings.lifetime),
    payback: paybackWords(r, a, lang),
  });
  const table: Table = {
    columns: [t.colItem, t.colAmount],
    rows: [
      [t.rowCost, fmt.mnkr(p.cost)],
      [t.rowHorizon(end), fmt.mnkr(p.savings.horizon)],
      [t.rowLifetime, fmt.mnkr(p.savings.lifetime)],
      [t.rowCash, fmt.mnkr(p.savings.cash)],
      [t.rowCapacity, fmt.mnkr(p.savings.capacity)],
      [t.rowNpv, fmt.mnkr(p.npv)],
      [t.rowBcr, p.bcr === null ? '–' : fmt.num(p.bcr, 2)],
      [t.rowPayback, paybackWords(r, a, lang)],
      [t.rowChance, chancePct(fmt, p.probabilityPositive)],
    ],
  };
  const note = a === 'society' ? t.societyNote : r.scenario.capacity ? t.countedCapacity : t.countedCash;
  return { summary, table, note };
}

/** Cumulative discounted net per year, up to a few years past payback, or to the end when it never comes. */
export function cumulativeCashflow(r: SimResult, a: Account): { years: number[]; values: number[] } {
  const p = r.economics.payers[a];
  const values: number[] = [];
  let cum = 0;
  for (const v of p.cashflow) values.push((cum += v));
  const horizonEnd = r.years.length;
  const pay = p.paybackYear === null ? -1 : p.paybackYear - p.cashflowStartYear;
  const n = pay >= 0 ? Math.min(values.length, Math.max(horizonEnd, pay + 6)) : values.length;
  return { years: values.slice(0, n).map((_, i) => p.cashflowStartYear + i), values: values.slice(0, n) };
}

export function cohortText(r: SimResult, lang: Lang) {
  const t = { ...LANGS[lang].charts, ...LANGS[lang].chartsBelow };
  const fmt = formatters(lang);
  const k = cohortCounts(r.cohort);
  const n = k.never + k.helped + k.still;
  const summary =
    n === 0
      ? t.cohortEmpty
      : t.cohortSummary({
          total: fmt.num(n),
          never: fmt.num(k.never),
          helped: fmt.num(k.helped),
          still: fmt.num(k.still),
        });
  const share = (v: number) => (n > 0 ? fmt.pct(v / n) : '–');
  const table: Table = {
    columns: [t.colGroup, t.colChildren, '%'],
    rows: [
      [t.cohortNever, fmt.num(k.never), share(k.never)],
      [t.cohortHelped, fmt.num(k.helped), share(k.helped)],
      [t.cohortStill, fmt.num(k.still), share(k.still)],
    ],
  };
  const note = r.cohort.sampled
    ? t.cohortSample(fmt.num(r.cohort.shown), fmt.num(r.cohort.total))
    : t.cohortAll(fmt.num(r.cohort.total));
  return { summary, table, note };
}

export function contributionsText(r: SimResult, lang: Lang) {
  const t = { ...LANGS[lang].charts, ...LANGS[lang].chartsBelow };
  const fmt = formatters(lang);
  const c = r.contributions;
  const top = AREAS.reduce((best, a) => (c[a] > c[best] ? a : best), AREAS[0]);
  const summary =
    c[top] > 0 ? t.contribSummary({ top: t.areas[top].toLowerCase(), value: children(fmt, c[top]) }) : t.contribNone;
  const table: Table = {
    columns: [t.colArea, t.colContribution],
    rows: AREAS.map((a) => [t.areas[a], children(fmt, c[a])]),
  };
  return { summary, table };
}

/** Side by side: pinned A against the current scenario. */
export function compareRows(a: SimResult, now: SimResult, lang: Lang): string[][] {
  const t = { ...LANGS[lang].charts, ...LANGS[lang].chartsBelow };
  const fmt = formatters(lang);
  const atRisk = (r: SimResult) => children(fmt, r.atRisk.mean[targetIndex(r)]);
  const year = (y: number | null) => (y === null ? t.never : String(y));
  // Money rows are the municipality's account (one unit: mnkr); the payback only from its cash flow.
  const mun = (r: SimResult) => r.economics.payers.municipality;
  return [
    [t.compareAtRisk(now.halving.targetYear), atRisk(a), atRisk(now)],
    [t.compareChance, chancePct(fmt, a.halving.probability), chancePct(fmt, now.halving.probability)],
    [t.compareCost, fmt.mnkr(a.economics.pvCost), fmt.mnkr(now.economics.pvCost)],
    [t.compareNpv, fmt.mnkr(mun(a).npv), fmt.mnkr(mun(now).npv)],
    [t.comparePayback, year(mun(a).paybackYear), year(mun(now).paybackYear)],
  ];
}

export function costsText(r: SimResult, lang: Lang) {
  const t = { ...LANGS[lang].charts, ...LANGS[lang].chartsBelow };
  const fmt = formatters(lang);
  const e = r.economics;
  const summary = [
    t.costsSummary({
      cost: fmt.sek(e.pvCost),
      benefits: fmt.sek(e.pvBenefits),
      npv: fmt.sek(e.npv),
      helped: fmt.num(childrenHelped(r), 1),
    }),
    e.paybackYear === null ? t.paybackNever : t.paybackYear(e.paybackYear),
    t.probBenefits(chancePct(fmt, e.probBenefitsExceedCost)),
  ].join(' ');
  const table: Table = {
    columns: [t.year, t.colCost, t.colBenefits],
    rows: r.years.map((y, k) => [String(y), fmt.sek(e.cumulativeCost[k]), fmt.sek(e.cumulativeBenefits[k])]),
  };
  return { summary, table };
}

export function payersText(r: SimResult, lang: Lang) {
  const t = { ...LANGS[lang].charts, ...LANGS[lang].chartsBelow };
  const fmt = formatters(lang);
  const b = r.economics.byPayer;
  const municipality = MUNICIPAL_PAYERS.reduce((s, p) => s + b[p], 0);
  const summary = t.payersSummary({
    municipality: fmt.sek(municipality),
    region: fmt.sek(b.region),
    state: fmt.sek(b.state),
  });
  const table: Table = {
    columns: [t.colPayer, t.colSaving],
    rows: [[t.municipality, fmt.sek(municipality)], ...PAYERS.map((p) => [t.payers[p], fmt.sek(b[p])])],
  };
  return { summary, table };
}
