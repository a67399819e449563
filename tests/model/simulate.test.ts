import { swedenBirths } from '../../src/model/populations';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeBatches, recommendedRuns, simulate, simulateRuns, summarize } from '../../src/model/simulate';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import type { MunicipalityName, PlanName } from '../../src/model/presets';
import { Phi, PhiInv } from '../../src/model/rng';
import { cohortBirths } from '../../src/model/sample';
import { AREAS } from '../../src/model/types';
import type { RunBatch, Scenario } from '../../src/model/types';

const preset = (m: MunicipalityName, p: PlanName, extra: Partial<Scenario> = {}): Scenario => ({
  ...scenarioFromPresets(defaultScenario(), m, p),
  ...extra,
});

/** All per-run values of one year index, as an array. */
const column = (data: Float64Array, runs: number, years: number, y: number) =>
  Array.from({ length: runs }, (_, r) => data[r * years + y]);

/** Mean over runs and years, and the variance within each year pooled over years (runs - 1 dof each). */
function pooled(data: Float64Array, runs: number, years: number, from = 0, to = years) {
  let total = 0;
  let ss = 0;
  for (let y = from; y < to; y++) {
    const col = column(data, runs, years, y);
    const m = col.reduce((t, v) => t + v, 0) / runs;
    total += m;
    ss += col.reduce((t, v) => t + (v - m) ** 2, 0);
  }
  const k = to - from;
  return { mean: total / k, variance: ss / (k * (runs - 1)), dof: k * (runs - 1), n: k * runs };
}

describe('simulate: calibration', () => {
  it('simulate(hedemora, no plan) gives about 20 of 150 at risk per cohort (13.3 %)', () => {
    const s = preset('hedemora', 'none', { uncertainty: 0 });
    const b = simulateRuns(s, 'calib', 0, 200);
    const p = s.baseRisk;
    const { mean, n } = pooled(b.baselineAtRisk, 200, s.horizon);
    const se = Math.sqrt((150 * p * (1 - p)) / n);
    expect(Math.abs(mean - 20)).toBeLessThan(4 * se);
  });

  it('simulate(sweden, no plan) gives 14.8 % of each cohort (SCB births per birth year) not eligible', () => {
    const s = preset('sweden', 'none');
    const b = simulateRuns(s, 'calib', 0, 100);
    const { mean, n } = pooled(b.baselineAtRisk, 100, s.horizon);
    // cohorts leaving school 2026..2045 are born 2010..2029: SCB's births, 100 100 after 2023
    const N = Array.from({ length: s.horizon }, (_, y) => cohortBirths(s, y));
    expect(N[0]).toBe(115_641);
    expect(N[10]).toBe(113_077);
    expect(N[19]).toBe(100_100);
    const expected = (N.reduce((t, v) => t + v, 0) / s.horizon) * 0.148;
    const se = Math.sqrt((expected * 0.852) / n);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
    // and year by year (100 runs each)
    for (let y = 0; y < s.horizon; y++) {
      let m = 0;
      for (let r = 0; r < 100; r++) m += b.baselineAtRisk[r * s.horizon + y] / 100;
      expect(Math.abs(m - N[y] * 0.148), String(y)).toBeLessThan(4 * Math.sqrt((N[y] * 0.148 * 0.852) / 100));
    }
  });

  it('with no parameter uncertainty and no plan the per-run count is binomial(births, baseRisk)', () => {
    const s = preset('hedemora', 'none', { uncertainty: 0 });
    const runs = 300;
    const b = simulateRuns(s, 'binom', 0, runs);
    const p = s.baseRisk;
    const { mean, variance, dof, n } = pooled(b.atRisk, runs, s.horizon);
    const v = 150 * p * (1 - p);
    expect(Math.abs(mean - 150 * p)).toBeLessThan(4 * Math.sqrt(v / n));
    // the sample variance of normal-ish data has standard error v * sqrt(2 / dof)
    expect(Math.abs(variance - v)).toBeLessThan(4 * v * Math.sqrt(2 / dof));
  });
});

