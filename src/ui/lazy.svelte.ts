/**
 * Parts of the page that are not on the first screen, each a lazy chunk (issue 8: the first chunk holds the
 * controls, the headline, the halving chart and the chance; everything below or behind a click comes later).
 * A part is loaded when it is first wanted (`load()`, idempotent) and drawn once `current` is set; the
 * component that draws it shows nothing in its place meanwhile. Node tests call `loadAllParts()` up front
 * (tests/setup.ts), so a server render draws every part at once, as before.
 */
import type { Component } from 'svelte';

export interface LazyPart<C> {
  /** The component once loaded (reactive), else null. */
  readonly current: C | null;
  /** Start loading (once); resolves with the component. */
  load(): Promise<C>;
}

const all: LazyPart<unknown>[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function lazy<C extends Component<any>>(importer: () => Promise<{ default: C }>): LazyPart<C> {
  let current = $state.raw<C | null>(null);
  let loading: Promise<C> | null = null;
  const part: LazyPart<C> = {
    get current() {
      return current;
    },
    load: () =>
      (loading ??= importer().then((m) => {
        current = m.default;
        return m.default;
      })),
  };
  all.push(part);
  return part;
}

/** The figures below the top of the results: helped children, who pays, one cohort, contributions. */
export const HelpedPart = lazy(() => import('./results/HelpedFigure.svelte'));
export const DetailPart = lazy(() => import('./results/DetailFigures.svelte'));
/** The side-by-side table when a scenario is pinned. */
export const ComparePart = lazy(() => import('./results/CompareTable.svelte'));
/** The share panel: link, embed, downloads, saved scenarios. */
export const SharePart = lazy(() => import('./controls/SharePanel.svelte'));

/** Load every part (Node tests, before a server render). */
export function loadAllParts(): Promise<unknown[]> {
  return Promise.all(all.map((p) => p.load()));
}
