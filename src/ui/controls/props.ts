import type { Lang } from '../../i18n';
import type { ScenarioState } from '../../state/scenario.svelte';

/** What a control of the scenario receives: the scenario state (read getters, call intents) and the page's language. */
export interface ControlProps {
  state: ScenarioState;
  lang: Lang;
}
