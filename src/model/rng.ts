/**
 * Random numbers and normal-distribution helpers for the model.
 *
 * - Every stream is seeded from a string (scenario seed, run index, stream name) through
 *   seedrandom's xor128, so a run can be replayed on its own, in any worker, in any order.
 * - The hot loop (children.ts) draws nothing from a stream: it uses counter-based draws, `hashU32`
 *   below (one owner; children.ts holds a local alias of this very function for speed).
 * - `Xor128` is xorshift128 (Marsaglia 2003) written out on four 32-bit words, for the few
 *   parameter draws per run: seedrandom's own xor128 behind a function call is slower.
 * - Standard-normal draws in the hot loop come from a 65 536-entry inverse-CDF table indexed by
 *   the top 16 bits of a draw (one draw per normal, no logs or square roots). The table holds
 *   Phi^-1 at the bin midpoints, rescaled to variance exactly 1; it truncates at |z| = 4.17
 *   (probability 3e-5), which is far beyond any threshold the model uses.
 */
import seedrandom from 'seedrandom';

/** Four 32-bit words of xorshift128 state derived only from `key`. Never all zero. */
export function seedState(key: string): Int32Array {
  const g = seedrandom.xor128(key);
  const s = new Int32Array(4);
  for (let i = 0; i < 4; i++) s[i] = g.int32();
  if ((s[0] | s[1] | s[2] | s[3]) === 0) s[3] = 0x9e3779b9 | 0;
  return s;
}

/**
 * A small xorshift128 generator object for code outside the hot loop (parameter draws).
 * `u32()` returns an unsigned 32-bit integer, `uniform()` a number in [0, 1).
 */
export class Xor128 {
  private x: number;
  private y: number;
  private z: number;
  private w: number;
  constructor(key: string) {
    const s = seedState(key);
    this.x = s[0];
    this.y = s[1];
    this.z = s[2];
    this.w = s[3];
  }
  u32(): number {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w = this.w ^ (this.w >>> 19) ^ t ^ (t >>> 8);
    return this.w >>> 0;
  }
  uniform(): number {
    return this.u32() / 4294967296;
  }
  /** Standard normal by Box-Muller (exact; used only a few times per run). */
  normal(): number {
    const u = (this.u32() + 0.5) / 4294967296;
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** Standard normal CDF, via erfc (Numerical Recipes' erfcc, fractional error < 1.2e-7). */
export function Phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - 0.5 * r : 0.5 * r;
}

/** Inverse standard normal CDF (Acklam's rational approximation, one Halley refinement step). */
export function PhiInv(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
    2.506628277459239,
  ];
  const b = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
  ];
  const c = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const plow = 0.02425;
  let x: number;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - plow) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // Halley refinement against the erfc-based Phi.
  const e = Phi(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

export const NORMAL_TABLE_BITS = 16;
/** Phi^-1 at the midpoints of 65 536 equal-probability bins, rescaled to variance 1. */
export const NORMAL_TABLE: Float64Array = (() => {
  const n = 1 << NORMAL_TABLE_BITS;
  const t = new Float64Array(n);
  let ss = 0;
  for (let i = 0; i < n / 2; i++) {
    const v = PhiInv((i + 0.5) / n);
    t[i] = v;
    t[n - 1 - i] = -v;
    ss += 2 * v * v;
  }
  const k = 1 / Math.sqrt(ss / n);
  for (let i = 0; i < n; i++) t[i] *= k;
  return t;
})();

/**
 * Counter-based draws: a 32-bit hash of (two key words, counter), MurmurHash3's fmix32 finaliser
 * over a Weyl sequence (as splitmix32). The model gives every child fixed counter slots, so a draw
 * depends only on (seed, run, child, slot): a child that needs no draw in one scenario does not
 * shift the draws of any other child, and skipping children costs nothing.
 */
export function hashU32(k1: number, k2: number, counter: number): number {
  let h = (Math.imul(counter ^ k2, 0x9e3779b9) + k1) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
