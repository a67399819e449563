/**
 * The tornado's ends and how each is computed (issue 23): no simulation code, so the engine's main-thread side can
 * plan its pieces without loading the model's hot loop (sensitivityRun.ts re-exports all of it).
 */
import { assumptionsOf } from './sensitivity';
import type { Assumption, AssumptionId } from './sensitivity';
import type { Outcomes, Tornado } from './tornadoOrder';
import { EXACT_MAX_BIRTHS } from './assumptions';
import type { AreaKey, Scenario } from './types';

/**
 * How a tornado end is computed (MODEL.md "What decides the answer"; the engine's pieces follow it):
 * - 'economics': the central run's children, the economics again (economicsBatch);
 * - 'central': the scenario itself (a scenario key at the scenario's own value): the central outcomes;
 * - 'children': in a pass with the central run (tornadoPass.ts): the pin leaves every child's support as it was (an
 *   effect, the adjustment, a linkage, the decay, the dose rule; a unit cost of an area without budget; the
 *   detection lever's constants without an early-detection budget), so only the supported children's outcomes are
 *   taken again;
 * - 'partial': in a pass with the central run (tornadoPartial.ts): the pin changes the reach of some areas only (a
 *   funded area's unit cost; the lever's constants with an early-detection budget), so only those areas' candidates
 *   are followed again (exact populations; a weighted sample's such ends are full runs, see endRoute);
 * - 'full': a separate simulation.
 * The pass checks its assumption run by run and simulates a run in full where it does not hold, so a route is only
 * ever about speed, never about the numbers.
 */
export type EndRoute = 'economics' | 'central' | 'children' | 'partial' | 'full';

export function endRoute(s: Scenario, as: Assumption, value: number): EndRoute {
  if (as.economicsOnly) return 'economics';
  if (as.id === 'discount' || as.id === 'turnover') return value === s[as.id] ? 'central' : 'full';
  if (/^(effect\.|adjustment$|linkage|decay$|dose$)/.test(as.id)) return 'children';
  // A weighted sample follows every child of a touched cohort again for a partial end (its stratified draws): measured
  // at 0.8 of a full run for all of Sweden with 1.1 GSEK a year, no gain worth a longer piece; so its ends are full.
  const partial = s.births <= EXACT_MAX_BIRTHS ? 'partial' : 'full';
  if (as.id.startsWith('cost.')) return s[as.id.slice(5) as AreaKey] === 0 ? 'children' : partial;
  if (as.id === 'leverMax' || as.id === 'leverScale') return s.detect === 0 ? 'children' : partial;
  return 'full';
}

export type EndKey = 'low' | 'high';
export interface EndOutcome {
  id: AssumptionId;
  end: EndKey;
  outcomes: Outcomes;
}

/** Every end of the tornado with its value and route, in assumptionsOf order. */
export function tornadoEnds(s: Scenario): { as: Assumption; end: EndKey; value: number; route: EndRoute }[] {
  return assumptionsOf(s).flatMap((as) =>
    (['low', 'high'] as const).map((end) => ({ as, end, value: as[end], route: endRoute(s, as, as[end]) })),
  );
}

/** The tornado from its ends' outcomes (keys `${id}:low` and `${id}:high`). */
export function assembleTornado(
  s: Scenario,
  seed: string,
  runs: number,
  central: Outcomes,
  ends: ReadonlyMap<string, Outcomes>,
): Tornado {
  const rows = assumptionsOf(s).map((as) => ({
    ...as,
    atLow: ends.get(`${as.id}:low`)!,
    atHigh: ends.get(`${as.id}:high`)!,
  }));
  return { seed, runs, central, rows };
}

export interface EndRef {
  id: AssumptionId;
  end: EndKey;
}

/**
 * The tornado in pieces, for `workers` workers: the central piece (the central run, its outcomes and the variance
 * shares' batch, every 'economics', 'central' and 'children' end, and a share of the 'partial' ends), as many more
 * passes as there are other workers sharing the other 'partial' ends (each runs the central run again: a partial
 * end needs its children), then one piece per 'full' end. The central piece first, it being the longest.
 */
export interface TornadoPiece {
  central: boolean;
  /** the 'partial' ends of a pass; the one end of a 'full' piece */
  ends: EndRef[];
  full: boolean;
}

export function tornadoPieces(s: Scenario, workers = 1): TornadoPiece[] {
  const ends = tornadoEnds(s);
  const partial = ends.filter((e) => e.route === 'partial').map((e) => ({ id: e.as.id, end: e.end }));
  const groups = Math.max(1, Math.min(Math.floor(workers), partial.length));
  const passes: TornadoPiece[] = Array.from({ length: groups }, (_, g) => ({
    central: g === 0,
    ends: [],
    full: false,
  }));
  // round robin from the second pass: the central piece, which has the other ends too, gets the fewest
  partial.forEach((e, k) => passes[(k + 1) % groups].ends.push(e));
  const full = ends
    .filter((e) => e.route === 'full')
    .map((e) => ({ central: false, ends: [{ id: e.as.id, end: e.end }], full: true }));
  return [...passes, ...full];
}
