/**
 * The tornado's ends and how each is computed (issue 23): no simulation code, so the engine's main-thread side can
 * plan its pieces without loading the model's hot loop (sensitivityRun.ts re-exports all of it).
 */
import { assumptionsOf } from './sensitivity';
import type { Assumption, AssumptionId } from './sensitivity';
import type { Outcomes, Tornado } from './tornadoOrder';
import type { AreaKey, Scenario } from './types';

/**
 * How a tornado end is computed (MODEL.md "What decides the answer"; the engine's pieces follow it):
 * - 'economics': the central run's children, the economics again (economicsBatch);
 * - 'central': the scenario itself (a scenario key at the scenario's own value): the central outcomes;
 * - 'children': in the central run's pass (tornadoPass.ts): the pin leaves every child's support as it was (an
 *   effect, the adjustment, a linkage, the decay, the dose rule; a unit cost of an area without budget; the
 *   detection lever's constants without an early-detection budget), so only the supported children's outcomes are
 *   taken again (the pass checks it run by run and simulates a run in full where it does not hold);
 * - 'full': a separate simulation.
 */
export type EndRoute = 'economics' | 'central' | 'children' | 'full';

export function endRoute(s: Scenario, as: Assumption, value: number): EndRoute {
  if (as.economicsOnly) return 'economics';
  if (as.id === 'discount' || as.id === 'turnover') return value === s[as.id] ? 'central' : 'full';
  if (/^(effect\.|adjustment$|linkage|decay$|dose$)/.test(as.id)) return 'children';
  if (as.id.startsWith('cost.')) return s[as.id.slice(5) as AreaKey] === 0 ? 'children' : 'full';
  if (as.id === 'leverMax' || as.id === 'leverScale') return s.detect === 0 ? 'children' : 'full';
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
