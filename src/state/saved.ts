/**
 * Named scenarios saved in the browser (for a workshop's groups). Stored as links, so a saved scenario
 * opens exactly as a shared link does. What is read back from storage is untrusted and validated.
 */
export interface SavedScenario {
  name: string;
  /** The link's query string (without "?"). */
  query: string;
  savedAt: string;
}

export const STORAGE_KEY = 'halvera.saved.v1';
export const MAX_SAVED = 50;
const MAX_NAME = 60;

/** A minimal Storage, so tests can pass a Map-backed one and a browser without storage still works. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function cleanName(name: string): string {
  // Drop control characters (U+0000-U+001F, U+007F); the name is only ever shown as text.
  return Array.from(name)
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, MAX_NAME);
}

export function readSaved(store: KeyValueStore | null): SavedScenario[] {
  if (!store) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (x): x is SavedScenario =>
        !!x &&
        typeof x === 'object' &&
        typeof x.name === 'string' &&
        typeof x.query === 'string' &&
        typeof x.savedAt === 'string',
    )
    .map((x) => ({ name: cleanName(x.name), query: x.query.slice(0, 4000), savedAt: x.savedAt }))
    .filter((x) => x.name.length > 0)
    .slice(0, MAX_SAVED);
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
