import type { Lang } from '../../i18n';
import type { ResultsState } from '../../state/results.svelte';
import type { KeyValueStore } from '../../state/saved';
import type { ScenarioState } from '../../state/scenario.svelte';

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
