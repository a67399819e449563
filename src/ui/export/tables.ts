/**
 * The numbers as files: the yearly results as CSV (UTF-8 with BOM so that Excel opens it right; headers in
 * the chosen language; Swedish uses a decimal comma and a semicolon between fields, as Excel in Swedish
 * expects) and the scenario as JSON (the link and every value, so it can be reopened or read by a script).
 */
import type { SimResult } from '../../model/types';
import { AREAS } from '../../model/types';
import { LANGS, type Lang } from '../../i18n';
import type { LinkState } from '../../state/link';

export const BOM = '\uFEFF';

/** A number for a CSV cell: up to `digits` decimals, no thousands separator, the language's decimal mark. */
export function csvNumber(v: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(v)) return '';
  const s = String(Math.round(v * 10 ** digits) / 10 ** digits);
  return lang === 'sv' ? s.replace('.', ',') : s;
}

const quote = (s: string, sep: string) => (/["\n\r]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s);

/** One row per year of the horizon. */
export function yearlyCsv(r: SimResult, lang: Lang): string {
  const t = LANGS[lang].charts.csv;
  const sep = lang === 'sv' ? ';' : ',';
  const header = [t.year, t.baseline, t.mean, t.p05, t.p50, t.p95, t.spending, t.cumCost, t.cumBenefits];
  const rows = r.years.map((year, i) => [
    String(year),
    csvNumber(r.baseline.atRisk.mean[i], lang),
    csvNumber(r.atRisk.mean[i], lang),
    csvNumber(r.atRisk.p05[i], lang),
    csvNumber(r.atRisk.p50[i], lang),
    csvNumber(r.atRisk.p95[i], lang),
    csvNumber(
      AREAS.reduce((s, a) => s + (r.spending[a][i] ?? 0), 0),
      lang,
      0,
    ),
    csvNumber(r.economics.cumulativeCost[i], lang, 0),
    csvNumber(r.economics.cumulativeBenefits[i], lang, 0),
  ]);
  return BOM + [header, ...rows].map((row) => row.map((c) => quote(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

/** The scenario as JSON: its link query, presets, seed, runs and every parameter's value. */
export function scenarioJson(st: LinkState, query: string): string {
  return (
    JSON.stringify(
      {
        halvera: 1,
        query,
        municipality: st.municipality,
        plan: st.plan,
        seed: st.seed,
        runs: st.runs,
        lang: st.lang,
        scenario: st.scenario,
      },
      null,
      2,
    ) + '\n'
  );
}
