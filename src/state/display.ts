/**
 * How the page is shown, as opposed to what it simulates: the embed's chart, controls and extra origins,
 * and present mode (story, stage, reveal). These keys live in the same link as the scenario but are decoded
 * here, so the scenario's format (link.ts) stays as it is. Untrusted like any link: every value is checked,
 * a bad one becomes a note and the default is used.
 */
import type { LinkNote } from './link';

export const CHARTS = ['halving', 'cohort', 'contrib', 'costs', 'payers'] as const;
export type ChartId = (typeof CHARTS)[number];
export const CONTROL_MODES = ['none', 'plan', 'all'] as const;
export type ControlsMode = (typeof CONTROL_MODES)[number];
export const MAX_ORIGINS = 5;
const STORY_FILE_RE = /^[a-z0-9-]{1,40}$/;
const MAX_STORY = 3000;

export interface DisplayOptions {
  /** The chart an embed shows. */
  chart: ChartId;
  /** What a reader of an embed may move: nothing, the plan's budgets, or every control. */
  controls: ControlsMode;
  /** Further origins allowed to send `halvera:set` to an embed (besides the page's own and the referrer's). */
  origins: string[];
  present: boolean;
  /** Present mode: the stage to open (1-based in the link, 0-based here). */
  stage: number;
  /** Present mode: a story as JSON, or the name of a file in public/stories/ (without .json); null = default. */
  story: string | null;
  /** Present mode: false hides each stage's result until the presenter reveals it. */
  reveal: boolean;
}

export const DISPLAY_KEYS = ['chart', 'controls', 'origins', 'present', 'stage', 'story', 'reveal'] as const;

export function defaultDisplay(): DisplayOptions {
  return { chart: 'halving', controls: 'none', origins: [], present: false, stage: 0, story: null, reveal: true };
}

const cut = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);

/** An origin as written in `origins=`: http(s) scheme, host, optional port, nothing else. */
export function parseOrigin(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.origin + '/' !== u.href && u.origin !== raw.trim()) return null;
    return u.origin;
  } catch {
    return null;
  }
}

export function decodeDisplay(query: string): { display: DisplayOptions; notes: LinkNote[] } {
  const q = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const d = defaultDisplay();
  const notes: LinkNote[] = [];
  const bad = (key: string, raw: string, used: string) => notes.push({ key, kind: 'invalid', raw: cut(raw), used });

  const chart = q.get('chart');
  if (chart !== null) {
    if ((CHARTS as readonly string[]).includes(chart)) d.chart = chart as ChartId;
    else bad('chart', chart, d.chart);
  }
  const controls = q.get('controls');
  if (controls !== null) {
    if ((CONTROL_MODES as readonly string[]).includes(controls)) d.controls = controls as ControlsMode;
    else bad('controls', controls, d.controls);
  }
  const origins = q.get('origins');
  if (origins !== null) {
    for (const raw of origins.split(',').filter((o) => o.trim())) {
      const o = parseOrigin(raw);
      if (o && d.origins.length < MAX_ORIGINS) d.origins.push(o);
      else bad('origins', raw, '');
    }
  }
  const present = q.get('present');
  if (present !== null) {
    if (present === '1' || present === '0') d.present = present === '1';
    else bad('present', present, '0');
  }
  const stage = q.get('stage');
  if (stage !== null) {
    const n = Number(stage);
    if (Number.isInteger(n) && n >= 1 && n <= 50) d.stage = n - 1;
    else bad('stage', stage, '1');
  }
  const reveal = q.get('reveal');
  if (reveal !== null) {
    if (reveal === '1' || reveal === '0') d.reveal = reveal === '1';
    else bad('reveal', reveal, '1');
  }
  const story = q.get('story');
  if (story !== null) {
    const isJson = story.trim().startsWith('[') || story.trim().startsWith('{');
    if ((isJson && story.length <= MAX_STORY) || STORY_FILE_RE.test(story)) d.story = story;
    else bad('story', story, '');
  }
  return { display: d, notes };
}

/** The display keys that differ from the defaults, as a query fragment (without "?", may be empty). */
export function encodeDisplay(d: DisplayOptions): string {
  const q = new URLSearchParams();
  const def = defaultDisplay();
  if (d.chart !== def.chart) q.set('chart', d.chart);
  if (d.controls !== def.controls) q.set('controls', d.controls);
  if (d.origins.length) q.set('origins', d.origins.join(','));
  if (d.present) q.set('present', '1');
  if (d.stage !== 0) q.set('stage', String(d.stage + 1));
  if (d.story !== null) q.set('story', d.story);
  if (!d.reveal) q.set('reveal', '0');
  return q.toString();
}

/** Joins query fragments (without "?") with "&", skipping empty ones. */
export const joinQuery = (...parts: string[]) => parts.filter(Boolean).join('&');
