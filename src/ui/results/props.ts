/** Props shared by the components that show one result: the language and the result; scenario A pinned beside it. */
import type { Lang } from '../../i18n';
import type { SimResult } from '../../model/types';

/** What a component showing one result receives. */
export interface ResultProps {
  lang: Lang;
  result: SimResult;
}

/** A chart of one result, drawn at a width. */
export interface ResultChartProps extends ResultProps {
  width: number;
}

/** Scenario A pinned for comparison: its label and its result. */
export interface PinnedResult {
  label: string;
  result: SimResult;
}
