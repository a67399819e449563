/**
 * Parts of the page that are not on the first screen, each a lazy chunk (issue 8: the first chunk holds the
 * controls, the headline, the halving chart and the chance; everything below or behind a click comes later).
 * A part is loaded when it is first wanted (`load()`, idempotent) and drawn once `current` is set; the
 * component that draws it shows nothing in its place meanwhile. Node tests call `loadAllParts()` up front
 * (tests/setup.ts), so a server render draws every part at once, as before.
 *
 * The parts below the first screen (helped children, the details, the municipality and assumptions panels, the
 * share panel, the compact curve) are
 * wanted on the reader's first action (a scroll, a wheel, a key, a touch or a click, focus moving, printing)
 * or as soon as the place where they go comes into view (`wantWhenSeen`: a screen tall enough to show it),
 * never before (issue 22, point 6: the first load is what the first screen needs before any user action).
 * All of them at once: one scroll is enough to reach any of them on a phone, and they are small.
 */
import type { Component } from 'svelte';
import { loadLaterTexts } from '../i18n';

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

// The parts below read texts that are not in the first chunk either (i18n `panels`, `chartsBelow`, `moneyBelow`,
// one lazy chunk): each loads them with its code.
const withTexts = <M>(code: Promise<M>): Promise<M> => Promise.all([code, loadLaterTexts()]).then(([m]) => m);
/** The figures below the top of the results: helped children, who pays, one cohort, contributions. */
export const HelpedPart = lazy(() => withTexts(import('./results/HelpedFigure.svelte')));
export const DetailPart = lazy(() => withTexts(import('./results/DetailFigures.svelte')));
/** The side-by-side table when a scenario is pinned. */
export const ComparePart = lazy(() => withTexts(import('./results/CompareTable.svelte')));
/** The controls under the plan: the municipality (search, list, own figures, sources) and the assumptions. */
export const MunicipalityPart = lazy(() => withTexts(import('./controls/MunicipalityPicker.svelte')));
export const AssumptionsPart = lazy(() => withTexts(import('./controls/AssumptionsPanel.svelte')));
/** The share panel: link, embed, downloads, saved scenarios. */
export const SharePart = lazy(() => withTexts(import('./controls/SharePanel.svelte')));
/** The workshop's compact investment curve, under the results. */
export const CurveCompactPart = lazy(() => import('./curve/CurveCompact.svelte'));

/** The parts below the first screen, loaded together when `below.wanted` turns true. */
const BELOW: LazyPart<unknown>[] = [
  HelpedPart,
  DetailPart,
  MunicipalityPart,
  AssumptionsPart,
  SharePart,
  CurveCompactPart,
];

/** What the reader does first (any of these): the parts below the first screen are wanted from then on. */
export const FIRST_ACTIONS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart', 'focusin', 'beforeprint'];

let wanted = $state(false);

function want() {
  if (wanted) return;
  wanted = true;
  if (typeof removeEventListener === 'function')
    for (const e of FIRST_ACTIONS) removeEventListener(e, want, { capture: true });
  for (const p of BELOW) void p.load();
}

// Capture on the window: a scroll inside any box, a key on any control, before the control handles it.
if (typeof addEventListener === 'function')
  for (const e of FIRST_ACTIONS) addEventListener(e, want, { capture: true, passive: true });

/** Whether the parts below the first screen are wanted yet (reactive); they load when it turns true. */
export const below = {
  get wanted() {
    return wanted;
  },
};

/**
 * An attachment for the place where a part below the first screen goes: when it is on the screen (a tall
 * screen, before any action), the parts are wanted.
 */
export function wantWhenSeen(node: Element) {
  if (wanted || typeof IntersectionObserver === 'undefined') return;
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) want();
  });
  io.observe(node);
  return () => io.disconnect();
}

/** Load every part (Node tests, before a server render). */
export function loadAllParts(): Promise<unknown[]> {
  want();
  return Promise.all([...all.map((p) => p.load()), loadLaterTexts()]);
}
