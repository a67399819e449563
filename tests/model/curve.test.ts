import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  curveLevels,
  curvePoint,
  curvePointsOf,
  curveRuns,
  levelBatch,
  scenarioAtLevel,
  simulateCurve,
  summarizeCurve,
} from '../../src/model/curve';
import type { Curve } from '../../src/model/curve';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import type { MunicipalityName, PlanName } from '../../src/model/presets';
import { judgedIndex, simulate, simulateRuns } from '../../src/model/simulate';
import type { Scenario } from '../../src/model/types';

const preset = (m: MunicipalityName, p: PlanName, extra: Partial<Scenario> = {}): Scenario => ({
  ...scenarioFromPresets(defaultScenario(), m, p),
  ...extra,
});
const FIELDS = [
  'probability',
  'expected',
  'helped',
  'p05',
  'p95',
  'costPerHelped',
  'bcr',
  'paybackYear',
  'payerBcr',
  'payerPaybackYear',
] as const;
/** Weighted samples of 300 children a cohort keep the tests fast (the curve takes the same options). */
const SMALL = { sampleSize: 300 };

describe('simulateCurve: each point equals a separate simulation at its budgets (same seed and runs)', () => {
  const cases: [string, Scenario, number, object][] = [
    ['hedemora, its plan (three areas, three years)', preset('hedemora', 'hedemora'), 60, {}],
    [
      'hedemora, reading B (ongoing, two-year ramp), study effects',
      preset('hedemora', 'hedemora-yearly', { effects: 'studies' }),
      40,
      {},
    ],
    ['torshalla plan (parental support, first line 6-12, turnover)', preset('hedemora', 'torshalla'), 40, {}],
    ['no plan: an even split of all four areas', preset('hedemora', 'none', { duration: 4 }), 30, {}],
    ['sweden (weighted sample), its births by year', preset('sweden', 'hedemora'), 6, SMALL],
    ['nacka (weighted sample), uncertainty off', preset('nacka', 'torshalla', { uncertainty: 0 }), 6, SMALL],
  ];
  for (const [name, s, runs, opts] of cases) {
    it(`${name}: the one-pass curve equals the curve of separate simulations, field by field`, () => {
      const o = { runs, seed: 'eq', levels: 9, ...opts };
      const pass = simulateCurve(s, o);
      const separate = simulateCurve(s, { ...o, method: 'separate' });
      for (const f of FIELDS) expect(pass[f], f).toEqual(separate[f]);
      expect(pass.budgets).toEqual(separate.budgets);
    });
  }

  it('random plans (budgets, duration, ramp-up, turnover, first-line ages, effects, payer): pass = separate', () => {
    const plan = fc.record({
      detect: fc.integer({ min: 0, max: 3e6 }),
      parent: fc.integer({ min: 0, max: 1e6 }),
      firstline: fc.integer({ min: 0, max: 4e6 }),
      school: fc.integer({ min: 0, max: 3e6 }),
      duration: fc.constantFrom(0, 1, 3, 7),
      rampup: fc.integer({ min: 0, max: 3 }),
      turnover: fc.constantFrom(0, 0.2),
      firstlineAgeMin: fc.constantFrom(0, 3, 6),
      effects: fc.constantFrom('cautious' as const, 'studies' as const),
      planPayer: fc.constantFrom('municipality' as const, 'state' as const),
      levels: fc.constantFrom(3, 17, 41),
    });
    fc.assert(
      fc.property(plan, ({ levels, ...p }) => {
        const s = preset('hedemora', 'none', p);
        const o = { runs: 4, seed: 'fc', levels };
        const pass = simulateCurve(s, o);
        const separate = simulateCurve(s, { ...o, method: 'separate' });
        for (const f of FIELDS) expect(pass[f], f).toEqual(separate[f]);
      }),
      { numRuns: 5, seed: 11 },
    );
  });

  it('every point agrees with the full result (simulate) at that level: chance, mean, band, helped, economics', () => {
    const s = preset('hedemora', 'hedemora-yearly', { effects: 'studies', targetShare: 0.8 });
    const curve = simulateCurve(s, { runs: 80, seed: 'full', levels: 7 });
    const lv = curveLevels(s, { levels: 7 });
    const ti = judgedIndex(s, s.horizon);
    curve.budgets.forEach((budget, l) => {
      const sl = scenarioAtLevel(s, lv, l);
      const r = simulate(sl, { runs: 80, seed: 'full' });
      expect(sl.detect + sl.parent + sl.firstline + sl.school).toBe(budget);
      expect(curve.probability[l]).toBe(r.halving.probability);
      expect(curve.expected[l]).toBe(r.atRisk.mean[ti]);
      expect(curve.p05[l]).toBe(r.atRisk.p05[ti]);
      expect(curve.p95[l]).toBe(r.atRisk.p95[ti]);
      expect(curve.helped[l]).toBe(r.effect.helped.mean[ti]);
      expect(curve.bcr[l]).toBe(r.economics.bcr);
      expect(curve.paybackYear[l]).toBe(r.economics.paybackYear);
      expect(curve.payerBcr[l]).toBe(r.economics.payers[r.economics.planPayer].bcr);
    });
    expect(curve.noPlanProbability).toBe(simulate(s, { runs: 80, seed: 'full' }).halving.noPlanProbability);
    // the figures move: with study effects an ongoing plan reaches a 20 % cut at the top
    expect(curve.probability.at(-1)).toBeGreaterThan(0.5);
    expect(curve.probability[0]).toBeLessThan(0.2);
  });

  it('runs split into chunks, in any order, give the same curve (the engine chunks them across workers)', () => {
    const s = preset('hedemora', 'hedemora');
    const lv = curveLevels(s, { levels: 6 });
    const one = curveRuns(s, lv, 'c', 0, 30);
    const whole = summarizeCurve(s, 'c', lv, one);
    const parts = [curveRuns(s, lv, 'c', 17, 30), curveRuns(s, lv, 'c', 0, 9), curveRuns(s, lv, 'c', 9, 17)];
    // straight from the chunks: each level's rows gathered in run order (what the summary's worker does)
    expect(summarizeCurve(s, 'c', lv, parts)).toEqual(whole);
    // the points in parts of levels are the points of the whole
    expect([...curvePointsOf(s, lv, parts, 0, 2), ...curvePointsOf(s, lv, parts, 2, 6)]).toEqual(
      curvePointsOf(s, lv, one, 0, 6),
    );
    // a chunk's level is its rows of the whole batch
    const l = 4;
    const level = levelBatch(parts[1], l);
    expect(level.atRisk).toEqual(levelBatch(one, l).atRisk.subarray(0, 9 * s.horizon));
  });

  it('the cost per child helped of a level batch equals that of the separate runs', () => {
    const s = preset('hedemora', 'hedemora');
    const lv = curveLevels(s, { levels: 5 });
    const cb = curveRuns(s, lv, 'k', 0, 20);
    const l = 3;
    const sl = scenarioAtLevel(s, lv, l);
    const p = curvePoint(sl, levelBatch(cb, l));
    expect(p.costPerHelped).toBe(curvePoint(sl, simulateRuns(sl, 'k', 0, 20)).costPerHelped);
    expect(p.costPerHelped).toBeGreaterThan(0);
  });
});

