import { describe, expect, it } from 'vitest';
import { browserStorage } from '../../../src/ui/views/storage';

describe('browserStorage', () => {
  it('returns a storage that can be read', () => {
    const st = { getItem: () => null, setItem: () => {} } as unknown as Storage;
    expect(browserStorage(() => st)).toBe(st);
  });
  it('returns null when there is none, or when touching it throws (private mode, sandboxed frame)', () => {
    expect(browserStorage(() => undefined)).toBeNull();
    expect(
      browserStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(browserStorage(() => throwing)).toBeNull();
  });
});
