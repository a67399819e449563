import { describe, expect, it } from 'vitest';
import { EXACT_MAX_BIRTHS, exactRuns } from '../../src/model/exactRuns';
import { EXACT_MAX_BIRTHS as fromAssumptions } from '../../src/model/assumptions';
import { recommendedRuns } from '../../src/model/runs';
import { resolveScenario } from '../../src/model/presets';

describe('exactRuns', () => {
  it('is 1 000 up to EXACT_MAX_BIRTHS births and null above (the pilot decides), as recommendedRuns says', () => {
    expect(fromAssumptions).toBe(EXACT_MAX_BIRTHS);
    const base = resolveScenario('hedemora', 'hedemora');
    for (const births of [10, 150, EXACT_MAX_BIRTHS]) {
      expect(exactRuns({ births })).toBe(1000);
      expect(recommendedRuns({ ...base, births })).toBe(1000);
    }
    expect(exactRuns({ births: EXACT_MAX_BIRTHS + 1 })).toBeNull();
  });
});
