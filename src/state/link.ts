/**
 * The link is the scenario. Encodes every control, the seed, the runs, the language and the view in a
 * query string with a format version (`v`), and decodes untrusted query strings: every value is parsed,
 * clamped or ignored, and each problem becomes a note for the interface to show. Never throws.
 */
import { PARAMS, PARAM_BY_KEY, RUN_LIMITS, targetProblem, type NumberParam } from '../model/params';
import {
  ALL_MUNICIPALITIES,
  PLANS,
  matchMunicipality,
  matchPlan,
  resolveScenario,
  type MunicipalityName,
  type PlanName,
} from '../model/presets';
import type { Scenario, ScenarioKey } from '../model/types';
import { parseDecimal } from '../model/validate';
import { MODEL_VERSION } from '../model/version';
import type { Lang } from '../i18n';
import { cleanName } from './savedName';
import { MAX_NOTES, askedFor, noteUnknownKeys, readParams, truncate } from './linkRead';
import { readOwnFigures, writeOwnFigures } from './linkOwn';

export { MAX_NOTES } from './linkRead';

export const LINK_VERSION = 1;
export const VIEWS = ['workshop', 'compare', 'curve', 'sensitivity'] as const;
export type View = (typeof VIEWS)[number];
export const RUNS_RANGE = { min: RUN_LIMITS.linkMin, max: RUN_LIMITS.link };
/** The longest query read (links, embed messages, saved scenarios); the rest is cut with a note. */
export const MAX_QUERY = 4000;
const SEED_RE = /^[A-Za-z0-9_-]{1,32}$/;

export interface LinkState {
  municipality: MunicipalityName;
  plan: PlanName;
  scenario: Scenario;
  seed: string;
  /** Runs of the full result; null = automatic (`recommendedRuns` of the scenario: 1 000, fewer for huge plans). */
  runs: number | null;
  lang: Lang;
  /** 'compare' when scenario A is pinned (and travels in the link), else 'workshop'. */
  view: View;
  embed: boolean;
  /** Scenario A, pinned for comparison: its own link query (without a nested A) and its label. */
  pinned: PinnedLink | null;
}

export interface PinnedLink {
  label: string;
  query: string;
}

export type NoteKind = 'clamped' | 'invalid' | 'unknown' | 'version' | 'empty' | 'model' | 'cut' | 'more' | 'target';
/** A problem found in a link. `raw` is the offending text, truncated; it is only ever shown as text. */
export interface LinkNote {
  key: string;
  kind: NoteKind;
  raw: string;
  /** The value used instead (clamped), when there is one. */
  used?: string;
}

export function defaultLinkState(): LinkState {
  return {
    municipality: 'hedemora',
    plan: 'hedemora',
    scenario: resolveScenario('hedemora', 'hedemora'),
    seed: '1',
    runs: null,
    lang: 'sv',
    view: 'workshop',
    embed: false,
    pinned: null,
  };
}

/** Older link formats, migrated step by step to the current one (OWID-style). Keyed by the version they upgrade from. */
const MIGRATIONS: Record<number, (q: URLSearchParams) => URLSearchParams> = {
  // v0: the foundation slice's links had no `v` and a single `budget` split over three areas (Hedemora's).
  0: (q) => {
    const out = new URLSearchParams(q);
    const b = q.get('budget');
    if (b !== null) {
      out.delete('budget');
      const third = Number(b) / 3;
      for (const k of ['detect', 'firstline', 'school']) out.set(k, String(third));
      out.set('p', 'custom');
    }
    return out;
  },
};

export function decodeLink(query: string): { state: LinkState; notes: LinkNote[] } {
  const { state, notes } = decodeQuery(String(query));
  if (notes.length <= MAX_NOTES) return { state, notes };
  const kept = notes.slice(0, MAX_NOTES - 1);
  kept.push({ key: '', kind: 'more', raw: String(notes.length - kept.length) });
  return { state, notes: kept };
}

