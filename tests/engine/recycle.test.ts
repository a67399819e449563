import { describe, expect, it } from 'vitest';
import { Recycler } from '../../src/engine/recycle';

describe('Recycler', () => {
  it('gives zeroed arrays, taking given buffers again (smallest that fits) before making new ones', () => {
    const r = new Recycler();
    const a = r.take(1000);
    expect(a.length).toBe(1000);
    expect(a.every((v) => v === 0)).toBe(true);
    a.fill(7);
    const big = r.take(100_000);
    r.give([a, big, a]); // each buffer once
    expect(r.held).toBe(a.buffer.byteLength + big.buffer.byteLength);
    const b = r.take(900); // fits in a's buffer, the smaller one
    expect(b.buffer).toBe(a.buffer);
    expect(b.length).toBe(900);
    expect(b.every((v) => v === 0)).toBe(true);
    const c = r.take(200_000); // fits in none: a new buffer
    expect(c.buffer).not.toBe(big.buffer);
    expect(r.held).toBe(big.buffer.byteLength);
  });

  it('keeps at most maxBytes and skips detached buffers', () => {
    const r = new Recycler(100_000);
    const a = r.take(10_000); // 80 kB, rounded up to 128 kB: over the cap
    r.give([a]);
    expect(r.held).toBe(0);
    const small = new Recycler();
    const x = small.take(10);
    structuredClone(x.buffer, { transfer: [x.buffer] }); // detaches x's buffer
    small.give([x]);
    expect(small.held).toBe(0);
  });
});
