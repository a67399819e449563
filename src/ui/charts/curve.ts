/**
 * The investment curve's geometry: budget per year on a shared x axis (symmetric-log: zero at the left, the low
 * budgets where the plans sit spread out, the top still on the page) and stacked panels that a reader cannot
 * confuse, each with its own y axis and title: the chance of reaching the target, the expected number at risk
 * in the target year with its 90 % band and the target, and what a child helped costs.
 */
import { scaleLinear, scaleSymlog, type ScaleContinuousNumeric } from 'd3-scale';
import { area, line } from './shape';
import type { Curve } from '../../model/curve';
import { fontSizeFor, labelMargin, niceMax, r1, type Margins } from './geometry';

export interface CurvePanel {
  key: 'chance' | 'count' | 'cost';
  top: number;
  bottom: number;
  y: ScaleContinuousNumeric<number, number>;
  yTicks: number[];
}

export interface CurveMark {
  label: string;
  budget: number;
  x: number;
}

export interface CurveGeometry {
  width: number;
  height: number;
  fontSize: number;
  m: Margins;
  x: ScaleContinuousNumeric<number, number>;
  xTicks: number[];
  panels: Record<CurvePanel['key'], CurvePanel>;
  chance: string;
  /** The chance is 0 at every budget on the curve: the chart says so in the panel instead of a line along its floor. */
  chanceZero: boolean;
  expected: string;
  band: string;
  cost: string;
  targetY: number;
  /** The other effect assumption, faint (chance and expected), when given. */
  reference: { chance: string; expected: string } | null;
  marks: CurveMark[];
}

/** Round budgets for the x axis: 0 and 1, 2, 5 × 10^k up to the top, at most `max` of them. */
export function budgetTicks(top: number, max: number): number[] {
  const out = [0];
  if (!(top > 0)) return out;
  const all: number[] = [];
  for (let k = 4; 10 ** k <= top * 1.0001; k++)
    for (const f of [1, 2, 5]) if (f * 10 ** k <= top * 1.0001) all.push(f * 10 ** k);
  // Thin out from the small end when there are too many: keep every other, then every third.
  for (const step of [1, 2, 3, 4, 6]) {
    const kept = all.filter((_, i) => (all.length - 1 - i) % step === 0);
    if (kept.length + 1 <= max) return out.concat(kept);
  }
  return out.concat(all.slice(-max + 1));
}

/** Ticks at least `gap` px apart on `x`, kept from the top down (the round top matters more than the crowded low end). */
function spaced(ticks: number[], x: (v: number) => number, gap: number): number[] {
  const out: number[] = [];
  for (const v of [...ticks].reverse()) if (out.length === 0 || x(out[out.length - 1]) - x(v) >= gap) out.push(v);
  if (ticks[0] === 0 && !out.includes(0)) {
    // Zero stays (the curve starts there): drop the tick nearest to it instead.
    out.pop();
    out.push(0);
  }
  return out.reverse();
}

/** Every known value is 0 (and there is one): nothing to draw but the floor. */
export function isZeroEverywhere(values: readonly (number | null)[]): boolean {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length > 0 && known.every((v) => v === 0);
}

/** Words in lines of at most `width` px (about 0.6 em a character in bold), never a word split; at least one line. */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(8, Math.floor(width / (fontSize * 0.6)));
  const lines: string[] = [];
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + w.length <= max) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines.length ? lines : [''];
}

const PANEL_GAP = 2.4; // em between panels (room for the next panel's title)

export function curveGeometry(
  c: Curve,
  width: number,
  format: { sek: (v: number) => string; count: (v: number) => string; pct: (v: number) => string },
  marks: { label: string; budget: number }[] = [],
  reference: Curve | null = null,
  compact = false,
): CurveGeometry {
  const fontSize = fontSizeFor(width);
  const panelH = Math.round(Math.min(Math.max(width * 0.22, 120), 220));
  const countMax = niceMax(Math.max(...c.p95, c.target, ...(reference?.expected ?? [])) * 1.05, 4);
  const costs = c.costPerHelped.filter((v): v is number => v !== null && Number.isFinite(v));
  const costMax = niceMax(Math.max(1, ...costs), 4);
  const countY0 = scaleLinear().domain([0, countMax]).nice(4);
  const costY0 = scaleLinear().domain([0, costMax]).nice(4);
  // Even steps of a quarter (the 50 % and 80 % budgets are in the text beside the chart).
  const chanceTicks = [0, 0.25, 0.5, 0.75, 1];
  const yLabels = [
    ...chanceTicks.map(format.pct),
    ...countY0.ticks(4).map(format.count),
    ...costY0.ticks(4).map(format.sek),
  ];
  const m: Margins = {
    top: Math.round(fontSize * 2.2),
    right: Math.round(fontSize * 1.5),
    bottom: Math.round(fontSize * 2.4),
    left: labelMargin(yLabels, fontSize),
  };
  const gap = Math.round(fontSize * PANEL_GAP);
  const top0 = m.top;
  const panel = (i: number) => ({ top: top0 + i * (panelH + gap), bottom: top0 + i * (panelH + gap) + panelH });
  const height = panel(compact ? 1 : 2).bottom + m.bottom;
  const top = Math.max(c.top, c.budgets.at(-1) ?? 0, 1);
  const x = scaleSymlog()
    .constant(Math.max(1, top / 100))
    .domain([0, top])
    .range([m.left, width - m.right]);
  const p0 = panel(0);
  const p1 = panel(1);
  const p2 = panel(2);
  const panels: CurveGeometry['panels'] = {
    chance: { key: 'chance', ...p0, y: scaleLinear().domain([0, 1]).range([p0.bottom, p0.top]), yTicks: chanceTicks },
    count: { key: 'count', ...p1, y: countY0.copy().range([p1.bottom, p1.top]), yTicks: countY0.ticks(4) },
    cost: { key: 'cost', ...p2, y: costY0.copy().range([p2.bottom, p2.top]), yTicks: costY0.ticks(4) },
  };
  const xs = (cv: Curve) => cv.budgets.map((b) => r1(x(b)));
  const path = (cv: Curve, values: (number | null)[], y: (v: number) => number) => {
    const bx = xs(cv);
    return (
      line<number>()
        .defined((i) => values[i] !== null && Number.isFinite(values[i] as number))
        .x((i) => bx[i])
        .y((i) => r1(y(values[i] as number)))(values.map((_, i) => i)) ?? ''
    );
  };
  const cy = panels.count.y;
  const bx = xs(c);
  const band =
    area<number>()
      .x((i) => bx[i])
      .y0((i) => r1(cy(c.p05[i])))
      .y1((i) => r1(cy(c.p95[i])))(c.budgets.map((_, i) => i)) ?? '';
  return {
    width,
    height,
    fontSize,
    m,
    x,
    xTicks: spaced(budgetTicks(top, 12), x, fontSize * 5.5),
    panels,
    chance: path(c, c.probability, panels.chance.y),
    chanceZero: isZeroEverywhere(c.probability),
    expected: path(c, c.expected, cy),
    band,
    cost: path(c, c.costPerHelped, panels.cost.y),
    targetY: r1(cy(c.target)),
    reference: reference
      ? {
          chance: path(reference, reference.probability, panels.chance.y),
          expected: path(reference, reference.expected, cy),
        }
      : null,
    marks: marks.filter((mk) => mk.budget >= 0 && mk.budget <= top).map((mk) => ({ ...mk, x: r1(x(mk.budget)) })),
  };
}