describe('simulate: common random numbers', () => {
  it('simulateRuns(zero budget) equals the baseline run by run', () => {
    const s = preset('hedemora', 'hedemora', { detect: 0, firstline: 0, school: 0 });
    const b = simulateRuns(s, 'crn', 0, 50);
    expect(Array.from(b.atRisk)).toEqual(Array.from(b.baselineAtRisk));
    for (const a of AREAS) expect(b.spending[a].every((v) => v === 0)).toBe(true);
  });

  it('simulateRuns(sweden, zero budget) equals the baseline run by run', () => {
    const s = preset('sweden', 'none');
    const b = simulateRuns(s, 'crn', 0, 20);
    expect(Array.from(b.atRisk)).toEqual(Array.from(b.baselineAtRisk));
  });

  it('every scenario of one seed shares the same baseline children', () => {
    const a = simulateRuns(preset('hedemora', 'none'), 's', 0, 20);
    const b = simulateRuns(preset('hedemora', 'torshalla'), 's', 0, 20);
    expect(Array.from(b.baselineAtRisk)).toEqual(Array.from(a.baselineAtRisk));
  });

  it('more budget never raises the at-risk count (same seed, run by run and year by year)', () => {
    const runs = 40;
    let prev: Float64Array | null = null;
    for (const k of [0, 0.5, 1, 3, 10, 40]) {
      const s = preset('hedemora', 'none', { detect: 4e5 * k, parent: 3e5 * k, firstline: 5e5 * k, school: 4e5 * k });
      const b = simulateRuns(s, 'mono', 0, runs);
      if (prev) for (let i = 0; i < prev.length; i++) expect(b.atRisk[i]).toBeLessThanOrEqual(prev[i]);
      prev = b.atRisk;
    }
  });

  it('more budget never raises the expected count for a weighted sample (sweden)', () => {
    const means = [0, 1, 20].map((k) => {
      const s = preset('sweden', 'none', { detect: 5e6 * k, firstline: 5e6 * k, school: 5e6 * k, uncertainty: 0 });
      const r = simulate(s, { runs: 40, seed: 'mono' });
      return r.atRisk.mean.reduce((t, v) => t + v, 0);
    });
    expect(means[1]).toBeLessThanOrEqual(means[0]);
    expect(means[2]).toBeLessThan(means[1]);
  });
});

describe('simulate: reproducibility and chunking', () => {
  const s = preset('hedemora', 'hedemora');

  it('the same seed gives identical output; another seed gives different per-run values', () => {
    const a = simulateRuns(s, 'seed-a', 0, 30);
    const b = simulateRuns(s, 'seed-a', 0, 30);
    const c = simulateRuns(s, 'seed-b', 0, 30);
    expect(summarize(s, 'seed-a', a)).toEqual(summarize(s, 'seed-a', b));
    expect(Array.from(a.atRisk)).toEqual(Array.from(b.atRisk));
    expect(Array.from(c.atRisk)).not.toEqual(Array.from(a.atRisk));
  });

  it('simulateRuns(0..100) equals mergeBatches(simulateRuns(0..37), simulateRuns(37..100))', () => {
    const whole = simulateRuns(s, 'chunk', 0, 100);
    const parts = mergeBatches([simulateRuns(s, 'chunk', 37, 100), simulateRuns(s, 'chunk', 0, 37)]);
    expect(parts.runCount).toBe(100);
    expect(Array.from(parts.atRisk)).toEqual(Array.from(whole.atRisk));
    expect(summarize(s, 'chunk', parts)).toEqual(summarize(s, 'chunk', whole));
  });

  it('chunking also holds for weighted samples (sweden)', () => {
    const sw = preset('sweden', 'hedemora');
    const whole = simulateRuns(sw, 'chunk', 0, 6);
    const parts = mergeBatches([simulateRuns(sw, 'chunk', 0, 2), simulateRuns(sw, 'chunk', 2, 6)]);
    expect(summarize(sw, 'chunk', parts)).toEqual(summarize(sw, 'chunk', whole));
  });
});

