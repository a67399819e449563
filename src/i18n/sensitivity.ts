/**
 * The texts of "Vad avgör svaret?" per language. Imported only by the sensitivity components (lazy chunks), so the
 * entry chunk does not carry them.
 */
import type { Lang } from './index';
import { sensitivity as sv } from './sv/sensitivity';
import { sensitivity as en } from './en/sensitivity';

export type SensitivityTexts = typeof sv;
export const SENSITIVITY_TEXTS: Record<Lang, SensitivityTexts> = { sv, en };
