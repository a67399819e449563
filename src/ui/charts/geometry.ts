/** Sizes shared by the charts: one SVG unit is one CSS pixel at the measured width, so type stays readable. */
import { scaleLinear, type LinearScale } from './scale';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The frame every year-over-x line chart shares: size, type, margins, scales and ticks. */
export interface YearChartFrame {
  width: number;
  height: number;
  fontSize: number;
  m: Margins;
  x: LinearScale;
  y: LinearScale;
  xTicks: number[];
  yTicks: number[];
}

/** Font size (px) for a chart of this width: at least 14 px on a phone, large on a projector. */
export function fontSizeFor(width: number): number {
  if (width >= 1400) return 22;
  if (width >= 1000) return 18;
  if (width >= 600) return 15;
  return 14;
}

/** Height of a line chart for its width: wide and low on screens, taller on phones. */
export function lineChartHeight(width: number): number {
  return Math.round(Math.min(Math.max(width * 0.55, 280), 560));
}

/** The upper end of a nice linear domain starting at zero. */
export function niceMax(v: number, ticks = 5): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  return scaleLinear().domain([0, v]).nice(ticks).domain()[1];
}

/** Rounds a coordinate to 0.1 px: enough for drawing, and keeps the markup small. */
export const r1 = (v: number) => Math.round(v * 10) / 10;

/** Tick values of a year axis: round years (multiples of 1, 2, 5 or 10), fewer on narrow screens. */
export function yearTicks(years: number[], width: number): number[] {
  if (years.length === 0) return [];
  const maxTicks = Math.max(2, Math.floor(width / 80));
  const step = [1, 2, 5, 10, 20].find((k) => Math.floor((years.length - 1) / k) + 1 <= maxTicks) ?? 20;
  return years.filter((y) => y % step === 0);
}

/** Left margin wide enough for the longest tick label (about 0.6 em per character) and a gap. */
export function labelMargin(labels: string[], fontSize: number, min = 2.5): number {
  const chars = Math.max(0, ...labels.map((l) => l.length));
  return Math.round(Math.max(min * fontSize, chars * fontSize * 0.6 + fontSize * 0.6));
}

/**
 * The frame of a chart over years: the left margin fits the y tick labels, x runs over the years, y over `yDomain`
 * (bottom to top), the years' ticks thinned for the width. `pad` gives the top and right margins in ems.
 */
export function yearScales(
  years: number[],
  size: { width: number; height: number; fontSize: number },
  yDomain: [number, number],
  yTicks: number[],
  format: (v: number) => string,
  pad: { top: number; right: number },
): YearChartFrame {
  const { width, height, fontSize } = size;
  const m = {
    top: Math.round(fontSize * pad.top),
    right: Math.round(fontSize * pad.right),
    bottom: Math.round(fontSize * 2),
    left: labelMargin(yTicks.map(format), fontSize),
  };
  const x = scaleLinear()
    .domain([years[0] ?? 0, years.at(-1) ?? 1])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain(yDomain)
    .range([height - m.bottom, m.top]);
  return { width, height, fontSize, m, x, y, xTicks: yearTicks(years, width), yTicks };
}
