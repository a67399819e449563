/**
 * What the first screen needs of the saved scenarios (saved.ts): the storage key, the store's shape, a name as it
 * may be shown (the link's label of A, too) and emptying the list (the error boundary's reset). Its own module so
 * that the list's code (reading, saving, deleting) goes with the share panel's lazy chunk (issue 22, point 6).
 */
export const STORAGE_KEY = 'halvera.saved.v1';
/** Longest name kept (characters). */
export const MAX_NAME = 60;

/** A minimal Storage, so tests can pass a Map-backed one and a browser without storage still works. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Bidirectional control characters (embeddings, overrides, isolates, marks): they can make a name read backwards. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A name or label as it may be shown: no control or bidi characters, trimmed, at most 60 characters. */
export function cleanName(name: string): string {
  // Drop control characters (U+0000-U+001F, U+007F-U+009F); the name is only ever shown as text.
  return Array.from(String(name).replace(BIDI, ''))
    .filter((c) => c.charCodeAt(0) > 0x1f && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f))
    .join('')
    .trim()
    .slice(0, MAX_NAME);
}

/** Empties the stored list (the error boundary's "reset saved scenarios"). */
export function clearSaved(store: KeyValueStore | null): void {
  try {
    store?.setItem(STORAGE_KEY, '[]');
  } catch {
    /* blocked storage: nothing to clear */
  }
}
