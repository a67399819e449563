/** Scales, paths and the stable y domain of the halving chart: pure, so the chart draws and tests read it. */
import { scaleLinear } from './scale';
import { area, line } from './shape';
import { targetYearIndex } from '../../model/params';
import type { Bands, SimResult } from '../../model/types';
import { fontSizeFor, lineChartHeight, niceMax, r1, type YearChartFrame, yearScales } from './geometry';

/** Index of the target year in the result's years (clamped to the horizon). */
export function targetIndex(r: SimResult): number {
  const i = r.years.indexOf(r.halving.targetYear);
  return i >= 0 ? i : targetYearIndex(r.years.length);
}

const maxOf = (xs: number[] | undefined) => (xs ?? []).reduce((m, v) => (v > m ? v : m), 0); // NaN-safe

/** The y max this result asks for: the larger of baseline p95 and scenario p95 (and overlays), made nice. */
export function wantedYMax(r: SimResult, overlays: (number[] | undefined)[] = []): number {
  const m = Math.max(
    maxOf(r.baseline.atRisk.p95),
    maxOf(r.atRisk.p95),
    r.halving.target,
    ...overlays.map((o) => maxOf(o)),
  );
  return niceMax(m * 1.02);
}

/**
 * The y max to draw, given the one drawn before. Final results set it outright. Previews (a slider being
 * dragged) grow it when data would be clipped, and shrink it only when the data fills less than
 * `shrinkBelow` of it: the axis does not jump on every preview.
 */
export function stableYMax(prev: number | null, wanted: number, final: boolean, shrinkBelow = 0.6): number {
  if (prev === null || final) return wanted;
  if (wanted > prev) return wanted;
  if (wanted < prev * shrinkBelow) return wanted;
  return prev;
}

/** Values of another result laid on these years (NaN where the other result has no such year). */
export function alignToYears(years: number[], srcYears: number[], values: number[]): number[] {
  return years.map((y) => {
    const i = srcYears.indexOf(y);
    return i >= 0 && i < values.length ? values[i] : NaN;
  });
}

export interface HalvingInput {
  result: SimResult;
  /** Writes a y tick label (its length sets the left margin); plain digits when left out. */
  format?: (v: number) => string;
  width: number;
  yMax: number;
  pinned?: number[] | null;
  reference?: number[] | null;
}

export interface HalvingGeometry extends YearChartFrame {
  band90: string;
  band50: string;
  median: string;
  baseline: string;
  pinned: string | null;
  reference: string | null;
  targetY: number;
  targetYearX: number;
}

/** Everything the halving chart draws, as numbers and path strings. */
export function halvingGeometry({
  result,
  width,
  yMax,
  pinned,
  reference,
  format = String,
}: HalvingInput): HalvingGeometry {
  const fontSize = fontSizeFor(width);
  const height = lineChartHeight(width);
  const yTicksFor = (ticks: number) =>
    scaleLinear()
      .domain([0, yMax])
      .ticks(ticks)
      .filter((t) => Number.isInteger(t));
  const nTicks = Math.max(3, Math.min(6, Math.floor(height / (fontSize * 3.6))));
  const yTicks = yTicksFor(nTicks);
  const years = result.years;
  const frame = yearScales(years, { width, height, fontSize }, [0, yMax], yTicks, format, { top: 2, right: 1.8 });
  const { x, y } = frame;
  const px = (i: number) => r1(x(years[i]));
  const py = (v: number) => r1(y(Math.min(v, yMax)));
  const bandPath = (lo: number[], hi: number[]) =>
    area<number>()
      .defined((_, i) => Number.isFinite(lo[i]) && Number.isFinite(hi[i]))
      .x((_, i) => px(i))
      .y0((_, i) => py(lo[i]))
      .y1((_, i) => py(hi[i]))(years) ?? '';
  const linePath = (vs: number[]) =>
    line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, i) => px(i))
      .y((v) => py(v))(vs) ?? '';
  const b: Bands = result.atRisk;
  return {
    ...frame,
    band90: bandPath(b.p05, b.p95),
    band50: bandPath(b.p25, b.p75),
    median: linePath(b.mean),
    baseline: linePath(result.baseline.atRisk.mean),
    pinned: pinned ? linePath(pinned) : null,
    reference: reference ? linePath(reference) : null,
    targetY: py(result.halving.target),
    targetYearX: r1(x(result.halving.targetYear)),
  };
}
