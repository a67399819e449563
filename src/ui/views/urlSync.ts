/**
 * Keeps the address bar in step with the scenario, and history with the scenarios tried:
 * - every change is written to the address bar (replaceState; during a drag at most every 250 ms, and at once
 *   when the page is left), so a reload never loses it;
 * - a change made after the scenario has settled (no change for `settleMs`, e.g. a slider released and left)
 *   starts a new history entry (pushState), so Back and Forward step through the scenarios a workshop tried,
 *   while the many moves of one drag stay in one entry.
 * Back and Forward call `onpop` with the entry's search; the page opens it as a link.
 */

export interface UrlSync {
  /** The scenario's query (without "?") changed. */
  change(query: string): void;
  /** Writes a change still waiting for its turn (the page is being left or reloaded). */
  flush(): void;
  /** The user went Back or Forward: the entry now shown is settled (the next change starts a new one). */
  popped(): void;
  stop(): void;
}

export interface HistoryLike {
  replace(search: string): void;
  push(search: string): void;
  current(): string;
}

export function createUrlSync(h: HistoryLike, settleMs = 1000, throttleMs = 250): UrlSync {
  let settled = true;
  /** The page's address (a link being opened, or the entry Back went to) may still be normalized in place. */
  let first = true;
  const opened = () => {
    first = true;
    setTimeout(() => (first = false), 0);
  };
  opened();
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Chromium's replaceState costs 1 to 28 ms on the main thread (measured while dragging; the most under load), so
  // a drag writing it on every move made long tasks. A human cannot reload within 250 ms of a move. During a drag the
  // bar is written at most every `throttleMs`, and the last value always lands (`pending`, written by
  // `trailing`, or by `flush` when the page is left first).
  let lastWrite = -Infinity;
  let pending: string | null = null;
  let trailing: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const dropPending = () => {
    if (trailing !== null) clearTimeout(trailing);
    trailing = null;
    pending = null;
  };
  const replace = (search: string) => {
    lastWrite = Date.now();
    h.replace(search);
  };
  return {
    change(query) {
      const search = query ? '?' + query : '';
      if (search === (pending ?? h.current())) return;
      if (settled && !first) {
        dropPending();
        lastWrite = Date.now();
        h.push(search);
      } else if (Date.now() - lastWrite >= throttleMs) {
        dropPending();
        replace(search);
      } else {
        pending = search;
        trailing ??= setTimeout(
          () => {
            trailing = null;
            const p = pending;
            pending = null;
            if (p !== null && p !== h.current()) replace(p);
          },
          Math.max(0, lastWrite + throttleMs - Date.now()),
        );
      }
      settled = false;
      clear();
      timer = setTimeout(() => {
        timer = null;
        settled = true;
      }, settleMs);
    },
    flush() {
      const p = pending;
      dropPending();
      if (p !== null && p !== h.current()) replace(p);
    },
    popped() {
      clear();
      dropPending();
      settled = true;
      opened();
    },
    stop() {
      clear();
      dropPending();
    },
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
