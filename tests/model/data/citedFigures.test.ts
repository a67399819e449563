import { describe, expect, it } from 'vitest';
import { CITED_FIGURES } from '../../../src/model/data/citedFigures';
import { CITED_MUNICIPALITIES } from '../../../src/model/data/municipalities';

describe('data/citedFigures: the first load’s table of the cited figures', () => {
  it('has the same municipalities, in the same order, as data/municipalities.ts', () => {
    expect(CITED_FIGURES.map((c) => c.id)).toEqual(CITED_MUNICIPALITIES.map((c) => c.id));
  });
  it('has exactly the cited names and values (births, share not eligible) of every municipality', () => {
    expect(CITED_FIGURES.map((c) => [c.id, c.name, c.births, c.notEligible])).toEqual(
      CITED_MUNICIPALITIES.map((c) => [c.id, c.name, c.births.value, c.notEligible.value]),
    );
  });
});
