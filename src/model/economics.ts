/** Per-run parameters and economics (costs, effects, discounting). */
import { AREA_SPECS, COST_AGE_FROM, COST_AGE_TO, drawEffect, twoPiece } from './assumptions';
import { NA, RHO_MAX } from './capacity';
import { COST_RANGES, DETECTION_LEVER, DOSE, LINKAGE_RANGES, UNCERTAINTY_RANGES } from './evidence';
import type { Pins } from './pins';
import type { Xor128 } from './rng';
import { AREAS } from './types';
import type { Scenario } from './types';

/** Present value at age 16 of 1 SEK of lifetime cost spread evenly over ages 20..64. */
export function annuityFromSixteen(discount: number): number {
  const n = COST_AGE_TO - COST_AGE_FROM;
  let t = 0;
  for (let age = COST_AGE_FROM; age < COST_AGE_TO; age++) t += Math.pow(1 + discount, -(age - 16)) / n;
  return t;
}

/** Per-run parameters drawn from their ranges (or fixed when uncertainty = 0). */
export interface RunParams {
  d: Float64Array;
  cost: Float64Array;
  fade: number;
  exclusionCost: number;
  /** Year-to-year persistence of the liability this run. */
  rho: number;
  /** P(lifelong exclusion | not eligible at 16) and P(… | eligible) this run. */
  pExclusionAtRisk: number;
  pExclusionEligible: number;
  /** The dose rule's ratio and the detection lever's two constants (central unless pinned: pins.ts). */
  doseRatio: number;
  leverMax: number;
  leverScale: number;
}

/**
 * The run's factor on every adult saving (the items that scale with exclusion, payers.ts `itemAmount`): its drawn
 * cost of exclusion and its drawn difference in the chance of exclusion between a child not eligible at 16 and an
 * eligible one, each against the scenario's value. 1 with uncertainty off (MODEL.md "Two kinds of uncertainty").
 */
export function exclusionFactor(
  s: Scenario,
  prm: Pick<RunParams, 'exclusionCost' | 'pExclusionAtRisk' | 'pExclusionEligible'>,
): number {
  const pa = UNCERTAINTY_RANGES.pExclusionAtRisk.value;
  const pe = UNCERTAINTY_RANGES.pExclusionEligible.value;
  const cost = s.exclusionCost > 0 ? prm.exclusionCost / s.exclusionCost : 1;
  return cost * ((prm.pExclusionAtRisk - prm.pExclusionEligible) / (pa - pe));
}

/** Normals drawn per run, always all of them, so switching uncertainty off changes no other random number. */
export const RUN_PARAM_DRAWS = 16;

/**
 * One run's parameters (MODEL.md "Two kinds of uncertainty"). Normals: 0-3 each area's published effect,
 * 4 the practice adjustment, 5 the behaviour linkage, 6 the achievement linkage, 7-10 the unit costs,
 * 11 the decay, 12 the cost of exclusion, 13 rho, 14-15 the two exclusion shares. Each is drawn from
 * its range in evidence.ts around the scenario's value (`twoPiece`: the scenario's value is the median).
 */
export function drawRunParams(s: Scenario, g: Xor128, pins: Pins = {}): RunParams {
  return runParamsFrom(s, runParamNormals(g), pins);
}

/** A run's parameters from its 16 normals `z` (drawRunParams' draws; the tornado's pass takes them once per run). */
export function runParamsFrom(s: Scenario, z: Float64Array, pins: Pins = {}): RunParams {
  const u = s.uncertainty ? 1 : 0;
  const d = new Float64Array(NA);
  const cost = new Float64Array(NA);
  AREAS.forEach((a, k) => {
    const school = LINKAGE_RANGES[a] === LINKAGE_RANGES.school;
    const zLink = school ? z[6] : z[5];
    const effectPin = pins[`effect.${a}`];
    d[k] =
      effectPin !== undefined
        ? effectPin
        : drawEffect(s, a, u, z[k], z[4], zLink, pins.adjustment, school ? pins.linkageSchool : pins.linkage);
    const c = COST_RANGES[a];
    const costPin = pins[`cost.${a}`];
    cost[k] =
      costPin !== undefined
        ? costPin
        : AREA_SPECS[a].cost *
          Math.exp(u * twoPiece(0, Math.log(c.low / c.value), Math.log(c.high / c.value), z[7 + k]));
  });
  const dec = UNCERTAINTY_RANGES.decay;
  const fade =
    pins.decay ??
    (u
      ? twoPiece(s.fadeout, (s.fadeout * dec.low) / dec.value, Math.min(1, (s.fadeout * dec.high) / dec.value), z[11])
      : s.fadeout);
  const ex = UNCERTAINTY_RANGES.exclusionCost;
  const exclusionCost =
    pins.exclusionCost ??
    (u
      ? twoPiece(s.exclusionCost, (s.exclusionCost * ex.low) / ex.value, (s.exclusionCost * ex.high) / ex.value, z[12])
      : s.exclusionCost);
  const r = UNCERTAINTY_RANGES.rho;
  const rho =
    pins.rho ??
    (u
      ? twoPiece(s.rho, Math.max(0, s.rho - (r.value - r.low)), Math.min(RHO_MAX, s.rho + (r.high - r.value)), z[13])
      : s.rho);
  const pa = UNCERTAINTY_RANGES.pExclusionAtRisk;
  const pe = UNCERTAINTY_RANGES.pExclusionEligible;
  return {
    d,
    cost,
    fade,
    exclusionCost,
    rho,
    pExclusionAtRisk: pins.pExclusionAtRisk ?? (u ? twoPiece(pa.value, pa.low, pa.high, z[14]) : pa.value),
    pExclusionEligible: pins.pExclusionEligible ?? (u ? twoPiece(pe.value, pe.low, pe.high, z[15]) : pe.value),
    doseRatio: pins.dose ?? DOSE.ratio.value,
    leverMax: pins.leverMax ?? DETECTION_LEVER.maxExtra.value,
    leverScale: pins.leverScale ?? DETECTION_LEVER.costScale.value,
  };
}

/** The run's 16 parameter normals (the first draws of its parameter stream `${seed}:${run}:P`), in drawRunParams' order. */
export function runParamNormals(g: Xor128): Float64Array {
  const z = new Float64Array(RUN_PARAM_DRAWS);
  for (let i = 0; i < RUN_PARAM_DRAWS; i++) z[i] = g.normal();
  return z;
}
