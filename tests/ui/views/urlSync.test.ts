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
    const sync = createUrlSync(h, 1000);
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
