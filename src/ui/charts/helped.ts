/**
 * Scales and paths of the children-helped chart: the paired difference (baseline - plan, same children) per
 * school-leaving cohort, mean with its 50 % and 90 % bands. The y axis starts at 0 and fits the 95th percentile,
 * so effects of 0.1 to 5 children per cohort are as visible as large ones.
 * Each cohort is one count of children (its percentiles are whole children), so the bands are steps: flat over
 * each cohort's year (half a year either side), never a slope from 0 to 1 between two cohorts that reads as a
 * trapezoid of fractional children when the values are tiny.
 */
import { scaleLinear } from './scale';
import { line } from './shape';
import type { SimResult } from '../../model/types';
import { fontSizeFor, lineChartHeight, niceMax, r1, type YearChartFrame, yearScales } from './geometry';

export interface HelpedGeometry extends YearChartFrame {
  band90: string;
  band50: string;
  mean: string;
  /** x of the judged cohorts' span (the target window), each cohort's half year either side included. */
  windowX: [number, number];
  /** Top and bottom of the plot (the window's shading spans the plot, no higher). */
  plotY: [number, number];
}

/**
 * A band as steps: over each point's cell (x from halfway to the previous point to halfway to the next, the ends
 * at the first and last point) from lo to hi; the top forward, the base backward, closed. Null for no points.
 */
export function stepBand(xs: number[], lo: number[], hi: number[]): string | null {
  const n = xs.length;
  if (n === 0) return null;
  const edge = (i: number) => (i <= 0 ? xs[0] : i >= n ? xs[n - 1] : r1((xs[i - 1] + xs[i]) / 2));
  const top: string[] = [];
  const base: string[] = [];
  for (let i = 0; i < n; i++) {
    top.push(`${edge(i)},${hi[i]}`, `${edge(i + 1)},${hi[i]}`);
    base.push(`${edge(i)},${lo[i]}`, `${edge(i + 1)},${lo[i]}`);
  }
  return `M${top.join('L')}L${base.reverse().join('L')}Z`;
}

export function helpedGeometry(result: SimResult, width: number, format: (v: number) => string): HelpedGeometry {
  const fontSize = fontSizeFor(width);
  const height = Math.round(lineChartHeight(width) * 0.8);
  const b = result.effect.helped;
  const top = niceMax(Math.max(0.1, ...b.p95, ...b.mean) * 1.05, 4);
  const yTicks = scaleLinear().domain([0, top]).ticks(4);
  const years = result.years;
  const frame = yearScales(years, { width, height, fontSize }, [0, top], yTicks, format, { top: 1.2, right: 1.8 });
  const { x, y } = frame;
  const px = (i: number) => r1(x(years[i]));
  const py = (v: number) => r1(y(Math.min(Math.max(v, 0), top)));
  const xs = years.map((_, i) => px(i));
  const band = (lo: number[], hi: number[]) => stepBand(xs, lo.map(py), hi.map(py)) ?? '';
  // The judged cohorts' cells, as the bands draw them (a cohort's half year either side, within the chart).
  const from = years.indexOf(result.halving.fromYear);
  const to = years.indexOf(result.halving.targetYear);
  const cell = (i: number, side: -1 | 1) =>
    i < 0 ? (side < 0 ? xs[0] : xs.at(-1)!) : r1((xs[i] + xs[Math.min(Math.max(i + side, 0), xs.length - 1)]) / 2);
  return {
    ...frame,
    band90: band(b.p05, b.p95),
    band50: band(b.p25, b.p75),
    mean:
      line<number>()
        .x((_, i) => px(i))
        .y((v) => py(v))(b.mean) ?? '',
    windowX: [cell(from, -1), cell(to, 1)],
    plotY: [r1(y(top)), r1(y(0))],
  };
}
