/**
 * Small decisions of the saved-scenarios panel, kept out of the component: whether saving under a name would
 * replace another saved scenario (then the panel asks first), and which name labels scenario A when it is pinned
 * (the saved name of the scenario on screen, so "Grupp 1" rather than "A" in the chart, legend, tables and link).
 */
import { sameScenario } from './share';

interface Named {
  name: string;
  query: string;
}

/** The saved scenario that saving under `name` would replace (names compared as stored), or null. */
export function wouldReplace<T extends Named>(
  list: readonly T[],
  name: string,
  clean: (n: string) => string,
): T | null {
  const n = clean(name);
  if (!n) return null;
  return list.find((s) => s.name === n) ?? null;
}

/** The label for pinning the current scenario as A: its saved name when it is a saved scenario, else `fallback`. */
export function pinLabel(list: readonly Named[], currentQuery: string, fallback: string): string {
  return list.find((s) => sameScenario(s.query, currentQuery))?.name ?? fallback;
}
