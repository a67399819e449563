/**
 * Named scenarios saved in the browser (for a workshop's groups). Stored as links, so a saved scenario
 * opens exactly as a shared link does. What is read back from storage is untrusted and validated.
 */
// The storage key, the store's shape, names and emptying the list: savedName.ts (the first screen needs them).
import { MAX_QUERY } from './link';
import { MAX_NAME, STORAGE_KEY, cleanName, type KeyValueStore } from './savedName';
export { STORAGE_KEY, cleanName, clearSaved, type KeyValueStore } from './savedName';

export interface SavedScenario {
  name: string;
  /** The link's query string (without "?"). */
  query: string;
  savedAt: string;
}

export const MAX_SAVED = 50;

/**
 * The schema of stored scenarios: anything that is not a list of {name, query, savedAt} strings is dropped;
 * names are cleaned, an entry equal to an earlier one (same cleaned name and query) is dropped, and a name
 * that collides with an earlier one gets a number ("Grupp A (2)"), so names are unique (the list is keyed by
 * name). `dropped` counts what was left out (for a note).
 */
export function parseSaved(raw: unknown): { list: SavedScenario[]; dropped: number } {
  if (!Array.isArray(raw)) return { list: [], dropped: raw === null || raw === undefined ? 0 : 1 };
  const list: SavedScenario[] = [];
  const byName = new Map<string, SavedScenario>();
  let dropped = 0;
  for (const x of raw as unknown[]) {
    const entry = asEntry(x);
    if (!entry || list.length >= MAX_SAVED) {
      dropped++;
      continue;
    }
    const same = byName.get(entry.name);
    if (same && same.query === entry.query) {
      dropped++;
      continue;
    }
    if (same) entry.name = uniqueName(entry.name, byName);
    byName.set(entry.name, entry);
    list.push(entry);
  }
  return { list, dropped };
}

function asEntry(x: unknown): SavedScenario | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  const own = (k: string) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
  const name = own('name');
  const query = own('query');
  const savedAt = own('savedAt');
  if (typeof name !== 'string' || typeof query !== 'string' || typeof savedAt !== 'string') return null;
  const n = cleanName(name);
  if (!n || query.length > MAX_QUERY) return null;
  return { name: n, query, savedAt: savedAt.slice(0, 40) };
}

function uniqueName(name: string, taken: Map<string, unknown>): string {
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const n = name.slice(0, MAX_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(n)) return n;
  }
}

/** The stored list, parsed by the schema (never throws). */
export function readSavedWithNotes(store: KeyValueStore | null): { list: SavedScenario[]; dropped: number } {
  if (!store) return { list: [], dropped: 0 };
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return { list: [], dropped: 1 };
  }
  return parseSaved(raw);
}

export function readSaved(store: KeyValueStore | null): SavedScenario[] {
  return readSavedWithNotes(store).list;
}

/** Saves (or replaces, by name) a scenario. Returns the new list, or an error code when storage fails. */
export function saveScenario(
  store: KeyValueStore | null,
  name: string,
  query: string,
  now = new Date(),
): { ok: true; list: SavedScenario[] } | { ok: false; error: 'empty-name' | 'storage' } {
  const n = cleanName(name);
  if (!n) return { ok: false, error: 'empty-name' };
  const list = readSaved(store).filter((s) => s.name !== n);
  list.unshift({ name: n, query, savedAt: now.toISOString() });
  const kept = list.slice(0, MAX_SAVED);
  try {
    store!.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    return { ok: false, error: 'storage' };
  }
  return { ok: true, list: kept };
}

export function deleteSaved(store: KeyValueStore | null, name: string): SavedScenario[] {
  const list = readSaved(store).filter((s) => s.name !== name);
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    /* storage full or blocked: the list in memory is still right */
  }
  return list;
}
