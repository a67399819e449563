import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as d3scale from 'd3-scale';
import * as d3shape from 'd3-shape';
import { scaleLinear } from '../../../src/ui/charts/scale';
import { area, line } from '../../../src/ui/charts/shape';

// Chart values: counts, years, SEK (d3-array's ticks itself fails on denormal-sized spans, so none of those).
const num = fc.integer({ min: -2e9, max: 2e9 }).map((v) => v / 100);
const pair = fc.tuple(num, num);

describe('scaleLinear (scale.ts) is d3-scale’s scaleLinear for two-number domains', () => {
  it('maps, ticks and nices exactly as d3 does', () => {
    fc.assert(
      fc.property(pair, pair, fc.integer({ min: 1, max: 12 }), fc.array(num, { maxLength: 8 }), (d, r, n, vs) => {
        const ours = scaleLinear().domain(d).range(r);
        const theirs = d3scale.scaleLinear().domain(d).range(r);
        for (const v of [...vs, d[0], d[1], NaN]) expect(ours(v)).toBe(theirs(v));
        expect(ours.ticks(n)).toEqual(theirs.ticks(n));
        expect(ours.copy().nice(n).domain()).toEqual(theirs.copy().nice(n).domain());
        expect(scaleLinear().domain(d).nice().domain()).toEqual(d3scale.scaleLinear().domain(d).nice().domain());
        expect(ours.copy().range([0, 100])(d[0])).toBe(theirs.copy().range([0, 100])(d[0]));
        expect(ours.range()).toEqual(theirs.range());
      }),
    );
  });

  it('keeps d3’s special cases: an empty domain maps to the middle, a reversed one is mirrored', () => {
    expect(scaleLinear().domain([3, 3]).range([0, 10])(3)).toBe(5);
    const rev = scaleLinear().domain([10, 0]).range([0, 100]);
    expect(rev(2.5)).toBe(d3scale.scaleLinear().domain([10, 0]).range([0, 100])(2.5));
  });
});

describe('line and area (shape.ts) write d3-shape’s path strings', () => {
  const data = fc.array(
    fc.oneof(
      fc.integer({ min: -500, max: 500 }).map((v) => v / 10),
      fc.constant(NaN),
    ),
    {
      maxLength: 25,
    },
  );
  it('line, with gaps and single points', () => {
    fc.assert(
      fc.property(data, (vs) => {
        const ours = line<number>()
          .defined((v) => Number.isFinite(v))
          .x((_, i) => i * 3.5)
          .y((v) => v)(vs);
        const theirs = d3shape
          .line<number>()
          .defined((v) => Number.isFinite(v))
          .x((_, i) => i * 3.5)
          .y((v) => v)(vs);
        expect(ours).toBe(theirs);
        expect(line()(vs.map((v, i) => [i, v] as [number, number]))).toBe(
          d3shape.line()(vs.map((v, i) => [i, v] as [number, number])),
        );
      }),
    );
  });

  it('area, with gaps and single points', () => {
    fc.assert(
      fc.property(data, data, (lo, hi) => {
        const ok = (i: number) => Number.isFinite(lo[i]) && Number.isFinite(hi[i]);
        const ours = area<number>()
          .defined((_, i) => ok(i))
          .x((_, i) => i * 2)
          .y0((_, i) => lo[i]!)
          .y1((_, i) => hi[i]!)(lo);
        const theirs = d3shape
          .area<number>()
          .defined((_, i) => ok(i))
          .x((_, i) => i * 2)
          .y0((_, i) => lo[i]!)
          .y1((_, i) => hi[i]!)(lo);
        expect(ours).toBe(theirs);
      }),
    );
  });
});
