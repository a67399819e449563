/** Scales and paths of the costs-and-savings chart: cumulative discounted cost and avoided costs per year. */
import { scaleLinear } from './scale';
import { line } from './shape';
import type { SimResult } from '../../model/types';
import { fontSizeFor, niceMax, r1, type YearChartFrame, yearScales } from './geometry';

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
  const frame = yearScales(years, { width, height, fontSize }, [0, top], yTicks, format, { top: 2, right: 1.2 });
  const { x, y } = frame;
  const path = (vs: number[]) =>
    line<number>()
      .x((_, i) => r1(x(years[i])))
      .y((v) => r1(y(Math.max(0, v))))(vs) ?? '';
  return {
    ...frame,
    cost: path(cost),
    benefits: path(ben),
    paybackX: paybackYear === null ? null : r1(x(paybackYear)),
  };
}
