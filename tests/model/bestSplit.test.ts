import { describe, expect, it } from 'vitest';
import { bestSplit, withSplit } from '../../src/model/bestSplit';
import type { BestSplitProgress } from '../../src/model/bestSplit';
import { curvePoint } from '../../src/model/curve';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import type { MunicipalityName, PlanName } from '../../src/model/presets';
import { judgedIndex, simulate, simulateRuns } from '../../src/model/simulate';
import { AREAS } from '../../src/model/types';
import type { Scenario } from '../../src/model/types';

const preset = (m: MunicipalityName, p: PlanName, extra: Partial<Scenario> = {}): Scenario => ({
  ...scenarioFromPresets(defaultScenario(), m, p),
  ...extra,
});

describe('bestSplit', () => {
  for (const [name, s] of [
    ['hedemora, its plan', preset('hedemora', 'hedemora')],
    ['hedemora, reading B with study effects', preset('hedemora', 'hedemora-yearly', { effects: 'studies' })],
    ['torshalla', preset('hedemora', 'torshalla')],
  ] as const) {
    it(`${name}: helps at least as many as the current split and as each single-area split (same seed)`, () => {
      const r = bestSplit(s, { runs: 40, seed: 'split' });
      expect(r.best.helped).toBeGreaterThanOrEqual(r.current.helped);
      for (const a of AREAS) expect(r.best.helped).toBeGreaterThanOrEqual(r.singles[a].helped);
      expect(r.difference.helped).toBeCloseTo(r.best.helped - r.current.helped, 12);
      // the figures are those of a full simulation of that split
      const sc = { ...s, ...r.best.budgets };
      const full = simulate(sc, { runs: 40, seed: 'split' });
      expect(r.best.helped).toBe(full.effect.helped.mean[judgedIndex(s, s.horizon)]);
      expect(r.best.probability).toBe(full.halving.probability);
      expect(AREAS.reduce((t, a) => t + r.best.budgets[a], 0)).toBe(r.total);
    });
  }

  it('finds a better split than the current one where one exists, and says by how much', () => {
    // Hedemora's three-year plan meets the target cohort at school age: school attendance helps it most
    const r = bestSplit(preset('hedemora', 'hedemora'), { runs: 60, seed: 'split' });
    expect(r.best.helped).toBeGreaterThan(r.current.helped);
    expect(r.difference.expected).toBeLessThan(0);
    expect(r.best.budgets.school).toBeGreaterThan(r.current.budgets.school);
    expect(r.objective).toBe('helped-target-year');
  });

  it('reports progress after every split it simulates, with the best so far', () => {
    const seen: BestSplitProgress[] = [];
    const r = bestSplit(preset('hedemora', 'hedemora'), { runs: 20, seed: 'p', onProgress: (p) => seen.push(p) });
    expect(seen).toHaveLength(r.evaluations);
    seen.forEach((p, i) => expect(p.evaluations).toBe(i + 1));
    for (let i = 1; i < seen.length; i++) expect(seen[i].best.helped).toBeGreaterThanOrEqual(seen[i - 1].best.helped);
    expect(seen.at(-1)!.best).toEqual(r.best);
  });

  it('stops at maxEvaluations, and gives the current split back when the total is zero', () => {
    expect(bestSplit(preset('hedemora', 'hedemora'), { runs: 10, seed: 'm', maxEvaluations: 8 }).evaluations).toBe(8);
    const none = bestSplit(preset('hedemora', 'none'), { runs: 10, seed: 'z' });
    expect(none.total).toBe(0);
    expect(none.best.helped).toBe(0);
    expect(none.difference).toEqual({ helped: 0, expected: 0, probability: 0 });
  });

  it('withSplit keeps the total in whole kronor', () => {
    const s = preset('hedemora', 'hedemora');
    const w = withSplit(s, [1 / 3, 0, 1 / 3, 1 / 3]);
    expect(AREAS.map((a) => w[a])).toEqual([500000, 0, 500000, 500000]);
    const odd = withSplit({ ...s, detect: 1, firstline: 1, school: 1 }, [0.5, 0.5, 0, 0]);
    expect(AREAS.map((a) => odd[a])).toEqual([2, 1, 0, 0]);
    expect(curvePoint(w, simulateRuns(w, 'x', 0, 5)).helped).toBeGreaterThanOrEqual(0);
  });
});
