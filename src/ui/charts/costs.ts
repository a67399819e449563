/** Scales and paths of the costs-and-savings chart: cumulative discounted cost and avoided costs per year. */
import { scaleLinear } from './scale';
import { line } from './shape';
import type { SimResult } from '../../model/types';
import { fontSizeFor, labelMargin, niceMax, r1, yearTicks, type YearChartFrame } from './geometry';

export interface CostsGeometry extends YearChartFrame {
  cost: string;
  benefits: string;
  /** x of the payback year, or null. */
  paybackX: number | null;
}

/** `format` writes a y tick label (its length sets the left margin). */
export function costsGeometry(result: SimResult, width: number, format: (v: number) => string): CostsGeometry {
  const fontSize = fontSizeFor(width);
  const height = Math.round(Math.min(Math.max(width * 0.5, 260), 480));
  const { years } = result;
  const { cumulativeCost: cost, cumulativeBenefits: ben, paybackYear } = result.economics;
  const top = niceMax(Math.max(...cost, ...ben, 0), 4);
  const yTicks = scaleLinear().domain([0, top]).ticks(4);
  const m = {
    top: Math.round(fontSize * 2),
    right: Math.round(fontSize * 1.2),
    bottom: Math.round(fontSize * 2),
    left: labelMargin(yTicks.map(format), fontSize),
  };
  const x = scaleLinear()
    .domain([years[0] ?? 0, years.at(-1) ?? 1])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, top])
    .range([height - m.bottom, m.top]);
  const path = (vs: number[]) =>
    line<number>()
      .x((_, i) => r1(x(years[i])))
      .y((v) => r1(y(Math.max(0, v))))(vs) ?? '';
  return {
    width,
    height,
    fontSize,
    m,
    x,
    y,
    xTicks: yearTicks(years, width),
    yTicks,
    cost: path(cost),
    benefits: path(ben),
    paybackX: paybackYear === null ? null : r1(x(paybackYear)),
  };
}
