/**
 * The tornado's three outcomes straight from a batch (issue 23): what `outcomesOf(summarize(…))` (sensitivityRun.ts)
 * gives, computed the same way from only what they need: the target-year count at risk (its mean over the sorted
 * runs, as the bands take it, and its standard error), the chance of reaching the target, and the municipality's
 * net present value (the cash flows' mean-based figures, `perRun` false). About a tenth of a full summary's time;
 * tests/model/outcomes.test.ts checks that the two are equal to the last bit.
 */
import { SAVING_ITEMS } from './payers';
import { cashflows } from './cashflow';
import { sd, yearBand } from './stats';
import { chanceOfTarget, judgedIndex, targetOf } from './target';
import type { Outcomes } from './tornadoOrder';
import type { RunBatch, Scenario } from './types';

export function batchOutcomes(s: Scenario, b: RunBatch): Outcomes {
  const Y = b.years;
  const R = b.runCount;
  const ti = judgedIndex(s, Y);
  const { from, target } = targetOf(s, ti);
  const p = chanceOfTarget(b.atRisk, R, Y, from, ti, target);
  const targetCol = Array.from({ length: R }, (_, r) => b.atRisk[r * Y + ti]);
  return {
    atRisk: yearBand(b.atRisk, R, Y, ti).mean,
    chance: p,
    npv: cashflows(s, b, SAVING_ITEMS, false).payers.municipality.npv,
    se: {
      atRisk: R > 1 ? sd(targetCol) / Math.sqrt(R) : 0,
      chance: R > 0 ? Math.sqrt((p * (1 - p)) / R) : 0,
      npv: 0,
    },
  };
}
