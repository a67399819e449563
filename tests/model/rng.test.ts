import { describe, expect, it } from 'vitest';
import { NORMAL_TABLE, Phi, PhiInv, Xor128, hashU32, seedState } from '../../src/model/rng';

describe('rng', () => {
  it('Phi and PhiInv invert each other and match known values', () => {
    expect(Phi(0)).toBeCloseTo(0.5, 7);
    expect(Phi(1.959963985)).toBeCloseTo(0.975, 6);
    expect(PhiInv(0.975)).toBeCloseTo(1.959963985, 6);
    for (const p of [1e-6, 0.01, 0.1337, 0.5, 0.852, 0.999]) expect(Phi(PhiInv(p))).toBeCloseTo(p, 7);
  });

  it('the brief example: d = 0.2 at p0 = 0.13 gives p1 = Phi(Phi^-1(p0) - d) of about 0.092', () => {
    expect(Phi(PhiInv(0.13) - 0.2)).toBeCloseTo(0.092, 3);
  });

  it('NORMAL_TABLE has mean 0, variance 1 and the normal tail share above 1.28', () => {
    const n = NORMAL_TABLE.length;
    let m = 0;
    let v = 0;
    let above = 0;
    for (const x of NORMAL_TABLE) {
      m += x;
      v += x * x;
      if (x > PhiInv(0.9)) above++;
    }
    expect(Math.abs(m / n)).toBeLessThan(1e-12);
    expect(v / n).toBeCloseTo(1, 12);
    expect(Math.abs(above / n - 0.1)).toBeLessThan(1e-3);
  });

  it('seedState and Xor128 depend only on the key', () => {
    expect(Array.from(seedState('a:1'))).toEqual(Array.from(seedState('a:1')));
    expect(Array.from(seedState('a:1'))).not.toEqual(Array.from(seedState('a:2')));
    const g = new Xor128('k');
    const h = new Xor128('k');
    for (let i = 0; i < 10; i++) expect(g.uniform()).toBe(h.uniform());
  });

  it('Xor128.normal() has mean 0 and variance 1 (within 4 standard errors)', () => {
    const g = new Xor128('normal');
    const n = 40_000;
    let s = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const z = g.normal();
      s += z;
      ss += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(ss / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it('hashU32 counter draws are uniform: 16 bins pass a chi-square test', () => {
    const n = 160_000;
    const bins = new Array<number>(16).fill(0);
    for (let c = 0; c < n; c++) bins[hashU32(123, 456, c) >>> 28]++;
    const e = n / 16;
    const chi2 = bins.reduce((t, o) => t + (o - e) ** 2 / e, 0);
    expect(chi2).toBeLessThan(37.7); // 99.9 % point of chi-square with 15 dof
  });

  it('hashU32 (the one the hot loop uses) is splitmix32 over fmix32: agrees with a BigInt rewrite', () => {
    // Independent arithmetic (BigInt modulo 2^32, no Math.imul), so a changed constant or shift in
    // rng.ts fails here as well as in the pinned reference numbers.
    const M = 2n ** 32n;
    const mul = (a: bigint, b: bigint) => (a * b) % M;
    const u = (x: number) => BigInt(x >>> 0);
    const ref = (k1: number, k2: number, c: number): number => {
      let h = (mul(u(c) ^ u(k2), 0x9e3779b9n) + u(k1)) % M;
      h ^= h >> 16n;
      h = mul(h, 0x85ebca6bn);
      h ^= h >> 13n;
      h = mul(h, 0xc2b2ae35n);
      h ^= h >> 16n;
      return Number(h);
    };
    const g = new Xor128('hash-check');
    for (let i = 0; i < 5_000; i++) {
      const k1 = g.u32() | 0;
      const k2 = g.u32() | 0;
      const c = g.u32() >>> 6;
      expect(hashU32(k1, k2, c)).toBe(ref(k1, k2, c));
    }
  });
});
