/**
 * All interface text. Swedish is the default; English on request. Each area of the interface owns one
 * namespace file per language (sv/<ns>.ts, en/<ns>.ts); the English file is typed by the Swedish one,
 * so a missing or extra key is a type error.
 * The long page about the model (sv/about.ts, en/about.ts, with the citation registry) is not on the first
 * screen: it is loaded on demand with `loadAbout`, in its own chunk, out of the entry chunk.
 */
import { app as svApp } from './sv/app';
import { controls as svControls } from './sv/controls';
import { charts as svCharts } from './sv/charts';
import { money as svMoney } from './sv/money';
import type { about as svAbout } from './sv/about';
import { present as svPresent } from './sv/present';
import { app as enApp } from './en/app';
import { controls as enControls } from './en/controls';
import { charts as enCharts } from './en/charts';
import { money as enMoney } from './en/money';
import { present as enPresent } from './en/present';

export const sv = { app: svApp, controls: svControls, charts: svCharts, money: svMoney, present: svPresent };
export type Texts = typeof sv;
export const en: Texts = { app: enApp, controls: enControls, charts: enCharts, money: enMoney, present: enPresent };

export type Lang = 'sv' | 'en';
export const LANG_CODES: readonly Lang[] = ['sv', 'en'];
export const LANGS: Record<Lang, Texts> = { sv, en };
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export type About = typeof svAbout;

/** The page about the model in `lang` (a lazy chunk: the texts and the citation registry they cite). */
export function loadAbout(lang: Lang): Promise<About> {
  return lang === 'en' ? import('./en/about').then((m) => m.about) : import('./sv/about').then((m) => m.about);
}
