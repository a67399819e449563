/** Layout of horizontal bar charts (savings by payer, contributions by area): label above, bar, value. */
import { AREAS, type AreaKey, type Payer } from '../../model/types';
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

/** The municipality bears school, social services and income support costs. */
export const MUNICIPAL_PAYERS = ['school', 'social', 'income'] as const satisfies readonly Payer[];

export interface PayerLabels {
  payers: Record<Payer, string>;
  municipality: string;
}

/** Savings by payer: the municipality as a hatched total with its three parts indented, then region, state. */
export function payerBars(byPayer: Record<Payer, number>, t: PayerLabels): BarInput[] {
  const municipal = MUNICIPAL_PAYERS.reduce((s, p) => s + byPayer[p], 0);
  return [
    { key: 'municipality', label: t.municipality, value: municipal, color: LINES.municipality, total: true },
    ...MUNICIPAL_PAYERS.map((p) => ({
      key: p,
      label: t.payers[p],
      value: byPayer[p],
      color: LINES.municipality,
      indent: true,
    })),
    { key: 'region', label: t.payers.region, value: byPayer.region, color: LINES.region },
    { key: 'state', label: t.payers.state, value: byPayer.state, color: LINES.state },
  ];
}

/** Contributions per area, in the areas' display order. */
export function contributionBars(c: Record<AreaKey, number>, areas: Record<AreaKey, string>): BarInput[] {
  return AREAS.map((a) => ({ key: a, label: areas[a], value: c[a], color: LINES.contribution }));
}
