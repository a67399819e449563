/**
 * The pinned reference numbers (issue 9): rounded summaries of every municipality preset x plan preset
 * under two seeds, computed by the current model. `reference.test.ts` compares them with the committed
 * `reference.json`; any change to what a link would show fails it until the file is regenerated with
 *
 *   npm run reference:update      (runs this file with --write)
 *
 * and the diff of reference.json is reviewed and committed with the change that caused it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultScenario } from '../../src/model/params';
import { MUNICIPALITIES, PLANS, scenarioFromPresets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';

/**
 * Runs per case: enough for meaningful means and chances, few enough that the 16 cases take seconds
 * (a Sweden run with a plan is a weighted sample, several times the work of a Hedemora run).
 */
export const REFERENCE_RUNS: Record<string, number> = { hedemora: 200, sweden: 40 };
export const REFERENCE_SEEDS = ['reference-1', 'reference-2'] as const;
export const REFERENCE_FILE = fileURLToPath(new URL('./reference.json', import.meta.url));

export interface ReferenceRow {
  municipality: string;
  plan: string;
  seed: string;
  runs: number;
  targetYear: number;
  /** mean children at risk in the target-year cohort, baseline and with the plan */
  baselineMean: number;
  meanAtRisk: number;
  /** share of runs in which the target-year cohort is halved */
  chanceOfHalving: number;
  /** net present value, SEK */
  npv: number;
}

/**
 * Nine significant digits: fine enough that a plan's effect in all of Sweden (a tenth of a child out of
 * 15 000) shows, coarse enough to read; the model is deterministic, so there is no float noise to absorb.
 */
const sig9 = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(9)));

/** Every preset pair (custom excluded) under both seeds. */
export function computeReference(): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  for (const municipality of MUNICIPALITIES.filter((m) => m !== 'custom')) {
    for (const plan of PLANS.filter((p) => p !== 'custom')) {
      const s = scenarioFromPresets(defaultScenario(), municipality, plan);
      for (const seed of REFERENCE_SEEDS) {
        const runs = REFERENCE_RUNS[municipality] ?? 40;
        const r = simulate(s, { runs, seed });
        const ti = r.years.indexOf(r.halving.targetYear);
        rows.push({
          municipality,
          plan,
          seed,
          runs,
          targetYear: r.halving.targetYear,
          baselineMean: sig9(r.baseline.atRisk.mean[ti]),
          meanAtRisk: sig9(r.atRisk.mean[ti]),
          chanceOfHalving: sig9(r.halving.probability),
          npv: Math.round(r.economics.npv),
        });
      }
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  const rows = computeReference();
  writeFileSync(REFERENCE_FILE, JSON.stringify(rows, null, 2) + '\n');
  console.log(`wrote ${rows.length} reference rows to ${REFERENCE_FILE}`);
}
