/**
 * Transfer lists for comlink: which ArrayBuffers a value holds. Shared by the main thread (the pool sends
 * batches to a worker) and the worker (which sends them back), so it lives in the engine, not in workers/.
 */

/** Every ArrayBuffer under a value (typed arrays included), each once: the transfer list. */
export function buffersOf(value: unknown, out: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (value instanceof ArrayBuffer) {
    out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) buffersOf(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) buffersOf(v, out);
  }
  return [...out];
}
