import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortCounts, cohortLayout } from '../../../src/ui/charts/cohort';
import type { CohortPicture } from '../../../src/model/types';

const pic = (p: Partial<CohortPicture>): CohortPicture => ({
  year: 2036,
  shown: 150,
  total: 150,
  sampled: false,
  neverAtRisk: 130,
  helped: 11,
  stillAtRisk: 9,
  ...p,
});

describe('cohortCounts', () => {
  it('takes the counts as given when they add up to the children shown', () => {
    expect(cohortCounts(pic({}))).toEqual({ still: 9, helped: 11, never: 130 });
  });
  it('scales counts of a whole large cohort down to the sample shown, conserving the total', () => {
    fc.assert(
      fc.property(
        fc.nat(50_000),
        fc.nat(50_000),
        fc.nat(50_000),
        fc.integer({ min: 1, max: 400 }),
        (a, b, c, shown) => {
          fc.pre(a + b + c > 0);
          const k = cohortCounts(
            pic({ shown, total: a + b + c, sampled: true, neverAtRisk: a, helped: b, stillAtRisk: c }),
          );
          expect(k.never + k.helped + k.still).toBe(shown);
          expect(Math.abs(k.never - (a / (a + b + c)) * shown)).toBeLessThan(1);
        },
      ),
    );
  });
});

describe('cohortLayout', () => {
  it('draws one mark per child, still at risk first, all inside the box', () => {
    const g = cohortLayout(pic({}), 640);
    expect(g.marks).toHaveLength(150);
    expect(g.marks.slice(0, 9).every((m) => m.kind === 'still')).toBe(true);
    expect(g.marks.filter((m) => m.kind === 'helped')).toHaveLength(11);
    for (const m of g.marks) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(640);
      expect(m.y).toBeLessThan(g.height);
    }
  });
  it('uses fewer columns on a phone (bigger marks)', () => {
    expect(cohortLayout(pic({}), 360).cell).toBeGreaterThanOrEqual(20);
    expect(cohortLayout(pic({}), 360).cols).toBeLessThan(cohortLayout(pic({}), 1200).cols);
  });
});
