/**
 * Pins: an assumption held at one value in every run (issue 23, the tornado and the thresholds), instead of its
 * central value or its per-run draw. Each pin replaces exactly one factor of the model; every other draw of the run
 * is unchanged (the normals are always all drawn, economics.ts), so a pinned run keeps common random numbers with
 * the unpinned one. Values are in the assumption's own unit (MODEL.md "What decides the answer").
 */
import type { AreaKey } from './types';

export type PinKey =
  | `effect.${AreaKey}`
  | 'adjustment'
  | 'linkage'
  | 'linkageSchool'
  | `cost.${AreaKey}`
  | 'decay'
  | 'dose'
  | 'rho'
  | 'pExclusionAtRisk'
  | 'pExclusionEligible'
  | 'exclusionCost'
  | 'leverMax'
  | 'leverScale';

/** Assumptions held at a value: effect d, multiplier, SEK, rate or share, as the key says. */
export type Pins = Partial<Record<PinKey, number>>;
