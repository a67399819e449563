/**
 * The figures of the compact result strip (phones): the target year, children at risk in that year's cohort with
 * the plan and without, and the chance of reaching the target. Before any simulation returns, the figure without
 * a plan is already known from the calibration (births × baseRisk); the others wait.
 */
import type { Scenario, SimResult } from '../../model/types';
import { LANGS, type Lang } from '../../i18n';
import { formatters } from '../format';
import { targetIndex } from '../charts/halving';
import { chancePct, children } from './sentence';
import { expectedBaseline } from '../charts/provisional';

export interface StripFigures {
  year: number;
  withPlan: string | null;
  without: string;
  chance: string | null;
}

export function stripFigures(scenario: Scenario, result: SimResult | null, lang: Lang): StripFigures {
  const fmt = formatters(lang);
  if (!result) {
    return {
      year: scenario.startYear + 10,
      withPlan: null,
      without: children(fmt, expectedBaseline(scenario)),
      chance: null,
    };
  }
  const i = targetIndex(result);
  return {
    year: result.halving.targetYear,
    withPlan: children(fmt, result.atRisk.p50[i]),
    without: children(fmt, result.baseline.atRisk.mean[i]),
    chance: chancePct(fmt, result.halving.probability),
  };
}

/** The strip as one line for a screen reader or a test. */
export function stripText(f: StripFigures, lang: Lang): string {
  const t = LANGS[lang].charts;
  return t.stripLine(f.year, f.withPlan ?? '…', f.without, f.chance ?? '…');
}
