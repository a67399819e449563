/**
 * A story for present mode: a list of stages, each a scenario (a link query), a view and a caption. Stories
 * come from the link (`story=` as short JSON or the name of a file in public/stories/) and are untrusted like
 * any link: every field is checked, each stage's query is decoded by decodeLink (its problems become notes),
 * and a story that cannot be read falls back to the default with a note. Never throws.
 */
import type { Lang } from '../../i18n';
import { CHARTS, type ChartId } from '../../state/display';
import { decodeLink, type LinkNote } from '../../state/link';

/** What a stage shows: one of the charts, the chance with and without a plan, the investment curve, or what decides the answer (the tornado). */
export type StageView = ChartId | 'chance' | 'curve' | 'sensitivity';
export const STAGE_VIEWS: readonly StageView[] = [...CHARTS, 'chance', 'curve', 'sensitivity'];

export interface Stage {
  /** The scenario, as a link query. */
  query: string;
  /** The view's name as written in the story; an unknown name (a view a later version adds) is kept. */
  view: string;
  caption: Record<Lang, string>;
}

/**
 * The view a stage draws. Names this version does not know fall back to `fallback` (the results' halving
 * chart), so a story written for a later version still plays.
 */
export function resolveView(name: string, fallback: StageView = 'halving'): StageView {
  return (STAGE_VIEWS as readonly string[]).includes(name) ? (name as StageView) : fallback;
}

const MAX_STAGES = 30;
const MAX_CAPTION = 300;
const MAX_QUERY = 2000;

const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() && v.length <= MAX_CAPTION ? v.trim() : null;

/**
 * Reads a story: an array of stages, or `{ "stages": [...] }`. A stage is `{ "q": query, "view": name,
 * "caption": text | { "sv": text, "en": text } }` (`v` and `c` are accepted as short forms).
 */
export function parseStory(raw: unknown): { stages: Stage[] | null; notes: LinkNote[] } {
  const notes: LinkNote[] = [];
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { stages: null, notes: [{ key: 'story', kind: 'invalid', raw: raw.slice(0, 40), used: '' }] };
    }
  }
  const list = Array.isArray(data) ? data : (data as { stages?: unknown } | null)?.stages;
  if (!Array.isArray(list) || list.length === 0)
    return { stages: null, notes: [{ key: 'story', kind: 'invalid', raw: String(raw).slice(0, 40), used: '' }] };
  const stages: Stage[] = [];
  list.slice(0, MAX_STAGES).forEach((item, i) => {
    const key = `story.${i + 1}`;
    if (!item || typeof item !== 'object') {
      notes.push({ key, kind: 'invalid', raw: String(item).slice(0, 40) });
      return;
    }
    const o = item as Record<string, unknown>;
    const q = typeof o.q === 'string' && o.q.length <= MAX_QUERY ? o.q : '';
    const decoded = decodeLink(q);
    for (const n of decoded.notes) notes.push({ ...n, key: `${key}.${n.key}` });
    const view = typeof (o.view ?? o.v) === 'string' ? String(o.view ?? o.v).slice(0, 20) : 'halving';
    const c = o.caption ?? o.c;
    const one = text(c);
    const sv = one ?? text((c as Record<string, unknown> | null)?.sv) ?? '';
    const en = one ?? text((c as Record<string, unknown> | null)?.en) ?? sv;
    stages.push({ query: q, view, caption: { sv: sv || en, en } });
  });
  if (list.length > MAX_STAGES)
    notes.push({ key: 'story', kind: 'clamped', raw: String(list.length), used: String(MAX_STAGES) });
  return { stages: stages.length ? stages : null, notes };
}

const HEDEMORA = 'm=hedemora&p=hedemora';
const NONE = 'm=hedemora&p=none';
/** A plan large enough to show what the vision takes (every area at 3 MSEK a year for ten years). */
const BIG = 'm=hedemora&p=custom&detect=3000000&parent=3000000&firstline=3000000&school=3000000&duration=10';
/** The same plan with the effects the studies measured: a stage where the line visibly bends (issue 25). */
const BIG_STUDIES = `${BIG}&effects=studies`;

/** The default story: Hedemora, from today to when the plan pays back for the municipality. */
export function defaultStory(captions: Record<Lang, readonly string[]>): Stage[] {
  const stages: [string, string][] = [
    [NONE, 'halving'],
    [NONE, 'cohort'],
    [HEDEMORA, 'contrib'],
    // What it takes: the investment curve of an even plan (its split kept in proportion along the curve).
    [BIG, 'curve'],
    [BIG_STUDIES, 'halving'],
    [HEDEMORA, 'chance'],
    [HEDEMORA, 'costs'],
    // Which assumption decides the answer (issue 23), for Hedemora's plan.
    [HEDEMORA, 'sensitivity'],
  ];
  return stages.map(([query, view], i) => ({ query, view, caption: { sv: captions.sv[i], en: captions.en[i] } }));
}

/**
 * The raw story a link names: its own JSON (`story=[…]` or `story={…}`), or the file public/stories/<name>.json
 * (null when it cannot be fetched: parseStory then falls back to the default story with a note). Never rejects.
 */
export function storySource(story: string, get: typeof fetch = (...a) => fetch(...a)): Promise<unknown> {
  if (story.startsWith('[') || story.startsWith('{')) return Promise.resolve(story);
  return get(`./stories/${encodeURIComponent(story)}.json`)
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
}
