/** The props that controls and parts of the page share: the scenario state, the results, a numeric field. */
import type { Lang } from '../../i18n';
import type { ResultsState } from '../../state/results.svelte';
import type { KeyValueStore } from '../../state/savedName';
import type { ScenarioState } from '../../state/scenario.svelte';
import type { FieldSpec } from './numbers';

/** What a control of the scenario receives: the scenario state (read getters, call intents) and the page's language. */
export interface ControlProps {
  state: ScenarioState;
  lang: Lang;
}

/** A part of the page that also reads the results and the saved scenarios' store. */
export interface PageProps extends ControlProps {
  results: ResultsState;
  store: KeyValueStore | null;
}

/** A numeric field: its value and spec (range, step, unit), the page's language, and where a new value goes. */
export interface FieldProps {
  spec: FieldSpec;
  value: number;
  lang: Lang;
  onchange: (value: number) => void;
}
