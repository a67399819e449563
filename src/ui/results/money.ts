/**
 * Texts of the money on the first screen: the payback in words, the fund and the unspent budget (the key
 * figures). The figures below the first screen have theirs in detailText.ts. Pure.
 */
import type { Account, SimResult } from '../../model/types';
import { LANGS, type Lang } from '../../i18n';
import { formatters } from '../format';
import { chancePct } from './sentence';

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
