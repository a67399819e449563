/** Texts and geometry of "Vad avgör svaret?" (pure: the components only lay them out). */
import type { SensitivityTexts } from '../../i18n/sensitivity';
import type { Assumption } from '../../model/sensitivity';
import type { Threshold } from '../../model/sensitivityRun';
import type { OutcomeKey, Tornado, TornadoRow } from '../../model/tornadoOrder';
import { sortedBy } from '../../model/tornadoOrder';
import type { Formatters } from '../format';

/** An assumption's value in its unit: a d or factor with up to three decimals, a share or rate in percent, SEK. */
export function valueText(f: Formatters, a: Pick<Assumption, 'unit'>, v: number): string {
  if (a.unit === 'SEK') return f.sek(v);
  if (a.unit === 'rate' && Math.abs(v) > 0.5) return f.num(v, 2);
  if (a.unit === 'share' || a.unit === 'rate') return f.pct(v, 1);
  return f.num(v, 3);
}

/** An outcome's value: children, a chance, money. */
export function outcomeText(f: Formatters, o: OutcomeKey, v: number): string {
  return o === 'chance' ? f.pct(v, 0) : o === 'npv' ? f.mnkr(v) : f.num(v, 1);
}

/** A bar's label: the range and its source, or "antagande". */
export function rangeLabel(t: SensitivityTexts, f: Formatters, r: TornadoRow): string {
  const src = r.sources.length ? `${t.source}: ${r.sources.join(', ')}` : t.assumption;
  return `${valueText(f, r, r.low)}–${valueText(f, r, r.high)} (${src})`;
}

export interface TornadoBar {
  id: string;
  name: string;
  label: string;
  /** x of the low end's and the high end's value (the central value at `x0`). */
  xLow: number;
  xHigh: number;
  y: number;
  lowText: string;
  highText: string;
}

export interface TornadoGeometry {
  bars: TornadoBar[];
  x0: number;
  width: number;
  height: number;
  rowH: number;
  left: number;
  centralText: string;
}

/** The tornado of one outcome: rows sorted by swing (largest on top), the central value as the axis. */
export function tornadoGeometry(
  t: SensitivityTexts,
  f: Formatters,
  tor: Tornado,
  o: OutcomeKey,
  width: number,
  rows = 10,
): TornadoGeometry {
  const list = sortedBy(tor.rows, o).slice(0, rows);
  const c = tor.central[o];
  let span = 0;
  for (const r of list) span = Math.max(span, Math.abs(r.atLow[o] - c), Math.abs(r.atHigh[o] - c));
  const left = Math.min(260, Math.round(width * 0.42));
  const plot = width - left - 10;
  const x0 = left + plot / 2;
  const scale = span > 0 ? plot / 2 / span : 0;
  const rowH = 34;
  const bars = list.map((r, i) => ({
    id: r.id,
    name: t.names[r.id],
    label: rangeLabel(t, f, r),
    xLow: x0 + (r.atLow[o] - c) * scale,
    xHigh: x0 + (r.atHigh[o] - c) * scale,
    y: 8 + i * rowH,
    lowText: outcomeText(f, o, r.atLow[o]),
    highText: outcomeText(f, o, r.atHigh[o]),
  }));
  return { bars, x0, width, height: 16 + list.length * rowH, rowH, left, centralText: outcomeText(f, o, c) };
}

/** One threshold as a sentence. */
export function thresholdText(t: SensitivityTexts, f: Formatters, tor: Tornado, th: Threshold): string {
  const a = tor.rows.find((r) => r.id === th.id);
  const name = t.names[th.id];
  const where = th.budget === 'current' ? t.atCurrent : t.atTop(f.sek(th.total));
  if (!a || th.value === null) return t.notWithin(name, where, f.pct(th.atLow, 0), f.pct(th.atHigh, 0));
  const ratio = a.central > 0 ? t.ratio(f.num(th.value / a.central, 1)) : '';
  return t.thresholdLine(
    name,
    where,
    th.direction === 'atLeast' ? t.atLeast : t.atMost,
    valueText(f, a, th.value),
    ratio,
    f.pct(th.chance, 0),
    f.pct(th.se, 1),
  );
}
