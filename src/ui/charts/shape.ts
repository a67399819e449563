/**
 * Line and area paths: the subset of d3-shape's `line` and `area` used here (curveLinear, `x`, `y`, `y0`, `y1`,
 * `defined`), writing the same path strings (tests/ui/charts/scale.test.ts checks that against d3-shape).
 * d3-shape's module keeps every curve in the bundle (about 5 kB gzip of the page's first chunk, issue 8).
 */
type Accessor<T> = (d: T, i: number, data: readonly T[]) => number;
type Defined<T> = (d: T, i: number, data: readonly T[]) => boolean;

export interface Line<T> {
  (data: readonly T[]): string | null;
  x(f: Accessor<T>): Line<T>;
  y(f: Accessor<T>): Line<T>;
  defined(f: Defined<T>): Line<T>;
}

export interface Area<T> {
  (data: readonly T[]): string | null;
  x(f: Accessor<T>): Area<T>;
  y0(f: Accessor<T>): Area<T>;
  y1(f: Accessor<T>): Area<T>;
  defined(f: Defined<T>): Area<T>;
}

const pair = (d: unknown, k: 0 | 1) => +(d as number[])[k]!;

/** d3-shape's `line()`: "M" at the start of each defined run, "L" after; a run of one point closes ("Z"). */
export function line<T = [number, number]>(): Line<T> {
  let x: Accessor<T> = (d) => pair(d, 0);
  let y: Accessor<T> = (d) => pair(d, 1);
  let defined: Defined<T> = () => true;
  const gen = ((data: readonly T[]) => {
    let out = '';
    let run = 0;
    for (let i = 0; i <= data.length; i++) {
      const on = i < data.length && defined(data[i]!, i, data);
      if (on) out += `${run++ ? 'L' : 'M'}${+x(data[i]!, i, data)},${+y(data[i]!, i, data)}`;
      else {
        if (run === 1) out += 'Z';
        run = 0;
      }
    }
    return out || null;
  }) as Line<T>;
  gen.x = (f) => ((x = f), gen);
  gen.y = (f) => ((y = f), gen);
  gen.defined = (f) => ((defined = f), gen);
  return gen;
}

/** d3-shape's `area()`: each defined run is its top line (y1) forward, its base (y0) backward, closed. */
export function area<T = [number, number]>(): Area<T> {
  let x: Accessor<T> = (d) => pair(d, 0);
  let y0: Accessor<T> = () => 0;
  let y1: Accessor<T> = (d) => pair(d, 1);
  let defined: Defined<T> = () => true;
  const gen = ((data: readonly T[]) => {
    let out = '';
    let start = -1;
    const base: string[] = [];
    for (let i = 0; i <= data.length; i++) {
      const on = i < data.length && defined(data[i]!, i, data);
      if (on) {
        if (start < 0) start = i;
        const d = data[i]!;
        const px = +x(d, i, data);
        base.push(`L${px},${+y0(d, i, data)}`);
        out += `${i === start ? 'M' : 'L'}${px},${+y1(d, i, data)}`;
      } else if (start >= 0) {
        out += base.reverse().join('') + 'Z';
        base.length = 0;
        start = -1;
      }
    }
    return out || null;
  }) as Area<T>;
  gen.x = (f) => ((x = f), gen);
  gen.y0 = (f) => ((y0 = f), gen);
  gen.y1 = (f) => ((y1 = f), gen);
  gen.defined = (f) => ((defined = f), gen);
  return gen;
}
