/**
 * Playing the years forward: one step a year, the whole horizon in about `totalMs`. With reduced motion the
 * last year is shown at once. Returns a stop function.
 */
export function playYears(
  count: number,
  onStep: (index: number, done: boolean) => void,
  { totalMs = 4000, reduced = false }: { totalMs?: number; reduced?: boolean } = {},
): () => void {
  if (count <= 1 || reduced) {
    onStep(Math.max(0, count - 1), true);
    return () => {};
  }
  let i = 0;
  onStep(0, false);
  const timer = setInterval(
    () => {
      i++;
      const done = i >= count - 1;
      onStep(i, done);
      if (done) clearInterval(timer);
    },
    totalMs / (count - 1),
  );
  return () => clearInterval(timer);
}

/** The stage a key moves to, or 'reveal' / 'play', or null when the key is not the presenter's. */
export function presenterKey(key: string): 'next' | 'prev' | 'reveal' | 'play' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Enter':
      return 'reveal';
    case ' ':
      return 'play';
    default:
      return null;
  }
}
