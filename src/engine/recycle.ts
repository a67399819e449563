/**
 * Recycled buffers for the investment curve's chunks in a worker. A full curve of Hedemora's 1 000 runs is about
 * 18 MB of per-level arrays; made fresh for every curve and dropped after its summary, they kept the worker's
 * garbage collector busy at the start of the next curve (the first chunks after a change ran 2–4 times slower in
 * Chromium when changes came one after another). Their buffers come back to the worker with the curve's summary and
 * the next curve's chunks take them again.
 */

/** Buffers are made in sizes rounded up to this many bytes, so a chunk of a few runs more or less finds one. */
const GRAIN = 64 * 1024;

export class Recycler {
  private spare: ArrayBuffer[] = [];
  private bytes = 0;

  /** @param maxBytes most bytes kept spare (beyond it, given buffers are dropped) */
  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** A zeroed Float64Array of length n: on the smallest spare buffer large enough, else on a new one. */
  take = (n: number): Float64Array => {
    const need = n * 8;
    let best = -1;
    for (let i = 0; i < this.spare.length; i++) {
      const size = this.spare[i].byteLength;
      if (size >= need && (best < 0 || size < this.spare[best].byteLength)) best = i;
    }
    if (best < 0) return new Float64Array(new ArrayBuffer(Math.max(GRAIN, Math.ceil(need / GRAIN) * GRAIN)), 0, n);
    const [buf] = this.spare.splice(best, 1);
    this.bytes -= buf.byteLength;
    return new Float64Array(buf, 0, n).fill(0);
  };

  /** Takes back the buffers of arrays nobody uses any more (each buffer once; detached ones are skipped). */
  give(arrays: Float64Array[]): void {
    for (const a of arrays) {
      const buf = a.buffer;
      if (!(buf instanceof ArrayBuffer) || buf.byteLength === 0 || this.spare.includes(buf)) continue;
      if (this.bytes + buf.byteLength > this.maxBytes) continue;
      this.spare.push(buf);
      this.bytes += buf.byteLength;
    }
  }

  /** Bytes held spare. */
  get held(): number {
    return this.bytes;
  }
}
