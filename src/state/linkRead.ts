/**
 * Reading the parts of an untrusted link query that are lists of keys (src/state/link.ts decodes the rest): the
 * scenario's parameters (parsed, clamped or ignored) and keys that do not belong to the format. Every problem
 * becomes a note; nothing throws.
 */
import { PARAMS, clampParam } from '../model/params';
import type { Scenario } from '../model/types';
import { parseDecimal } from '../model/validate';
import { DISPLAY_KEYS } from './display';
import type { LinkNote } from './link';

/** Notes shown for one link: the first few, then one "and N more ignored". */
export const MAX_NOTES = 12;
/** Keys other sites add to a link (campaign tags); ignored without a note. */
const IGNORED_KEYS = /^(utm_|fbclid$|gclid$)/;
/** The format's own keys besides the display keys (./display.ts) and the parameters. */
const FORMAT_KEYS = ['v', 'mv', 'm', 'p', 'lang', 'view', 'embed', 'seed', 'runs', 'a', 'al', 'kb', 'kr'];

/** An offending value as a note shows it: at most 40 characters. */
export const truncate = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);

/** Overrides the parameters of `s` that the query names (the presets are already in `s`). */
export function readParams(q: URLSearchParams, s: Scenario, notes: LinkNote[]): void {
  for (const p of PARAMS) {
    const raw = q.get(p.key);
    if (raw === null) continue;
    if (p.kind === 'choice') {
      if ((p.choices as readonly string[]).includes(raw)) (s as unknown as Record<string, string>)[p.key] = raw;
      else notes.push({ key: p.key, kind: 'invalid', raw: truncate(raw), used: String(s[p.key]) });
      continue;
    }
    const n = parseDecimal(raw);
    if (n === null) {
      notes.push({ key: p.key, kind: 'invalid', raw: truncate(raw), used: String(s[p.key]) });
      continue;
    }
    const c = clampParam(p, n);
    if (c !== n) notes.push({ key: p.key, kind: 'clamped', raw: truncate(raw), used: String(c) });
    (s as unknown as Record<string, number>)[p.key] = c;
  }
}

/** Notes the keys that do not belong to the format (a count beyond MAX_NOTES). */
export function noteUnknownKeys(q: URLSearchParams, notes: LinkNote[]): void {
  const known = new Set([...FORMAT_KEYS, ...DISPLAY_KEYS, ...PARAMS.map((p) => p.key)]);
  let unknown = 0;
  for (const key of new Set(q.keys())) {
    if (known.has(key) || IGNORED_KEYS.test(key)) continue;
    // Beyond what can be shown, an unknown key costs only a count.
    if (unknown++ < MAX_NOTES) notes.push({ key: truncate(key), kind: 'unknown', raw: truncate(q.get(key) ?? '') });
  }
  if (unknown > MAX_NOTES) notes.push({ key: '', kind: 'more', raw: String(unknown - MAX_NOTES) });
}

/** What an old link asked for, in its own words: its settings (not its format, version or language). */
export function askedFor(q: URLSearchParams): string {
  const parts: string[] = [];
  for (const [k, v] of q) if (!['v', 'mv', 'lang', 'embed', 'a', 'al', 'view'].includes(k)) parts.push(`${k}=${v}`);
  const text = parts.join(', ');
  return text.length > 200 ? text.slice(0, 200) + '…' : text;
}
