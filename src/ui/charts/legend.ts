/** Legend items and the dash patterns shared by lines and their legend swatches. */
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

export interface LegendItem {
  label: string;
  color: string;
  /** A line style, a band (fill with an edge), or a mark shape. */
  kind: MarkKind;
  fill?: string;
}

export const DASH: Record<'line' | 'dashed' | 'dashdot' | 'dotted', string | undefined> = {
  line: undefined,
  dashed: '7 4',
  dashdot: '9 3 2 3',
  dotted: '2 3',
};
