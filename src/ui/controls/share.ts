/** Copying the scenario's link: the Clipboard API when the browser allows it, else the caller's fallback. */

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/**
 * Copies `text`. Tries `clipboard` first; when it is missing or refuses (insecure context, no permission),
 * calls `fallback` (select a read-only field and run the copy command), which says whether it copied.
 */
export async function copyText(
  text: string,
  clipboard: ClipboardLike | undefined,
  fallback: () => boolean,
): Promise<'copied' | 'selected'> {
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return 'copied';
    } catch {
      /* fall through to the fallback */
    }
  }
  try {
    return fallback() ? 'copied' : 'selected';
  } catch {
    return 'selected';
  }
}

/**
 * The full address of a scenario: this page's address with `query` (without "?") as its search; only the
 * search when there is no page address (server rendering).
 */
export function linkUrl(href: string | undefined, query: string): string {
  let u: URL;
  try {
    u = new URL(href ?? '');
  } catch {
    return query ? '?' + query : '';
  }
  u.search = query ? '?' + query : '';
  u.hash = '';
  return u.toString();
}

/** Whether two link queries describe the same scenario, whatever the language or the order of the keys.
 * (The model version is compared too: the same settings under another model are another scenario.) */
export function sameScenario(a: string, b: string): boolean {
  const norm = (q: string) => {
    const p = new URLSearchParams(q.startsWith('?') ? q.slice(1) : q);
    p.delete('lang');
    // A query saved before links carried the model version was made with version 1.
    if (!p.has('mv')) p.set('mv', '1');
    p.sort();
    return p.toString();
  };
  return norm(a) === norm(b);
}
