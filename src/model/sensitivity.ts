/**
 * What decides the answer (issue 23): the uncertain assumptions the tornado moves, each with its documented range
 * (evidence.ts, assumptions.ts, MODEL.md "What decides the answer"), and how one of them is set to a value: a pin
 * (pins.ts) for the per-run assumptions, the scenario key for the discount rate and staff turnover.
 * The computations are in sensitivityRun.ts (tornado, thresholds) and varianceShares.ts.
 */
import { AREA_SPECS, effectSize } from './assumptions';
import { RHO_MAX } from './capacity';
import {
  COST_RANGES,
  DETECTION_LEVER,
  DOSE,
  LINKAGE_RANGES,
  UNCERTAINTY_RANGES,
  primaryRow,
  type CitationId,
} from './evidence';
import type { PinKey, Pins } from './pins';
import type { SimOptions } from './sample';
import { AREAS } from './types';
import type { AreaKey, Scenario } from './types';

export type AssumptionId = PinKey | 'discount' | 'turnover';
export type AssumptionUnit = 'd' | 'factor' | 'SEK' | 'rate' | 'share';

export interface Assumption {
  id: AssumptionId;
  unit: AssumptionUnit;
  /** The central value in this scenario, and the ends of its documented range. */
  central: number;
  low: number;
  high: number;
  /** Citation ids behind the range; empty = an assumption ("antagande"). */
  sources: readonly CitationId[];
  /** Only the economics move (the children are the central run's): the tornado reuses the central batch. */
  economicsOnly: boolean;
}

/** Which normal of drawRunParams (economics.ts) each drawn assumption uses, for the variance shares. */
export const DRAW_INDEX: Partial<Record<AssumptionId, number>> = {
  'effect.detect': 0,
  'effect.parent': 1,
  'effect.firstline': 2,
  'effect.school': 3,
  adjustment: 4,
  linkage: 5,
  linkageSchool: 6,
  'cost.detect': 7,
  'cost.parent': 8,
  'cost.firstline': 9,
  'cost.school': 10,
  decay: 11,
  exclusionCost: 12,
  rho: 13,
  pExclusionAtRisk: 14,
  pExclusionEligible: 15,
};

/** Ranges of the two scenario keys that have no range in evidence.ts (assumptions, MODEL.md). */
export const DISCOUNT_RANGE = { low: 0.01, high: 0.05 } as const;
export const TURNOVER_RANGE = { low: 0, high: 0.2 } as const;

const a = (
  id: AssumptionId,
  unit: AssumptionUnit,
  central: number,
  low: number,
  high: number,
  sources: readonly CitationId[],
  economicsOnly = false,
): Assumption => ({
  id,
  unit,
  central,
  low: Math.min(low, central),
  high: Math.max(high, central),
  sources,
  economicsOnly,
});

function effectAssumption(s: Scenario, k: AreaKey): Assumption {
  const spec = AREA_SPECS[k];
  const row = primaryRow(k);
  const central = effectSize(s, k);
  const sources = [row.study, ...row.adjustment.sources, ...row.linkage.sources];
  return a(`effect.${k}`, 'd', central, spec.low, spec.high, [...new Set(sources)]);
}

/**
 * The assumptions that can move this scenario's answer, in a fixed order. Left out where they cannot: the practice
 * adjustment unless effects are cautious, the linkages with custom effects (a custom d is on eligibility already).
 */
export function assumptionsOf(s: Scenario): Assumption[] {
  const out: Assumption[] = AREAS.map((k) => effectAssumption(s, k));
  const adj = primaryRow('parent').adjustment;
  if (s.effects === 'cautious') out.push(a('adjustment', 'factor', adj.value, adj.low, adj.high, adj.sources));
  if (s.effects !== 'custom') {
    const lb = LINKAGE_RANGES.parent;
    const ls = LINKAGE_RANGES.school;
    out.push(a('linkage', 'factor', lb.value, lb.low, lb.high, lb.sources));
    if (ls.high > ls.low) out.push(a('linkageSchool', 'factor', ls.value, ls.low, ls.high, ls.sources));
  }
  const dec = UNCERTAINTY_RANGES.decay;
  out.push(
    a(
      'decay',
      'rate',
      s.fadeout,
      (s.fadeout * dec.low) / dec.value,
      Math.min(1, (s.fadeout * dec.high) / dec.value),
      dec.sources,
    ),
  );
  out.push(a('dose', 'factor', DOSE.ratio.value, DOSE.ratio.low, DOSE.ratio.high, DOSE.ratio.sources));
  const r = UNCERTAINTY_RANGES.rho;
  out.push(
    a(
      'rho',
      'rate',
      s.rho,
      Math.max(0, s.rho - (r.value - r.low)),
      Math.min(RHO_MAX, s.rho + (r.high - r.value)),
      r.sources,
    ),
  );
  for (const k of AREAS) {
    const c = COST_RANGES[k];
    const f = AREA_SPECS[k].cost / c.value;
    out.push(a(`cost.${k}`, 'SEK', AREA_SPECS[k].cost, c.low * f, c.high * f, c.sources));
  }
  const pa = UNCERTAINTY_RANGES.pExclusionAtRisk;
  const pe = UNCERTAINTY_RANGES.pExclusionEligible;
  const ex = UNCERTAINTY_RANGES.exclusionCost;
  out.push(a('pExclusionAtRisk', 'share', pa.value, pa.low, pa.high, pa.sources, true));
  out.push(a('pExclusionEligible', 'share', pe.value, pe.low, pe.high, pe.sources, true));
  out.push(
    a(
      'exclusionCost',
      'SEK',
      s.exclusionCost,
      (s.exclusionCost * ex.low) / ex.value,
      (s.exclusionCost * ex.high) / ex.value,
      ex.sources,
      true,
    ),
  );
  const lm = DETECTION_LEVER.maxExtra;
  const lc = DETECTION_LEVER.costScale;
  out.push(a('leverMax', 'share', lm.value, lm.low, lm.high, lm.sources));
  out.push(a('leverScale', 'SEK', lc.value, lc.low, lc.high, lc.sources));
  out.push(a('discount', 'rate', s.discount, DISCOUNT_RANGE.low, DISCOUNT_RANGE.high, [], true));
  out.push(a('turnover', 'share', s.turnover, TURNOVER_RANGE.low, TURNOVER_RANGE.high, []));
  return out;
}

/** A scenario and its pins with one assumption set to `value` (everything else as the scenario has it). */
export function withAssumption(
  s: Scenario,
  id: AssumptionId,
  value: number,
  opts: SimOptions = {},
): { scenario: Scenario; opts: SimOptions } {
  if (id === 'discount' || id === 'turnover') return { scenario: { ...s, [id]: value }, opts };
  const pins: Pins = { ...(opts.pins ?? {}), [id]: value };
  return { scenario: s, opts: { ...opts, pins } };
}
