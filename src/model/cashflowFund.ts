/** The social investment fund, per run: repaid from the municipality's counted savings until the outlay is back. */
import { type Profile, LATER_COHORTS, SCHOOL_LEAVING_AGE } from './cashflowBasis';
import { FIRST_SAVING_AGE, LAST_SAVING_AGE } from './payers';
import { AREAS } from './types';
import type { FundEconomics, RunBatch, Scenario } from './types';

/**
 * The fund's economics over L years from the helped counts per run and cohort (`helped`) and the municipality's
 * counted profiles (`pm`); repayments are undiscounted.
 */
export function fundEconomics(
  s: Scenario,
  b: RunBatch,
  helped: Float64Array,
  pm: readonly Profile[],
  L: number,
): FundEconomics {
  const Y = b.years;
  const R = b.runCount;
  const C = Y + LATER_COHORTS;
  const n = Math.max(1, R);
  const SL = SCHOOL_LEAVING_AGE;
  const repaidMean = new Float64Array(L);
  const yearly = new Float64Array(L);
  let outlayMean = 0;
  let repaidRuns = 0;
  const spent = AREAS.map((a) => b.spending[a]);
  for (let r = 0; r < R; r++) {
    const f = b.costFactor[r];
    yearly.fill(0);
    for (let ci = 0; ci < C; ci++) {
      const h = helped[r * C + ci];
      if (h === 0) continue;
      for (const p of pm)
        for (let age = FIRST_SAVING_AGE; age <= LAST_SAVING_AGE; age++) {
          const t = ci - SL + age;
          if (t >= 0 && t < L) yearly[t] += h * (p.fixed[age] + f * p.scaled[age]);
        }
    }
    let outlay = 0;
    for (let y = 0; y < Y; y++) for (const sp of spent) outlay += sp[r * Y + y];
    outlayMean += outlay / n;
    let repaid = 0;
    for (let t = 0; t < L; t++) {
      repaid = Math.min(outlay, repaid + yearly[t]);
      repaidMean[t] += repaid / n;
    }
    if (outlay > 0 && repaid >= outlay - 1e-6) repaidRuns++;
  }
  const repaid = Array.from(repaidMean);
  const k = outlayMean > 0 ? repaid.findIndex((v) => v >= outlayMean * (1 - 1e-9)) : -1;
  return {
    outlay: outlayMean,
    repaid,
    repaidWithinHorizon: repaid[Y - 1] ?? 0,
    repaidTotal: repaid[L - 1] ?? 0,
    repaidYear: k < 0 ? null : s.startYear + k,
    probabilityRepaid: R > 0 ? repaidRuns / R : 0,
  };
}
