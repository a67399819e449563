/**
 * All interface text. Swedish is the default; English on request. Each area of the interface owns one
 * namespace file per language (sv/<ns>.ts, en/<ns>.ts); the English file is typed by the Swedish one,
 * so a missing or extra key is a type error.
 */
import { app as svApp } from './sv/app';
import { controls as svControls } from './sv/controls';
import { charts as svCharts } from './sv/charts';
import { money as svMoney } from './sv/money';
import { about as svAbout } from './sv/about';
import { present as svPresent } from './sv/present';
import { app as enApp } from './en/app';
import { controls as enControls } from './en/controls';
import { charts as enCharts } from './en/charts';
import { money as enMoney } from './en/money';
import { about as enAbout } from './en/about';
import { present as enPresent } from './en/present';

export const sv = {
  app: svApp,
  controls: svControls,
  charts: svCharts,
  money: svMoney,
  about: svAbout,
  present: svPresent,
};
export type Texts = typeof sv;
export const en: Texts = {
  app: enApp,
  controls: enControls,
  charts: enCharts,
  money: enMoney,
  about: enAbout,
  present: enPresent,
};

export type Lang = 'sv' | 'en';
export const LANG_CODES: readonly Lang[] = ['sv', 'en'];
export const LANGS: Record<Lang, Texts> = { sv, en };
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
