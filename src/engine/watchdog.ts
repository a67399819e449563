/**
 * The pool's watchdog (./pool.ts): how long a worker may stay silent before it is taken for dead. It learns the
 * slowest recent gap between a worker's signs of life (a piece answered) and allows `watchdogFactor` times that
 * (at least `watchdogMinMs`; `loadTimeoutMs` for a worker that has not answered yet; never more than
 * `taskTimeoutMs`). A timer that fires late because the main thread was blocked looks again before it gives up.
 */
export interface WatchdogOptions {
  taskTimeoutMs: number;
  /** A worker silent this many times the slowest recent gap between its answers is dead. */
  watchdogFactor?: number;
  /** Never declared dead sooner than this. */
  watchdogMinMs?: number;
  /** A worker that has not answered yet (it is loading) is declared dead after this. */
  loadTimeoutMs?: number;
}

/** What the watchdog reads of a worker. */
export interface Watched {
  /** Has answered a piece (so it did load). */
  answered: boolean;
  /** When the worker last gave a sign of life (performance.now()). */
  lastSign: number;
}

export class Watchdog {
  /** The slowest recent gap between a worker's signs of life (ms), decaying; undefined before any answer. */
  private slowMs: number | undefined;

  constructor(private readonly opts: WatchdogOptions) {}

  /** A worker answered a piece: its gap since the last sign counts (from its second answer on). */
  answered(w: Watched, t: number): void {
    if (w.answered) this.slowMs = Math.max(t - w.lastSign, (this.slowMs ?? 0) * 0.9);
  }

  /** How long `w` may stay silent before the watchdog declares it dead. */
  limit(w: Watched): number {
    const o = this.opts;
    if (!w.answered) return Math.min(o.taskTimeoutMs, o.loadTimeoutMs ?? 10_000);
    const expected = (o.watchdogFactor ?? 4) * (this.slowMs ?? 250);
    return Math.min(o.taskTimeoutMs, Math.max(o.watchdogMinMs ?? 1000, expected));
  }

  /**
   * Watches `w` for one piece: calls `onSilent(ms silent)` when it stays silent past its limit. Returns the
   * function that stops watching (the piece settled).
   */
  watch(w: Watched, onSilent: (silentMs: number) => void): () => void {
    let timer: ReturnType<typeof setTimeout>;
    let lookedAgain = false;
    const arm = (wait: number) => {
      const armed = now();
      timer = setTimeout(() => {
        const t = now();
        const limit = this.limit(w);
        // Fired late (the main thread was busy): the answer may be waiting behind this timer; look again.
        const late = !lookedAgain && t - armed - wait > Math.max(200, wait / 2);
        const silent = t - w.lastSign;
        if (late) lookedAgain = true;
        if (late || silent < limit) return arm(late ? 50 : Math.max(50, limit - silent));
        // If it was only slow, the next worker gets twice the patience.
        this.slowMs = Math.max(this.slowMs ?? 0, (2 * limit) / (this.opts.watchdogFactor ?? 4));
        onSilent(silent);
      }, wait);
      (timer as { unref?: () => void }).unref?.();
    };
    arm(this.limit(w));
    return () => clearTimeout(timer);
  }
}

export const now = () => performance.now();
