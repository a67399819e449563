import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUrlSync } from '../../../src/ui/views/urlSync';

afterEach(() => vi.useRealTimers());

describe('createUrlSync', () => {
  it('writes only the last of many quick changes, after the delay', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    let current = '';
    const sync = createUrlSync(
      (s) => writes.push((current = s)),
      () => current,
      300,
    );
    sync.schedule('a=1');
    vi.advanceTimersByTime(200);
    sync.schedule('a=2');
    vi.advanceTimersByTime(200);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(writes).toEqual(['?a=2']);
  });
  it('skips writing an address that is already there, and flush writes at once', () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const sync = createUrlSync(write, () => '?a=1', 300);
    sync.schedule('a=1');
    vi.advanceTimersByTime(500);
    expect(write).not.toHaveBeenCalled();
    sync.schedule('a=3');
    sync.flush();
    expect(write).toHaveBeenCalledWith('?a=3');
  });
  it('writes nothing after stop', () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const sync = createUrlSync(write, () => '', 300);
    sync.schedule('a=1');
    sync.stop();
    vi.advanceTimersByTime(1000);
    expect(write).not.toHaveBeenCalled();
  });
});
