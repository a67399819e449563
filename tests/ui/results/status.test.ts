import { describe, expect, it } from 'vitest';
import { statusOf, type StatusMemory } from '../../../src/ui/results/status';

describe('the computing status', () => {
  it('says busy while computing, done on a new final result and unchanged when it reads the same', () => {
    const m: StatusMemory = { lastFinal: null };
    expect(statusOf(m, true, null)).toBe('busy');
    expect(statusOf(m, false, 'A')).toBe('done');
    expect(statusOf(m, true, null)).toBe('busy');
    expect(statusOf(m, false, 'A')).toBe('unchanged');
    expect(statusOf(m, true, null)).toBe('busy');
    expect(statusOf(m, false, 'B')).toBe('done');
  });
  it('is idle with no final result, and a preview does not count as the last final text', () => {
    const m: StatusMemory = { lastFinal: null };
    expect(statusOf(m, false, null)).toBe('idle');
    expect(m.lastFinal).toBeNull();
  });
});
