/**
 * Scales and paths of the children-helped chart: the paired difference (baseline - plan, same children) per
 * school-leaving cohort, mean with its 50 % and 90 % bands. The y axis starts at 0 and fits the 95th percentile,
 * so effects of 0.1 to 5 children per cohort are as visible as large ones.
 */
import { scaleLinear } from './scale';
import { area, line } from './shape';
import type { SimResult } from '../../model/types';
import { fontSizeFor, lineChartHeight, niceMax, r1, type YearChartFrame, yearScales } from './geometry';

export interface HelpedGeometry extends YearChartFrame {
  band90: string;
  band50: string;
  mean: string;
  /** x of the first and last judged cohort (the target window). */
  windowX: [number, number];
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
  const band = (lo: number[], hi: number[]) =>
    area<number>()
      .x((_, i) => px(i))
      .y0((_, i) => py(lo[i]))
      .y1((_, i) => py(hi[i]))(years) ?? '';
  return {
    ...frame,
    band90: band(b.p05, b.p95),
    band50: band(b.p25, b.p75),
    mean:
      line<number>()
        .x((_, i) => px(i))
        .y((v) => py(v))(b.mean) ?? '',
    windowX: [r1(x(result.halving.fromYear)), r1(x(result.halving.targetYear))],
  };
}
