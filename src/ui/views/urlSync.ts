/** Keeps the address bar in step with the scenario without a reload: history.replaceState, debounced. */

export interface UrlSync {
  /** Schedules `query` (without "?") to be written after the delay; a later call replaces an earlier one. */
  schedule(query: string): void;
  /** Writes a scheduled query now. */
  flush(): void;
  stop(): void;
}

export function createUrlSync(write: (search: string) => void, current: () => string, delayMs = 300): UrlSync {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: string | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const search = pending ? '?' + pending : '';
    pending = null;
    if (search !== current()) write(search);
  };
  return {
    schedule(query) {
      pending = query;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

/** The browser's writer: replaces the current history entry's search, keeping path and hash. */
export function replaceSearch(search: string): void {
  const u = new URL(location.href);
  u.search = search;
  history.replaceState(history.state, '', u);
}