describe('simulate: invariants', () => {
  it('children are conserved: the cohort picture adds up, counts stay within 0..baseline..births', () => {
    const s = preset('hedemora', 'hedemora', { detect: 3e6, school: 3e6, duration: 0 });
    const b = simulateRuns(s, 'cons', 0, 50);
    const c = b.cohort;
    expect(c.neverAtRisk + c.helped + c.stillAtRisk).toBe(c.shown);
    expect(c.shown).toBe(150);
    expect(c.sampled).toBe(false);
    expect(c.year).toBe(s.startYear + 10);
    for (let i = 0; i < b.atRisk.length; i++) {
      expect(b.atRisk[i]).toBeGreaterThanOrEqual(0);
      expect(b.atRisk[i]).toBeLessThanOrEqual(b.baselineAtRisk[i]);
      expect(b.baselineAtRisk[i]).toBeLessThanOrEqual(s.births);
    }
    // reached per year never exceeds the children alive in the area's age band
    for (const a of AREAS) for (const v of b.reached[a]) expect(v).toBeLessThanOrEqual(16 * s.births);
  });

  it('the cohort picture of a large population is a labelled sample of at most 400', () => {
    const r = simulate(preset('sweden', 'hedemora'), { runs: 2, seed: 'pic' });
    expect(r.cohort.sampled).toBe(true);
    expect(r.cohort.shown).toBe(400);
    expect(r.cohort.total).toBe(113_077); // the 2036 cohort, born 2020 (SCB)
    // Halved: the three cohorts leaving 2034-2036 (born 2018-2020, SCB) against half their expected count.
    const born = [2018, 2019, 2020].map((y) => swedenBirths(y));
    expect(r.halving.target).toBeCloseTo(((born[0] + born[1] + born[2]) / 3) * 0.148 * 0.5, 9);
    expect(r.cohort.neverAtRisk + r.cohort.helped + r.cohort.stillAtRisk).toBe(400);
  });

  it('percentiles are ordered p05 <= p25 <= p50 <= p75 <= p95 and the mean lies within p05..p95', () => {
    const r = simulate(preset('hedemora', 'torshalla'), { runs: 200, seed: 'pct' });
    for (const bands of [r.atRisk, r.baseline.atRisk])
      r.years.forEach((_, y) => {
        expect(bands.p05[y]).toBeLessThanOrEqual(bands.p25[y]);
        expect(bands.p25[y]).toBeLessThanOrEqual(bands.p50[y]);
        expect(bands.p50[y]).toBeLessThanOrEqual(bands.p75[y]);
        expect(bands.p75[y]).toBeLessThanOrEqual(bands.p95[y]);
        expect(bands.mean[y]).toBeGreaterThanOrEqual(bands.p05[y]);
        expect(bands.mean[y]).toBeLessThanOrEqual(bands.p95[y]);
      });
  });

  it('spending never exceeds the budget in expectation, and stops when a time-limited plan ends', () => {
    const s = preset('hedemora', 'hedemora');
    const r = simulate(s, { runs: 300, seed: 'spend' });
    for (const a of ['detect', 'firstline', 'school'] as const) {
      r.years.forEach((_, y) => {
        if (y >= 3) expect(r.spending[a][y]).toBe(0);
        else expect(r.spending[a][y]).toBeLessThan(s[a] * 1.1);
      });
      // full strength after the ramp-up year; the first line's places are planned for the needs known at
      // the detection lever's cap, so with Hedemora's detection budget part of them stay empty (unspent)
      expect(r.spending[a][1]).toBeGreaterThan(s[a] * (a === 'firstline' ? 0.6 : 0.8));
    }
    expect(r.spending.firstline[1]).toBeLessThan(s.firstline * 0.9);
    expect(r.spending.parent.every((v) => v === 0)).toBe(true);
  });

  it('recommendedRuns asks for fewer runs only for weighted samples with many candidates for support', () => {
    expect(recommendedRuns(preset('hedemora', 'none', { school: 1e9 }))).toBe(1000);
    expect(recommendedRuns(preset('sweden', 'none'))).toBe(1000);
    expect(recommendedRuns(preset('sweden', 'hedemora'))).toBe(1000);
    const big = (k: number) => preset('sweden', 'none', { detect: k, parent: k, firstline: k, school: k });
    // a course of parental support (3 000 SEK, one a child) reaches many more children than a year of
    // targeted support, so the candidate share climbs faster with the budget than it did
    expect(recommendedRuns(big(2e7))).toBe(500);
    expect(recommendedRuns(big(5e7))).toBe(200);
    expect(recommendedRuns(big(2e8))).toBe(100);
  });
});

describe('simulate: the liability threshold', () => {
  // Universal parental support reaching half of all children 0-6 (the area's cap), effect d, no fade:
  // cohorts born after the start carry protection d at 16 with probability 0.5, so
  // p1 = 0.5 p0 + 0.5 Phi(Phi^-1(p0) - d).
  const d = 0.3;
  const expected = (p0: number) => 0.5 * p0 + 0.5 * Phi(PhiInv(p0) - d);

  for (const [label, births, runs] of [
    ['an exact population of 4 000', 4000, 16],
    ['a weighted sample of Sweden', 100_100, 30],
  ] as const) {
    it(`reproduces p1 = Phi(Phi^-1(p0) - d) for ${label}`, () => {
      const s = preset('custom', 'none', {
        births,
        baseRisk: 0.148,
        parent: 1e10,
        effects: 'custom',
        dParent: d,
        fadeout: 0,
        rampup: 0,
        uncertainty: 0,
      });
      const b = simulateRuns(s, 'threshold', 0, runs);
      // cohorts leaving school in years 16..19 were born in or after startYear
      const { mean, variance, n } = pooled(b.atRisk, runs, s.horizon, 16, 20);
      const se = Math.sqrt(variance / n);
      expect(Math.abs(mean - births * expected(0.148))).toBeLessThan(4 * se + 1e-9);
      expect(mean).toBeLessThan(births * 0.148 * 0.9);
    });
  }
});

