/** Legend items and the dash patterns shared by lines and their legend swatches. */
import { FILLS, LINES } from './palette';

export type MarkKind =
  | 'line'
  | 'dashed'
  | 'dashdot'
  | 'dotted'
  | 'band'
  | 'circle'
  | 'diamond'
  | 'square'
  /** A dashed line with open circles: pinned scenario A, told apart from the solid lines even where they overlap. */
  | 'marked';

/** A word the glossary explains beside it (the (?) of Explain.svelte). */
export type ExplainTerm = 'futures90' | 'npv' | 'capacity';

export interface LegendItem {
  label: string;
  color: string;
  /** A line style, a band (fill with an edge), or a mark shape. */
  kind: MarkKind;
  fill?: string;
  /** A (?) beside the label that explains it (shown where the legend is given a language). */
  explain?: ExplainTerm;
}

export const DASH: Record<'line' | 'dashed' | 'dashdot' | 'dotted', string | undefined> = {
  line: undefined,
  dashed: '7 4',
  dashdot: '9 3 2 3',
  dotted: '2 3',
};

/** The halving chart's legend (shared by the results and the embed); `extra` adds overlays such as A. */
export function halvingLegend(
  t: { baseline: string; median: string; band50: string; band90: string; target: string },
  extra: LegendItem[] = [],
): LegendItem[] {
  return [
    { label: t.baseline, color: LINES.baseline, kind: 'line' },
    { label: t.median, color: LINES.scenario, kind: 'line' },
    { label: t.band50, color: LINES.bandEdge50, kind: 'band', fill: FILLS.band50 },
    { label: t.band90, color: LINES.bandEdge90, kind: 'band', fill: FILLS.band90, explain: 'futures90' },
    { label: t.target, color: LINES.target, kind: 'dashed' },
    ...extra,
  ];
}

/** The cohort picture's legend. */
export const cohortLegend = (t: { cohortStill: string; cohortHelped: string; cohortNever: string }): LegendItem[] => [
  { label: t.cohortStill, color: LINES.still, kind: 'square' },
  { label: t.cohortHelped, color: LINES.helped, kind: 'diamond' },
  { label: t.cohortNever, color: LINES.never, kind: 'circle' },
];

/** The costs chart's legend. */
export const costsLegend = (t: { costLine: string; benefitLine: string }): LegendItem[] => [
  { label: t.costLine, color: LINES.cost, kind: 'dashed' },
  { label: t.benefitLine, color: LINES.benefit, kind: 'line' },
];