describe('simulateCurve: along the curve', () => {
  const check = (c: Curve) => {
    for (let l = 1; l < c.budgets.length; l++) {
      expect(c.budgets[l]).toBeGreaterThanOrEqual(c.budgets[l - 1]);
      expect(c.probability[l]).toBeGreaterThanOrEqual(c.probability[l - 1]);
      expect(c.expected[l]).toBeLessThanOrEqual(c.expected[l - 1]);
      expect(c.helped[l]).toBeGreaterThanOrEqual(c.helped[l - 1]);
    }
  };
  it('exact populations: the chance never falls, the expected number and every run count never rise', () => {
    for (const [s, seed] of [
      [preset('hedemora', 'hedemora', { effects: 'studies' }), 'm1'],
      [preset('hedemora', 'hedemora-yearly', { effects: 'studies' }), 'm2'],
      [preset('hedemora', 'torshalla'), 'm3'],
    ] as const) {
      const lv = curveLevels(s, { levels: 12 });
      const b = curveRuns(s, lv, seed, 0, 60);
      check(summarizeCurve(s, seed, lv, b));
      // stronger: with common random numbers each run's count in each year never rises with the budget
      const size = b.runCount * b.years;
      for (let l = 1; l < b.levels; l++)
        for (let i = 0; i < size; i++) expect(b.atRisk[l * size + i]).toBeLessThanOrEqual(b.atRisk[(l - 1) * size + i]);
    }
  });

  it('weighted samples: the mean never rises by more than its Monte Carlo noise, and falls from no plan to the top', () => {
    const s = preset('sweden', 'hedemora-yearly', { effects: 'studies' });
    const c = simulateCurve(s, { runs: 12, seed: 'w', levels: 8, ...SMALL });
    // a run's count is its baseline minus a noisy thinning, so it can rise by a little (MODEL.md); the mean at
    // each level stays within 2 % of the lowest mean of the levels below it
    for (let l = 1; l < c.budgets.length; l++)
      expect(c.expected[l]).toBeLessThan(Math.min(...c.expected.slice(0, l)) * 1.02);
    expect(c.expected.at(-1)!).toBeLessThan(c.expected[0] * 0.95);
    expect(c.helped.at(-1)!).toBeGreaterThan(c.helped[0]);
  });

  it('budgetFor is the first budget on the curve whose chance reaches 50 % and 80 %, or null', () => {
    const s = preset('hedemora', 'hedemora-yearly', { effects: 'studies', targetShare: 0.8 });
    const c = simulateCurve(s, { runs: 60, seed: 'b', levels: 15 });
    for (const q of [0.5, 0.8] as const) {
      const i = c.probability.findIndex((p) => p >= q);
      const got = c.budgetFor[String(q) as '0.5' | '0.8'];
      if (i < 0) expect(got).toBeNull();
      else {
        expect(got).toBe(c.budgets[i]);
        c.probability.slice(0, i).forEach((p) => expect(p).toBeLessThan(q));
      }
    }
    expect(c.budgetFor['0.5']).not.toBeNull();
    expect(c.budgetFor['0.8']).not.toBeNull();
    // the cautious effects do not halve Hedemora's number at any budget with this split
    const cautious = simulateCurve(preset('hedemora', 'hedemora'), { runs: 60, seed: 'b', levels: 15 });
    expect(cautious.budgetFor).toEqual({ '0.5': null, '0.8': null });
  });

  it('the same seed gives the same curve, another seed another one', () => {
    const s = preset('hedemora', 'hedemora');
    const a = simulateCurve(s, { runs: 20, seed: 'same', levels: 5 });
    expect(simulateCurve(s, { runs: 20, seed: 'same', levels: 5 })).toEqual(a);
    expect(simulateCurve(s, { runs: 20, seed: 'other', levels: 5 }).expected).not.toEqual(a.expected);
  });
});
