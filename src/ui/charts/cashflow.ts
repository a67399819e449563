/** Scales and path of the cumulative cash flow of one account (discounted), with the zero line and payback. */
import { scaleLinear } from './scale';
import { line } from './shape';
import { fontSizeFor, r1, type YearChartFrame, yearScales } from './geometry';

export interface CashflowGeometry extends YearChartFrame {
  path: string;
  zeroY: number;
  paybackX: number | null;
  /** Pinned scenario A's cumulative cash flow over the same years (null when none is pinned). */
  pinnedPath: string | null;
}

type Series = { years: number[]; values: number[] };

/**
 * Year ticks of the cash flow, which runs up to some 80 years: the first year (where the plan starts), then round
 * years (every 5, 10 or 20 by the span), leaving out a round year closer than half a step to the first one.
 */
export function cashflowYearTicks(years: number[]): number[] {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const span = last - first;
  const step = span > 60 ? 20 : span > 30 ? 10 : 5;
  return [first, ...years.filter((yr) => yr % step === 0 && yr - first >= step / 2)];
}

export function cashflowGeometry(
  series: Series,
  paybackYear: number | null,
  width: number,
  format: (v: number) => string,
  pinned: Series | null = null,
): CashflowGeometry {
  const fontSize = fontSizeFor(width);
  const height = Math.round(Math.min(Math.max(width * 0.45, 240), 440));
  const { years, values } = series;
  // A is drawn over this chart's years only (its own plan may run longer or pay back later).
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const pin = pinned
    ? pinned.years.flatMap((yr, i) => (yr >= first && yr <= last ? [[yr, pinned.values[i]]] : []))
    : [];
  const all = [...values, ...pin.map((d) => d[1])];
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const pad = (hi - lo) * 0.05 || 1;
  const y0 = scaleLinear()
    .domain([lo - (lo < 0 ? pad : 0), hi + (hi > 0 ? pad : 0)])
    .nice(4);
  const yTicks = y0.ticks(4);
  const [d0, d1] = y0.domain();
  const { m, x, y } = yearScales(years, { width, height, fontSize }, [d0, d1], yTicks, format, { top: 2, right: 1.2 });
  const xTicks = cashflowYearTicks(years);
  return {
    width,
    height,
    fontSize,
    m,
    x,
    y,
    xTicks,
    yTicks,
    path:
      line<number>()
        .x((_, i) => r1(x(years[i])))
        .y((v) => r1(y(v)))(values) ?? '',
    pinnedPath: pinned
      ? (line<number[]>()
          .x((d) => r1(x(d[0])))
          .y((d) => r1(y(d[1])))(pin) ?? null)
      : null,
    zeroY: r1(y(0)),
    paybackX: paybackYear === null || paybackYear > (years.at(-1) ?? 0) ? null : r1(x(paybackYear)),
  };
}
