/**
 * The investment curve's texts, per language. Imported only by the curve's components (lazy chunks), so the
 * entry chunk does not carry them; tests/i18n/glossary.test.ts checks them with the rest.
 */
import type { Lang } from './index';
import { curve as sv } from './sv/curve';
import { curve as en } from './en/curve';

export type CurveTexts = typeof sv;
export const CURVE_TEXTS: Record<Lang, CurveTexts> = { sv, en };
