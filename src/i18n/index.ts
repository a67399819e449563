import { sv, type Texts } from './sv';
import { en } from './en';

export type Lang = 'sv' | 'en';
export const LANGS: Record<Lang, Texts> = { sv, en };
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
export type { Texts };
