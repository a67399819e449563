/** Title and legend of each chart by name: what an embed, a story stage or an export shows beside it. */
import type { SimResult } from '../../model/types';
import type { Texts } from '../../i18n';
import type { ChartId } from '../../state/display';
import { cohortLegend, costsLegend, halvingLegend, type LegendItem } from './legend';

/** `t`: the charts' texts with those of the charts below the first screen (loaded with the view that asks). */
export function chartInfo(
  chart: ChartId,
  r: SimResult,
  t: Texts['charts'] & Texts['chartsBelow'],
): { title: string; legend: LegendItem[] } {
  switch (chart) {
    case 'cohort':
      return { title: t.cohortTitle(r.cohort.year), legend: cohortLegend(t) };
    case 'contrib':
      return { title: t.contribTitle, legend: [] };
    case 'costs':
      return { title: t.costsTitle, legend: costsLegend(t) };
    case 'payers':
      return { title: t.payersTitle, legend: [] };
    default:
      return { title: t.halvingTitle, legend: halvingLegend(t) };
  }
}
