import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { Xor128 } from '../../src/model/rng';
import { simulateRuns } from '../../src/model/simulate';
import { binsFor, firstOrderIndex, varianceShares } from '../../src/model/varianceShares';

/** A synthetic case with a known answer: Y = X1 + X2² + ε (independent standard normals), Var = 1 + 2 + 1. */
function synthetic(seed: string, R: number) {
  const g = new Xor128(seed);
  const x1 = new Float64Array(R);
  const x2 = new Float64Array(R);
  const x3 = new Float64Array(R);
  const y = new Float64Array(R);
  for (let i = 0; i < R; i++) {
    x1[i] = g.normal();
    x2[i] = g.normal();
    x3[i] = g.normal(); // explains nothing
    y[i] = x1[i] + x2[i] * x2[i] + g.normal();
  }
  return { x1, x2, x3, y };
}

describe('first-order indices by binning', () => {
  it('recover a known answer (S1 = 1/4, S2 = 1/2 for a curved dependence, S3 = 0) within 4 standard errors', () => {
    const K = 12;
    const R = 4000;
    const est = Array.from({ length: K }, (_, k) => {
      const { x1, x2, x3, y } = synthetic(`syn${k}`, R);
      return [firstOrderIndex(x1, y), firstOrderIndex(x2, y), firstOrderIndex(x3, y)];
    });
    const truth = [0.25, 0.5, 0];
    for (let j = 0; j < 3; j++) {
      const v = est.map((e) => e[j]);
      const m = v.reduce((t, x) => t + x, 0) / K;
      const sd = Math.sqrt(v.reduce((t, x) => t + (x - m) ** 2, 0) / (K - 1));
      expect(Math.abs(m - truth[j])).toBeLessThanOrEqual(4 * Math.max(sd / Math.sqrt(K), 1e-3));
    }
    for (const e of est) expect(e[0] + e[1] + e[2]).toBeLessThanOrEqual(1);
  });

  it('is 0 for a constant outcome and 1 for an outcome that is the input', () => {
    const { x1 } = synthetic('c', 500);
    expect(firstOrderIndex(x1, new Float64Array(500).fill(3))).toBe(0);
    expect(firstOrderIndex(x1, x1)).toBeGreaterThan(0.99);
    expect(binsFor(1000)).toBe(16);
  });
});

describe('variance shares of the model', () => {
  const s = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');
  it('sum to at most 1 for the npv and the at-risk count, and are null without uncertainty', () => {
    const b = simulateRuns(s, 'vs', 0, 300);
    const v = varianceShares(s, 'vs', b)!;
    expect(v.rows.length).toBe(16);
    for (const k of ['npv', 'atRisk'] as const) {
      const sum = v.rows.reduce((t, r) => t + r[k], 0);
      expect(sum).toBeLessThanOrEqual(1);
      expect(v.rest[k]).toBeCloseTo(1 - sum, 12);
    }
    expect(
      varianceShares({ ...s, uncertainty: 0 }, 'vs', simulateRuns({ ...s, uncertainty: 0 }, 'vs', 0, 50)),
    ).toBeNull();
  });
});
