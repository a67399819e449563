/** Pure helpers of the scenario state: the envelope and its split over the areas, one parameter set, default assumptions. */
import { PARAMS, PARAM_BY_KEY, clampParam, defaultScenario } from '../model/params';
import { largestRemainder } from '../model/stats';
import { AREAS, type AreaKey, type Scenario, type ScenarioKey } from '../model/types';

export const ASSUMPTION_KEYS: readonly ScenarioKey[] = PARAMS.filter((p) => p.group === 'assumption').map((p) => p.key);

export const envelopeOf = (s: Scenario): number => AREAS.reduce((t, a) => t + s[a], 0);

/**
 * Splits `total` over `areas` in proportion to `weights` (evenly when all are zero), in whole SEK that sum
 * exactly to the rounded total (largest remainders get the leftover kronor).
 */
export function splitEnvelope(total: number, weights: Record<AreaKey, number>, areas: readonly AreaKey[] = AREAS) {
  const whole = Math.max(0, Math.round(total));
  const sum = areas.reduce((t, a) => t + weights[a], 0);
  const exact = areas.map((a) => (sum > 0 ? (whole * weights[a]) / sum : whole / areas.length));
  const out = largestRemainder(exact, whole);
  return Object.fromEntries(areas.map((a, i) => [a, out[i]])) as Record<AreaKey, number>;
}

/** The same plan under the default assumptions (the changed-assumptions reference). */
export function withDefaultAssumptions(s: Scenario): Scenario {
  const d = defaultScenario();
  const out = { ...s };
  for (const k of ASSUMPTION_KEYS) (out as Record<string, unknown>)[k] = d[k];
  return out;
}

/**
 * `s` with one parameter set (clamped; `s` itself for a choice it does not offer), or null for a value that is
 * not a number. With `locked`, a budget moves within the envelope: the other areas share what it leaves.
 */
export function withParam(s: Scenario, key: ScenarioKey, value: number | string, locked: boolean): Scenario | null {
  const p = PARAM_BY_KEY[key];
  if (p.kind === 'choice') return (p.choices as readonly string[]).includes(String(value)) ? { ...s, [key]: value } : s;
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  const v = clampParam(p, n);
  if ((AREAS as readonly string[]).includes(key) && locked) return withAreaLocked(s, key as AreaKey, v);
  return { ...s, [key]: v };
}

function withAreaLocked(s: Scenario, area: AreaKey, v: number): Scenario {
  const total = envelopeOf(s);
  const own = Math.min(v, total);
  const others = AREAS.filter((a) => a !== area);
  return { ...s, [area]: own, ...splitEnvelope(total - own, s, others) };
}
