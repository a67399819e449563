/** Texts and tables of the paired-effect chart, the payer view, the fund and the unspent budget. Pure. */
import type { Account, SimResult } from '../../model/types';
import { LANGS, type Lang } from '../../i18n';
import { formatters } from '../format';
import { chancePct, children } from './sentence';
import type { Table } from './summaries';

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

/** Last calendar year of an account's cash flow. */
export const cashflowEnd = (r: SimResult, a: Account) => {
  const p = r.economics.payers[a];
  return p.cashflowStartYear + p.cashflow.length - 1;
};

/** Years an account's cash flow covers (its start year to its last year, both counted): "within 84 years". */
export const cashflowYears = (r: SimResult, a: Account) => r.economics.payers[a].cashflow.length;

/** "Återbetald 2041", "Inte återbetald inom 84 år" or "Bär ingen kostnad": only from the cash flow. */
export function paybackWords(r: SimResult, a: Account, lang: Lang): string {
  const t = LANGS[lang].money;
  const p = r.economics.payers[a];
  if (p.cost <= 0) return t.noCost;
  return p.paybackYear === null ? t.notPaidBack(cashflowYears(r, a)) : t.paidBack(p.paybackYear);
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

export function fundText(r: SimResult, lang: Lang): string | null {
  const f = r.economics.fund;
  if (!f) return null;
  const t = LANGS[lang].money;
  const fmt = formatters(lang);
  return [
    t.fundText({
      outlay: fmt.mnkr(f.outlay),
      byEnd: fmt.mnkr(f.repaidWithinHorizon),
      end: r.years[r.years.length - 1],
      total: fmt.mnkr(f.repaidTotal),
      chance: chancePct(fmt, f.probabilityRepaid),
    }),
    f.repaidYear === null ? t.fundNever : t.fundRepaidYear(f.repaidYear),
  ].join(' ');
}

/** The unspent-budget message, or null when (nearly) everything is used. */
export function unspentText(r: SimResult, lang: Lang): string | null {
  const u = r.economics.unspentReasons;
  if (u.total < 1000) return null;
  const t = LANGS[lang].money;
  const fmt = formatters(lang);
  // Every reason of 1 000 kr or more; when each is smaller (the total is not), the largest, so the amount
  // never stands without its reason beside it.
  const all: [number, (a: string) => string][] = [
    [u.rampup, t.reasonRamp],
    [u.cap, t.reasonCap],
    [u.other, t.reasonOther],
  ];
  const big = all.filter(([v]) => v >= 1000);
  const shown = big.length ? big : [all.reduce((a, b) => (b[0] > a[0] ? b : a))];
  const reasons = shown.map(([v, say]) => say(fmt.mnkr(v)));
  const areas = LANGS[lang].charts.areas;
  const buy = u.elsewhere
    .filter((x) => x.childYears >= 1)
    .map((x) => t.elsewhereItem(fmt.num(x.childYears), areas[x.area].toLowerCase()));
  const text = t.unspent({ amount: fmt.mnkr(u.total), reasons: reasons.join(t.and) });
  return buy.length ? `${text} ${t.elsewhere(buy.join(t.and))}` : text;
}