describe('simulate: weighted sampling keeps the expectation and the variance', () => {
  it('a sample of 200 a cohort (weight 10) matches the full simulation of 2 000 children', () => {
    const s = preset('custom', 'none', {
      births: 2000,
      baseRisk: 0.15,
      detect: 4e6,
      firstline: 4e6,
      school: 4e6,
      effects: 'studies',
      uncertainty: 0,
    });
    const runs = 150;
    const exact = simulateRuns(s, 'ws', 0, runs);
    const sample = simulateRuns(s, 'ws2', 0, runs, { exactMax: 1000, sampleSize: 200 });
    const from = 6; // cohorts with support at the plan's full strength
    const e = pooled(exact.atRisk, runs, s.horizon, from);
    const w = pooled(sample.atRisk, runs, s.horizon, from);
    // the plan matters: both are well below the baseline
    expect(e.mean).toBeLessThan(2000 * 0.15 - 5);
    // expectation: the difference of two independent means
    expect(Math.abs(e.mean - w.mean)).toBeLessThan(4 * Math.sqrt(e.variance / e.n + w.variance / w.n));
    // variance: the binomial variance of the expected share, within 4 standard errors of a sample variance
    for (const x of [e, w]) {
      const p = x.mean / 2000;
      const v = 2000 * p * (1 - p);
      expect(Math.abs(x.variance - v)).toBeLessThan(4 * v * Math.sqrt(2 / x.dof));
    }
  });
});

describe('simulate: summaries', () => {
  it('the halving target is half the expected baseline count, judged on the three cohorts up to start + 10', () => {
    const s = preset('hedemora', 'none');
    const r = simulate(s, { runs: 100, seed: 'h' });
    expect(r.halving.target).toBeCloseTo(10, 10);
    expect(r.halving.targetYear).toBe(2036);
    expect(r.halving.fromYear).toBe(2034);
    expect(r.halving.firstYearReached).toBeNull();
    expect(r.halving.probability).toBeLessThan(0.05);
    // With no plan the plan's chance is the no-plan chance, run by run the same criterion.
    expect(r.halving.noPlanProbability).toBe(r.halving.probability);
    expect(r.halving.criterion).toContain('2034-2036');
  });

  it('a plan large enough under study effects halves the count with high probability', () => {
    const s = preset('hedemora', 'none', {
      detect: 1e7,
      parent: 5e6,
      firstline: 2e7,
      school: 2e7,
      effects: 'custom',
      dDetect: 0.6,
      dParent: 0.3,
      dFirstline: 0.6,
      dSchool: 0.6,
      uncertainty: 0,
    });
    const r = simulate(s, { runs: 200, seed: 'big' });
    expect(r.halving.probability).toBeGreaterThan(0.5);
    expect(r.halving.firstYearReached).not.toBeNull();
    expect(r.halving.firstYearReached!).toBeLessThanOrEqual(2036);
  });

  it('contributions (leave-one-out) are non-negative and an unfunded area contributes nothing', () => {
    const r = simulate(preset('hedemora', 'torshalla', { parent: 3e6, firstline: 3e6, duration: 0 }), {
      runs: 200,
      seed: 'loo',
    });
    expect(r.contributions.detect).toBe(0);
    expect(r.contributions.school).toBe(0);
    expect(r.contributions.parent).toBeGreaterThan(0);
    expect(r.contributions.firstline).toBeGreaterThan(0);
  });

  it('summarize computes the economics of a hand-made batch exactly (the old fields are the society account)', () => {
    const s = { ...defaultScenario(), horizon: 3, discount: 0.1, detect: 1000, duration: 0 };
    const batch = handBatch();
    const r = summarize(s, 'x', batch);
    const e = r.economics;
    // spending 1000 in year 0 and 1100 in year 1: PV = 1000 + 1100 / 1.1 = 2000
    expect(e.cost).toBeCloseTo(2100, 9);
    expect(e.pvCost).toBeCloseTo(2000, 9);
    expect(e.unspent).toBeCloseTo(3000 - 2100, 9);
    const soc = e.payers.society;
    expect(e.pvBenefits).toBe(soc.savings.lifetime);
    expect(e.npv).toBe(soc.npv);
    expect(e.bcr).toBe(soc.bcr);
    expect(e.paybackYear).toBe(soc.paybackYear);
    expect(e.probBenefitsExceedCost).toBe(soc.probabilityPositive);
    expect(e.cumulativeCost).toEqual([1000, 2000, 2000].map((v) => expect.closeTo(v, 9)));
    // Paired effects: run 0 helps 0, 1, 2; run 1 helps 0, 0, 3.
    expect(r.effect.helped.mean).toEqual([0, 0.5, 2.5]);
    expect(r.effect.helpedTotal).toBeCloseTo(3, 12);
    // The municipality pays the plan by default; region and state bear no cost.
    expect(e.payers.municipality.cost).toBeCloseTo(2000, 9);
    expect(e.payers.region.cost).toBe(0);
    expect(e.payers.region.paybackYear).toBeNull();
  });
});

