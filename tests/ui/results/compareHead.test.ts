import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/model/presets';
import { compareHeads, planOf } from '../../../src/ui/results/compareHead';

describe('compare column heads', () => {
  it('names the preset plan a scenario runs, custom when a budget was moved', () => {
    expect(planOf(resolveScenario('hedemora', 'hedemora'))).toBe('hedemora');
    expect(planOf(resolveScenario('sweden', 'torshalla'))).toBe('torshalla');
    expect(planOf(resolveScenario('hedemora', 'none'))).toBe('none');
    expect(planOf({ ...resolveScenario('hedemora', 'hedemora'), school: 123_000 })).toBe('custom');
  });

  it('heads A with its label and its plan, the current column with its plan', () => {
    const a = { label: 'A', scenario: resolveScenario('hedemora', 'nacka') };
    const h = compareHeads(a, resolveScenario('hedemora', 'hedemora'), 'sv');
    expect(h.a).toEqual({ label: 'A', plan: 'Nacka: 558 000 kr använda' });
    expect(h.now).toEqual({ label: 'Nuvarande plan', plan: 'Hedemora: 4,5 mnkr på 3 år' });
    expect(compareHeads({ ...a, label: 'Budget 2027' }, a.scenario, 'en').a).toEqual({
      label: 'Budget 2027',
      plan: 'Nacka: SEK 558,000 used',
    });
  });
});
