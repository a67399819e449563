import { describe, expect, it } from 'vitest';
import { CITED_MUNICIPALITIES, OWN_RANGE } from '../../../src/model/data/municipalities';
import { ALL_MUNICIPALITIES, MUNICIPALITY_PRESETS, MUNICIPALITIES } from '../../../src/model/presets';
import { simulateRuns } from '../../../src/model/simulate';
import { defaultScenario } from '../../../src/model/params';
import { scenarioFromPresets, type MunicipalityName } from '../../../src/model/presets';

describe('data/municipalities: every cited preset carries its sources', () => {
  for (const c of CITED_MUNICIPALITIES) {
    for (const [what, f] of [
      ['births', c.births],
      ['notEligible', c.notEligible],
    ] as const) {
      it(`${c.name}: ${what} has a value, a year, a publisher, a title and an address`, () => {
        expect(f.value).toBeGreaterThan(0);
        expect(Number.isInteger(f.year) && f.year >= 2000 && f.year <= 2026).toBe(true);
        expect(f.source.publisher.trim().length).toBeGreaterThan(2);
        expect(f.source.title.trim().length).toBeGreaterThan(2);
        expect(Number.isInteger(f.source.year) && f.source.year >= f.year).toBe(true);
        // the address the page was read from: some county tables and press releases are on http or outside .se
        expect(f.source.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\S*$/);
        expect(f.quote.length).toBeGreaterThan(10);
      });
    }
    it(`${c.name}: the preset uses exactly the cited figures, within what "Min kommun" accepts`, () => {
      const p = MUNICIPALITY_PRESETS[c.id];
      expect(p.births).toBe(c.births.value);
      expect(p.baseRisk).toBe(c.notEligible.value);
      expect(c.births.value).toBeGreaterThanOrEqual(OWN_RANGE.births.min);
      expect(c.notEligible.value).toBeLessThanOrEqual(OWN_RANGE.share.max);
    });
  }

  it('ids are unique lower-case ascii and the list is ordered by births, largest first', () => {
    const ids = CITED_MUNICIPALITIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)?$/);
    const births = CITED_MUNICIPALITIES.map((c) => c.births.value);
    expect(births).toEqual([...births].sort((a, b) => b - a));
  });

  it('the two figures of a municipality come from two different pages (the sources list is keyed by address)', () => {
    for (const c of CITED_MUNICIPALITIES) expect(c.births.source.url, c.name).not.toBe(c.notEligible.source.url);
  });

  it('the cited municipalities are offered by the page, but are not seed presets (the reference numbers stay)', () => {
    for (const c of CITED_MUNICIPALITIES) {
      expect(ALL_MUNICIPALITIES).toContain(c.id);
      expect(MUNICIPALITIES as readonly string[]).not.toContain(c.id);
    }
  });
});

/** Mean and pooled variance over runs of the per-year baseline count. */
function pooled(data: Float64Array, runs: number, years: number) {
  let total = 0;
  let ss = 0;
  for (let y = 0; y < years; y++) {
    let m = 0;
    for (let r = 0; r < runs; r++) m += data[r * years + y] / runs;
    total += m;
    for (let r = 0; r < runs; r++) ss += (data[r * years + y] - m) ** 2;
  }
  return { mean: total / years, variance: ss / (years * (runs - 1)), n: years * runs };
}

describe('data/municipalities: calibration of presets of different sizes', () => {
  // Vaxholm (95, exact), Hedemora (150, exact), Malmö (4 429, exact), Göteborg (6 922, weighted sample), Stockholm (13 620, sample)
  const cases: [MunicipalityName, number][] = [
    ['vaxholm', 100],
    ['hedemora', 60],
    ['malmo', 12],
    ['goteborg', 12],
    ['stockholm', 12],
  ];
  for (const [m, runs] of cases) {
    it(`simulate(${m}, no plan): the baseline mean is within 4 standard errors of births × share`, () => {
      const s = { ...scenarioFromPresets(defaultScenario(), m, 'none'), uncertainty: 0 };
      const b = simulateRuns(s, 'calib-municipalities', 0, runs);
      const { mean, variance, n } = pooled(b.baselineAtRisk, runs, s.horizon);
      const expected = s.births * s.baseRisk;
      expect(variance).toBeGreaterThan(0);
      expect(Math.abs(mean - expected)).toBeLessThan(4 * Math.sqrt(variance / n));
    });
  }
});
