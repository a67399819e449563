/**
 * Keeps the address bar in step with the scenario, and history with the scenarios tried:
 * - every change is written to the address bar at once (replaceState), so a reload never loses it;
 * - a change made after the scenario has settled (no change for `settleMs`, e.g. a slider released and left)
 *   starts a new history entry (pushState), so Back and Forward step through the scenarios a workshop tried,
 *   while the many moves of one drag stay in one entry.
 * Back and Forward call `onpop` with the entry's search; the page opens it as a link.
 */

export interface UrlSync {
  /** The scenario's query (without "?") changed. */
  change(query: string): void;
  /** The user went Back or Forward: the entry now shown is settled (the next change starts a new one). */
  popped(): void;
  stop(): void;
}

export interface HistoryLike {
  replace(search: string): void;
  push(search: string): void;
  current(): string;
}

export function createUrlSync(h: HistoryLike, settleMs = 1000): UrlSync {
  let settled = true;
  /** The page's address (a link being opened, or the entry Back went to) may still be normalized in place. */
  let first = true;
  const opened = () => {
    first = true;
    setTimeout(() => (first = false), 0);
  };
  opened();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    change(query) {
      const search = query ? '?' + query : '';
      if (search === h.current()) return;
      if (settled && !first) h.push(search);
      else h.replace(search);
      settled = false;
      clear();
      timer = setTimeout(() => {
        timer = null;
        settled = true;
      }, settleMs);
    },
    popped() {
      clear();
      settled = true;
      opened();
    },
    stop: clear,
  };
}

/** The browser's history: path and hash kept, only the search changes. */
export const browserHistory: HistoryLike = {
  replace: (search) => history.replaceState(history.state, '', withSearch(search)),
  push: (search) => history.pushState(null, '', withSearch(search)),
  current: () => location.search,
};

function withSearch(search: string): URL {
  const u = new URL(location.href);
  u.search = search;
  return u;
}
