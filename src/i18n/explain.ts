/**
 * What the glossary's hard words mean, per language (the (?) beside them, ui/charts/Explain.svelte). Imported
 * only when a (?) is first opened, so the entry chunk carries the words, not their explanations;
 * tests/i18n/glossary.test.ts checks them with the rest.
 */
import type { Lang } from './index';
import { explain as sv } from './sv/explain';
import { explain as en } from './en/explain';

export type ExplainTexts = typeof sv;
export const EXPLAIN_TEXTS: Record<Lang, ExplainTexts> = { sv, en };
