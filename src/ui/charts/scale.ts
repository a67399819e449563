/**
 * The linear scale the first screen's charts need: the subset of d3-scale's `scaleLinear` used here (a
 * two-number domain and range, `nice`, `ticks`, `copy`), with d3's arithmetic, so every coordinate is the same
 * (tests/ui/charts/scale.test.ts checks that against d3-scale). Why not d3-scale itself: its linear scale
 * brings d3-interpolate, d3-color and d3-format, which a bundler cannot drop (their modules run code at load),
 * about 9 kB gzip of the page's first chunk (issue 8). The curve view (a lazy chunk) keeps d3-scale for its
 * symlog scale. Ticks come from d3-array, as in d3-scale.
 */
import { tickIncrement, ticks } from 'd3-array';

export interface LinearScale {
  (v: number): number;
  domain(): number[];
  domain(d: readonly number[]): LinearScale;
  range(): number[];
  range(r: readonly number[]): LinearScale;
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
  copy(): LinearScale;
}

/** d3-scale's `scaleLinear()` (default domain and range [0, 1]), for two-number domains and ranges. */
export function scaleLinear(): LinearScale {
  return make([0, 1], [0, 1]);
}

function make(dom: number[], ran: number[]): LinearScale {
  let d = dom;
  let r = ran;
  let map = bimap(d, r);
  const scale = ((v: number) => (v == null || isNaN((v = +v)) ? undefined : map(v))) as LinearScale;
  scale.domain = ((next?: readonly number[]) => {
    if (next === undefined) return d.slice();
    d = Array.from(next, Number);
    map = bimap(d, r);
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return r.slice();
    r = Array.from(next, Number);
    map = bimap(d, r);
    return scale;
  }) as LinearScale['range'];
  scale.ticks = (count = 10) => ticks(d[0]!, d[d.length - 1]!, count);
  scale.copy = () => make(d.slice(), r.slice());
  // d3-scale's linearish.nice, step for step.
  scale.nice = (count = 10) => {
    const nd = d.slice();
    let i0 = 0;
    let i1 = nd.length - 1;
    let start = nd[i0]!;
    let stop = nd[i1]!;
    let prestep: number | undefined;
    let maxIter = 10;
    if (stop < start) {
      [start, stop] = [stop, start];
      [i0, i1] = [i1, i0];
    }
    while (maxIter-- > 0) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) {
        nd[i0] = start;
        nd[i1] = stop;
        return scale.domain(nd);
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      prestep = step;
    }
    return scale;
  };
  return scale;
}

/** d3-scale's bimap with interpolateNumber: a reversed domain swaps both ends; an empty one maps to the middle. */
function bimap(d: number[], r: number[]): (v: number) => number {
  let [d0, d1] = [d[0]!, d[1]!];
  let [r0, r1] = [r[0]!, r[1]!];
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const t = span ? (v: number) => (v - d0) / span : () => (isNaN(span) ? NaN : 0.5);
  return (v) => {
    const k = t(v);
    return r0 * (1 - k) + r1 * k;
  };
}
