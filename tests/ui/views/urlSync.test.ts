import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUrlSync } from '../../../src/ui/views/urlSync';

afterEach(() => vi.useRealTimers());

function fakeHistory(start = '') {
  const entries = [start];
  let at = 0;
  return {
    entries,
    at: () => at,
    replace: (s: string) => void (entries[at] = s),
    push: (s: string) => {
      entries.splice(at + 1);
      entries.push(s);
      at++;
    },
    current: () => entries[at],
    back: () => void at--,
  };
}

describe('createUrlSync', () => {
  it('writes every change at once; a drag stays one entry, a settled change starts a new one', () => {
    vi.useFakeTimers();
    const h = fakeHistory('?v=1');
    const sync = createUrlSync(h, 1000, 150);
    sync.change('v=1&x=0'); // the opened link, normalized: same entry
    vi.advanceTimersByTime(1500);
    sync.change('v=1&x=1');
    expect(h.current()).toBe('?v=1&x=1');
    vi.advanceTimersByTime(200);
    sync.change('v=1&x=2');
    expect(h.current()).toBe('?v=1&x=2');
    vi.advanceTimersByTime(1500);
    sync.change('v=1&x=3');
    expect(h.entries).toEqual(['?v=1&x=0', '?v=1&x=2', '?v=1&x=3']);
  });

  it('after Back, the page normalizing the entry stays in it, and the next change pushes', () => {
    vi.useFakeTimers();
    const h = fakeHistory('');
    const sync = createUrlSync(h, 1000);
    vi.advanceTimersByTime(10);
    sync.change('a=1');
    vi.advanceTimersByTime(1500);
    sync.change('a=2');
    h.back();
    sync.popped();
    sync.change('a=1'); // equal: nothing written
    vi.advanceTimersByTime(10);
    sync.change('a=3');
    expect(h.entries).toEqual(['', '?a=1', '?a=3']);
    expect(h.at()).toBe(2);
  });
});

describe('createUrlSync during a drag', () => {
  it('writes the bar at most every 150 ms, and the last value always lands', () => {
    vi.useFakeTimers();
    const h = fakeHistory('');
    let writes = 0;
    const counted = {
      ...h,
      replace: (s: string) => (writes++, h.replace(s)),
      push: (s: string) => (writes++, h.push(s)),
    };
    const sync = createUrlSync(counted, 1000, 150);
    vi.advanceTimersByTime(10);
    for (let i = 1; i <= 30; i++) {
      sync.change(`x=${i}`);
      vi.advanceTimersByTime(16);
    }
    // 30 moves over 480 ms: the push, then about one write per 150 ms.
    expect(writes).toBeLessThanOrEqual(5);
    vi.advanceTimersByTime(200);
    expect(h.current()).toBe('?x=30');
    expect(h.entries).toEqual(['', '?x=30']);
  });

  it('Back drops a pending write', () => {
    vi.useFakeTimers();
    const h = fakeHistory('');
    const sync = createUrlSync(h, 1000, 150);
    vi.advanceTimersByTime(10);
    sync.change('a=1');
    sync.change('a=2'); // within 150 ms: pending
    h.back();
    sync.popped();
    vi.advanceTimersByTime(500);
    expect(h.current()).toBe('');
  });
});

describe('createUrlSync when the page is left', () => {
  it('flush writes the pending change at once', () => {
    vi.useFakeTimers();
    const h = fakeHistory('');
    const sync = createUrlSync(h, 1000, 400);
    vi.advanceTimersByTime(10);
    sync.change('a=1');
    sync.change('a=2');
    expect(h.current()).toBe('?a=1');
    sync.flush();
    expect(h.current()).toBe('?a=2');
  });
});
