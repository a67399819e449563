/**
 * The polite computing status for screen readers and the eye: "Räknar…" while the live scenario is computed,
 * "Klart." when its final result is shown, and "Klart – oförändrat." when the final result reads exactly as the
 * previous final one (a live region would otherwise say nothing, and the listener could not tell it finished).
 */
export type StatusKind = 'idle' | 'busy' | 'done' | 'unchanged';

export interface StatusMemory {
  /** The text of the last final result announced, or null before the first. */
  lastFinal: string | null;
}

/** The status for the current state; updates `memory` when a final result is reached. */
export function statusOf(memory: StatusMemory, busy: boolean, finalText: string | null): StatusKind {
  if (busy) return 'busy';
  if (finalText === null) return 'idle';
  const unchanged = memory.lastFinal !== null && memory.lastFinal === finalText;
  memory.lastFinal = finalText;
  return unchanged ? 'unchanged' : 'done';
}
