/** The cohort picture's layout: one mark per child, grouped still at risk / helped / never at risk. */
import { largestRemainder } from '../../model/stats';
import type { CohortPicture } from '../../model/types';
import { fontSizeFor, r1 } from './geometry';

export type ChildKind = 'still' | 'helped' | 'never';
export const CHILD_KINDS: readonly ChildKind[] = ['still', 'helped', 'never'];

/**
 * Counts per kind among the children drawn. They are taken as given when they add up to `shown`;
 * otherwise (counts of the whole cohort) they are scaled to `shown` by largest remainders.
 */
export function cohortCounts(c: CohortPicture): Record<ChildKind, number> {
  const raw = { still: c.stillAtRisk, helped: c.helped, never: c.neverAtRisk };
  const sum = raw.still + raw.helped + raw.never;
  if (sum === c.shown || sum === 0) return raw;
  const out = largestRemainder(
    CHILD_KINDS.map((k) => (raw[k] / sum) * c.shown),
    c.shown,
  );
  return { still: out[0], helped: out[1], never: out[2] };
}

export interface ChildMark {
  x: number;
  y: number;
  kind: ChildKind;
}

export interface CohortLayout {
  width: number;
  height: number;
  cell: number;
  cols: number;
  marks: ChildMark[];
}

/** A grid of marks, row by row: the still-at-risk first, then the helped, then the never at risk. */
export function cohortLayout(c: CohortPicture, width: number): CohortLayout {
  const counts = cohortCounts(c);
  const n = counts.still + counts.helped + counts.never;
  const minCell = Math.max(fontSizeFor(width) * 1.4, n > 400 ? 12 : 20);
  const cols = Math.max(10, Math.min(50, Math.floor(width / minCell)));
  const cell = width / cols;
  const marks: ChildMark[] = [];
  for (const kind of CHILD_KINDS)
    for (let k = 0; k < counts[kind]; k++) {
      const i = marks.length;
      marks.push({ x: r1((i % cols) * cell + cell / 2), y: r1(Math.floor(i / cols) * cell + cell / 2), kind });
    }
  return { width, height: r1(Math.max(1, Math.ceil(n / cols)) * cell), cell: r1(cell), cols, marks };
}