function decodeQuery(query: string): { state: LinkState; notes: LinkNote[] } {
  const notes: LinkNote[] = [];
  let text = query.startsWith('?') ? query.slice(1) : query;
  if (text.length > MAX_QUERY) {
    notes.push({ key: '', kind: 'cut', raw: String(text.length), used: String(MAX_QUERY) });
    text = text.slice(0, MAX_QUERY);
  }
  let q = new URLSearchParams(text);
  const state = defaultLinkState();

  // Version and migration
  const vRaw = q.get('v');
  // Only links made by an earlier app carry these without `mv`: the foundation slice's one `budget`, or a
  // format version written before the model version was (every link this app writes has both).
  const madeBeforeMv = !q.has('mv') && (q.has('budget') || vRaw !== null);
  let v = vRaw === null ? (q.has('budget') ? 0 : LINK_VERSION) : (parseDecimal(vRaw) ?? NaN);
  if (!Number.isInteger(v) || v < 0 || v > LINK_VERSION) {
    notes.push({ key: 'v', kind: 'version', raw: truncate(vRaw ?? ''), used: String(LINK_VERSION) });
    v = LINK_VERSION;
  }
  for (; v < LINK_VERSION; v++) q = MIGRATIONS[v](q);

  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const raw = q.get(key);
    if (raw === null) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    notes.push({ key, kind: 'invalid', raw: truncate(raw), used: fallback });
    return fallback;
  };
  state.municipality = pick('m', ALL_MUNICIPALITIES, state.municipality);
  state.plan = pick('p', PLANS, state.plan);
  state.lang = pick('lang', ['sv', 'en'] as const, state.lang);
  state.view = pick('view', VIEWS, state.view);
  const embed = q.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') state.embed = embed === '1';
    else notes.push({ key: 'embed', kind: 'invalid', raw: truncate(embed), used: '0' });
  }
  const seed = q.get('seed');
  if (seed !== null) {
    if (SEED_RE.test(seed)) state.seed = seed;
    else notes.push({ key: 'seed', kind: 'invalid', raw: truncate(seed), used: state.seed });
  }
  const runs = q.get('runs');
  if (runs !== null) {
    const n = parseDecimal(runs);
    if (n === null) notes.push({ key: 'runs', kind: 'invalid', raw: truncate(runs), used: '' });
    else {
      const c = Math.round(Math.min(RUNS_RANGE.max, Math.max(RUNS_RANGE.min, n)));
      if (c !== n) notes.push({ key: 'runs', kind: 'clamped', raw: truncate(runs), used: String(c) });
      state.runs = c;
    }
  }

  // Scenario: presets first, then explicit keys override.
  const s = resolveScenario(state.municipality, state.plan);
  if (state.municipality === 'own') readOwnFigures(q, s, state.plan, notes);
  readParams(q, s, notes);
  // The target year must leave three cohorts inside the horizon: never moved silently, the note says to what.
  const tp = targetProblem(s);
  if (tp) {
    const asked = s.targetYear === 0 ? s.startYear + 10 : s.targetYear;
    notes.push({ key: 'targetYear', kind: 'target', raw: String(asked), used: String(tp.nearest) });
    s.targetYear = tp.nearest;
  }
  state.scenario = s;

  // Scenario A: a link inside the link, decoded (and cleaned) the same way; a nested A is dropped.
  const a = q.get('a');
  if (a !== null && a.trim() === '') notes.push({ key: 'a', kind: 'empty', raw: '' });
  else if (a !== null) {
    const inner = new URLSearchParams(a);
    inner.delete('a');
    inner.delete('al');
    inner.delete('view');
    const decoded = decodeLink(inner.toString());
    for (const n of decoded.notes) notes.push({ ...n, key: `a.${n.key}` });
    const label = cleanName(q.get('al') ?? '') || 'A';
    state.pinned = { label, query: encodeLink({ ...decoded.state, pinned: null }) };
  }
  // The curve is a view of its own (A stays pinned and comes back with the results); compare follows A.
  state.view =
    state.view === 'curve' || state.view === 'sensitivity' ? state.view : state.pinned ? 'compare' : 'workshop';
  if (q.get('view') === 'compare' && !state.pinned)
    notes.push({ key: 'view', kind: 'invalid', raw: 'compare', used: 'workshop' });

  // The model version the link was made with. Absent: a hand-typed or printed link (`?p=hedemora`,
  // `?view=curve`, `?present=1`) asks for today's model and needs no note (issue 25: every such link showed a
  // false "made with model version 1" warning); only a link carrying an old link's own markers
  // (madeBeforeMv above) was made with version 1.
  const mvRaw = q.get('mv');
  const mv = mvRaw === null ? (madeBeforeMv ? 1 : MODEL_VERSION) : parseDecimal(mvRaw);
  if (mv === null || !Number.isInteger(mv) || mv < 1 || mv > MODEL_VERSION)
    notes.push({ key: 'mv', kind: 'invalid', raw: truncate(mvRaw ?? ''), used: String(MODEL_VERSION) });
  else if (mv < MODEL_VERSION) notes.push({ key: 'mv', kind: 'model', raw: String(mv), used: askedFor(q) });

  // Keys that do not belong to the format
  noteUnknownKeys(q, notes);

  // A named preset whose values were overridden is no longer that preset.
  state.municipality = matchMunicipality(s, state.municipality);
  state.plan = matchPlan(s, state.plan);
  return { state, notes };
}

/** The query string (without "?") for a state: only what differs from the presets it names, so links stay short. */
export function encodeLink(st: LinkState): string {
  const q = new URLSearchParams();
  q.set('v', String(LINK_VERSION));
  q.set('mv', String(MODEL_VERSION));
  q.set('m', st.municipality);
  q.set('p', st.plan);
  const base = resolveScenario(st.municipality, st.plan);
  if (st.municipality === 'own') writeOwnFigures(q, st.scenario, base, st.plan);
  for (const p of PARAMS) {
    const value = st.scenario[p.key];
    if (value !== base[p.key]) q.set(p.key, String(value));
  }
  q.set('seed', st.seed);
  if (st.runs !== null) q.set('runs', String(st.runs));
  q.set('lang', st.lang);
  if (st.view === 'curve' || st.view === 'sensitivity') q.set('view', st.view);
  if (st.pinned) {
    if (st.view !== 'curve' && st.view !== 'sensitivity') q.set('view', 'compare');
    q.set('a', st.pinned.query);
    q.set('al', st.pinned.label);
  }
  if (st.embed) q.set('embed', '1');
  return q.toString();
}

export const numberParam = (key: ScenarioKey): NumberParam => {
  const p = PARAM_BY_KEY[key];
  if (p.kind !== 'number') throw new Error(`${key} is not a number parameter`);
  return p;
};