/** Two runs x three years: helped 0, 1, 2 and 0, 0, 3; one child helped in the first later cohort of run 0. */
function handBatch(): RunBatch {
  const f = (xs: number[]) => Float64Array.from(xs);
  const zero = () => f([0, 0, 0, 0, 0, 0]);
  const after = new Float64Array(32);
  after[0] = 1;
  return {
    runStart: 0,
    runCount: 2,
    years: 3,
    atRisk: f([20, 19, 18, 20, 20, 17]),
    baselineAtRisk: f([20, 20, 20, 20, 20, 20]),
    reached: { detect: f([1, 1, 1, 1, 1, 1]), parent: zero(), firstline: zero(), school: zero() },
    spending: { detect: f([1000, 1100, 0, 1000, 1100, 0]), parent: zero(), firstline: zero(), school: zero() },
    leaveOneOut: { detect: f([20, 20]), parent: zero(), firstline: zero(), school: zero() },
    helpedAfter: after,
    costFactor: f([1, 1]),
    pictures: f([0, 0, 0, 0, 0, 0]),
    cohort: { year: 2029, shown: 0, total: 150, sampled: false, neverAtRisk: 0, helped: 0, stillAtRisk: 0 },
  };
}

describe('simulate: property-based', () => {
  const scenarios = fc.record({
    births: fc.integer({ min: 10, max: 600 }),
    baseRisk: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    horizon: fc.integer({ min: 10, max: 25 }),
    detect: fc.double({ min: 0, max: 2e7, noNaN: true }),
    parent: fc.double({ min: 0, max: 2e7, noNaN: true }),
    firstline: fc.double({ min: 0, max: 2e7, noNaN: true }),
    school: fc.double({ min: 0, max: 2e7, noNaN: true }),
    duration: fc.integer({ min: 0, max: 40 }),
    effects: fc.constantFrom('cautious' as const, 'studies' as const, 'custom' as const),
    dDetect: fc.double({ min: 0, max: 1, noNaN: true }),
    dSchool: fc.double({ min: 0, max: 1, noNaN: true }),
    fadeout: fc.double({ min: 0, max: 1, noNaN: true }),
    rampup: fc.integer({ min: 0, max: 5 }),
    rho: fc.double({ min: 0, max: 0.99, noNaN: true }),
    discount: fc.double({ min: 0, max: 0.1, noNaN: true }),
    uncertainty: fc.constantFrom(0, 1),
  });

  const finite = (v: unknown): boolean =>
    typeof v === 'number' ? Number.isFinite(v) : Array.isArray(v) ? v.every(finite) : true;

  it('random scenarios give no NaN and counts within 0..births', () => {
    fc.assert(
      fc.property(scenarios, fc.boolean(), (over, sampled) => {
        const s = { ...defaultScenario(), ...over };
        const opts = sampled ? { exactMax: 5, sampleSize: 50 } : {};
        const b = simulateRuns(s, 'prop', 0, 3, opts);
        const r = summarize(s, 'prop', b);
        for (let i = 0; i < b.atRisk.length; i++) {
          if (!(b.atRisk[i] >= 0 && b.atRisk[i] <= b.baselineAtRisk[i] && b.baselineAtRisk[i] <= s.births))
            return false;
        }
        const e = r.economics;
        return (
          [r.atRisk, r.baseline.atRisk].every((x) => Object.values(x).every(finite)) &&
          finite([e.cost, e.pvCost, e.pvBenefits, e.npv, ...e.cumulativeCost, ...e.cumulativeBenefits]) &&
          AREAS.every((a) => finite(r.reached[a]) && finite(r.spending[a]) && Number.isFinite(r.contributions[a])) &&
          Number.isFinite(r.halving.probability)
        );
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});
