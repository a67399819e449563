/**
 * All interface text. Swedish is the default; English on request. Each area of the interface owns one
 * namespace file per language (sv/<ns>.ts, en/<ns>.ts); the English file is typed by the Swedish one,
 * so a missing or extra key is a type error.
 * Only Swedish is in the page's first chunk. English (en/index.ts) is a lazy chunk: `loadTexts('en')` loads it
 * and puts it in `LANGS`; the page shows a language only once `textsReady(lang)` (Halvera.svelte keeps the
 * language shown until then, so no text ever appears in the wrong language). Node tests load it up front
 * (tests/setup.ts).
 * The long page about the model (sv/about.ts, en/about.ts, with the citation registry) is not on the first
 * screen either: it is loaded on demand with `loadAbout`, in its own chunk.
 */
import { app as svApp } from './sv/app';
import { controls as svControls } from './sv/controls';
import { charts as svCharts } from './sv/charts';
import { money as svMoney } from './sv/money';
import type { about as svAbout } from './sv/about';

import type * as svLater from './sv/later';

/**
 * The Swedish texts of the first chunk. `panels` (the controls below the first screen: the municipality picker,
 * the assumptions, compare, share, save and embed), `chartsBelow` and `moneyBelow` (the charts and figures below
 * the first screen: helped children, who pays, the cash flow, one cohort, contributions, the comparison) and
 * `present` (present mode's texts) are one
 * lazy chunk: `loadLaterTexts()` puts them in, and every part or view that reads them loads them with its own code
 * (ui/lazy.svelte.ts; the embed and present views in ui/Halvera.svelte). English carries its own.
 */
export const sv = { app: svApp, controls: svControls, charts: svCharts, money: svMoney } as {
  app: typeof svApp;
  controls: typeof svControls;
  charts: typeof svCharts;
  money: typeof svMoney;
  present: typeof svLater.present;
  panels: typeof svLater.panels;
  chartsBelow: typeof svLater.chartsBelow;
  moneyBelow: typeof svLater.moneyBelow;
};
export type Texts = typeof sv;

let loadingLater: Promise<void> | null = null;
/** Loads the Swedish texts that are not in the first chunk into `LANGS.sv` (once; see `sv` above). */
export function loadLaterTexts(): Promise<void> {
  return (loadingLater ??= import('./sv/later').then((m) => {
    sv.panels = m.panels;
    sv.chartsBelow = m.chartsBelow;
    sv.moneyBelow = m.moneyBelow;
    sv.present = m.present;
  }));
}

export type Lang = 'sv' | 'en';
export const LANG_CODES: readonly Lang[] = ['sv', 'en'];
/**
 * The texts of each language. Swedish is always here; English only after `loadTexts('en')` has resolved
 * (read `LANGS[lang]` only for a language that `textsReady` says is loaded).
 */
export const LANGS: Record<Lang, Texts> = { sv } as Record<Lang, Texts>;
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Whether `lang`'s texts are in `LANGS`. */
export function textsReady(lang: Lang): boolean {
  return lang in LANGS;
}

let loadingEn: Promise<void> | null = null;
/** Load `lang`'s texts into `LANGS` (English: a lazy chunk, fetched once); resolves when they are there. */
export function loadTexts(lang: Lang): Promise<void> {
  if (textsReady(lang)) return Promise.resolve();
  loadingEn ??= import('./en/index').then((m) => {
    LANGS.en = m.en;
  });
  return loadingEn;
}

export type About = typeof svAbout;
/** The page about the model in `lang` (a lazy chunk: the texts and the citation registry they cite). */
export function loadAbout(lang: Lang): Promise<About> {
  return lang === 'en' ? import('./en/about').then((m) => m.about) : import('./sv/about').then((m) => m.about);
}
