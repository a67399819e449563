/**
 * The one validator for untrusted values: the link, the embed's messages and the saved scenarios (all
 * decoded by src/state/link.ts) and the CLI (src/cli/args.ts) read keys and numbers through it.
 * - Keys are looked up as own properties of the registry, so inherited names (`constructor`, `__proto__`,
 *   `toString`) are unknown keys, never parameters.
 * - Numbers are decimal text only: optional sign, digits with an optional fraction, an optional exponent.
 *   `0x96`, `0b1`, `1_000`, `Infinity`, `NaN` and the empty string are not numbers.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The number a decimal text stands for, or null (also for a finite text that overflows to Infinity). */
export function parseDecimal(raw: string): number | null {
  const s = raw.trim();
  if (!DECIMAL.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** `registry[key]` when `key` is the registry's own property, else undefined. */
export function ownEntry<T>(registry: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(registry, key) ? registry[key] : undefined;
}
