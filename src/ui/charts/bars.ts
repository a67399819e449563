/** Layout of horizontal bar charts (savings by payer, contributions by area): label above, bar, value. */
import { AREAS, type AreaKey } from '../../model/types';
import { fontSizeFor, r1 } from './geometry';
import { LINES } from './palette';

export interface BarInput {
  key: string;
  label: string;
  value: number;
  color: string;
  /** Drawn indented under a group heading row (e.g. the municipality's three payers). */
  indent?: boolean;
  /** A heading row: its bar is drawn with a hatched pattern, as a sum of the rows below it. */
  total?: boolean;
}

export interface BarRow extends BarInput {
  labelY: number;
  barY: number;
  barX: number;
  barW: number;
  valueX: number;
}

export interface BarsLayout {
  width: number;
  height: number;
  fontSize: number;
  barH: number;
  zeroX: number;
  rows: BarRow[];
}

/** One row per input: a label line, then a bar from zero (negative values go left), then its value. */
export function barsLayout(input: BarInput[], width: number, valueWidth = 7): BarsLayout {
  const fontSize = fontSizeFor(width);
  const barH = Math.round(fontSize * 1.2);
  const rowH = Math.round(fontSize * 1.3 + barH + fontSize * 0.6);
  const indentW = fontSize;
  const left = 2;
  const right = Math.round(fontSize * valueWidth);
  const maxAbs = Math.max(...input.map((b) => Math.abs(b.value)), 0) || 1;
  const hasNeg = input.some((b) => b.value < 0);
  const span = width - left - right - indentW;
  const zeroX = left + indentW + (hasNeg ? span / 2 : 0);
  const scale = (hasNeg ? span / 2 : span) / maxAbs;
  const rows = input.map((b, i) => {
    const top = i * rowH;
    const w = Math.abs(b.value) * scale;
    const barX = b.value < 0 ? zeroX - w : zeroX;
    return {
      ...b,
      labelY: r1(top + fontSize),
      barY: r1(top + fontSize * 1.3),
      barX: r1(barX),
      barW: r1(w),
      valueX: r1((b.value < 0 ? zeroX : barX + w) + fontSize * 0.4),
    };
  });
  return { width, height: rowH * input.length, fontSize, barH, zeroX: r1(zeroX), rows };
}

/** Contributions per area, in the areas' display order. */
export function contributionBars(c: Record<AreaKey, number>, areas: Record<AreaKey, string>): BarInput[] {
  return AREAS.map((a) => ({ key: a, label: areas[a], value: c[a], color: LINES.contribution }));
}
