/**
 * Text summaries and table alternatives of the charts (the halving chart's here; the figures below the first
 * screen and the comparison in detailText.ts).
 */
import type { SimResult } from '../../model/types';
import { LANGS, type Lang } from '../../i18n';
import { formatters } from '../format';
import { targetIndex } from '../charts/halving';
import { children } from './sentence';

export interface Table {
  columns: string[];
  rows: string[][];
}

export function halvingText(r: SimResult, lang: Lang, reference: number[] | null = null) {
  const t = LANGS[lang].charts;
  const fmt = formatters(lang);
  const c = (v: number) => children(fmt, v);
  const i = targetIndex(r);
  const a = r.atRisk;
  const summary = t.halvingSummary({
    year: r.halving.targetYear,
    base: c(r.baseline.atRisk.mean[i]),
    median: c(a.mean[i]),
    lo: c(a.p05[i]),
    hi: c(a.p95[i]),
    target: c(r.halving.target),
  });
  const table: Table = {
    columns: [t.year, t.colBaseline, t.colMedian, t.col50, t.col90, ...(reference ? [t.colReference] : [])],
    rows: r.years.map((y, k) => [
      String(y),
      c(r.baseline.atRisk.mean[k]),
      c(a.mean[k]),
      t.range(c(a.p25[k]), c(a.p75[k])),
      t.range(c(a.p05[k]), c(a.p95[k])),
      ...(reference ? [c(reference[k])] : []),
    ]),
  };
  return { summary, table };
}

/** Expected children moved out of risk over the whole horizon, summed over every school-leaving cohort. */
export function childrenHelped(r: SimResult): number {
  return r.baseline.atRisk.mean.reduce((t, b, k) => t + Math.max(0, b - r.atRisk.mean[k]), 0);
}
