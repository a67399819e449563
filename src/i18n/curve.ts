/**
 * The investment curve's texts, per language. Imported only by the curve's components (lazy chunks), so the
 * entry chunk does not carry them; tests/i18n/glossary.test.ts checks them with the rest.
 * Swedish is here at once; English joins when the English chunk loads (en/index.ts puts it here, with
 * `loadTexts('en')`), so the compact curve on a Swedish first screen does not carry the English texts. As with
 * `LANGS`, read `CURVE_TEXTS[lang]` only for a language that `textsReady` says is loaded.
 */
import type { Lang } from './index';
import { curve as sv } from './sv/curve';

export type CurveTexts = typeof sv;
export const CURVE_TEXTS: Record<Lang, CurveTexts> = { sv } as Record<Lang, CurveTexts>;
