/**
 * The parameter registry: every scenario key with its default, range, unit and group.
 * The CLI's --set and --help, the link encoding and the interface's controls all read it,
 * so a key is defined once. Sources are in MODEL.md.
 */
import { PARAMS } from './paramTable';
import type { NumberParam, Param } from './paramTypes';
import type { Scenario, ScenarioKey } from './types';
import { ownEntry, parseDecimal } from './validate';

/** The table of definitions and its types, for the importers of the registry. */
export * from './paramTable';
export type * from './paramTypes';

/** The target year's rules (targetYear.ts), for the importers of the registry. */
export * from './targetYear';

/**
 * Run-count limits, named once: a link asks for linkMin..link runs; the engine (browser) accepts up to
 * engine in one request; the CLI up to cli (a patient user in a terminal).
 */
export const RUN_LIMITS = { linkMin: 100, link: 10_000, engine: 20_000, cli: 100_000 } as const;

export const PARAM_BY_KEY: Readonly<Record<ScenarioKey, Param>> = Object.fromEntries(
  PARAMS.map((p) => [p.key, p]),
) as Record<ScenarioKey, Param>;

export function defaultScenario(): Scenario {
  return Object.fromEntries(PARAMS.map((p) => [p.key, p.default])) as unknown as Scenario;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parse one untrusted value for `key`. Never throws; the message names the key and its range. */
export function parseParam(key: string, raw: string | number): CheckResult<number | string> {
  const p = ownEntry<Param>(PARAM_BY_KEY, key);
  if (!p) return { ok: false, message: `unknown key "${String(key).slice(0, 40)}"` };
  if (p.kind === 'choice') {
    const s = String(raw);
    return (p.choices as readonly string[]).includes(s)
      ? { ok: true, value: s }
      : { ok: false, message: `${key} must be one of ${p.choices.join(', ')}` };
  }
  const range = `${key} must be a number from ${p.min} to ${p.max}${p.integer ? ' (whole number)' : ''}`;
  const s = typeof raw === 'number' ? raw : (parseDecimal(raw) ?? NaN);
  if (!Number.isFinite(s)) return { ok: false, message: `${range}; got "${String(raw).slice(0, 40)}"` };
  if (s < p.min || s > p.max) return { ok: false, message: `${range}; got ${s}` };
  if (p.integer && !Number.isInteger(s)) return { ok: false, message: `${range}; got ${s}` };
  return { ok: true, value: s };
}

/** Clamp (and round) a number into `key`'s range; used for untrusted links, never for the CLI. */
export function clampParam(p: NumberParam, v: number): number {
  const c = Math.min(p.max, Math.max(p.min, v));
  return p.integer ? Math.round(c) : c;
}
