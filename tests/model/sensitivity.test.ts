import { describe, expect, it } from 'vitest';
import { AREA_SPECS } from '../../src/model/assumptions';
import { COST_RANGES, DOSE, UNCERTAINTY_RANGES } from '../../src/model/evidence';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { assumptionsOf, withAssumption } from '../../src/model/sensitivity';
import {
  chanceWith,
  mostDecisive,
  outcomesOf,
  sortedBy,
  swing,
  threshold,
  topBudgetScenario,
  tornado,
} from '../../src/model/sensitivityRun';
import { simulate, simulateRuns } from '../../src/model/simulate';
import { AREAS } from '../../src/model/types';

const hedemora = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');
const SEED = 'sens';
const RUNS = 100;

describe('the assumptions', () => {
  it('lists at least 15, each central inside its documented range', () => {
    const list = assumptionsOf(hedemora);
    expect(list.length).toBeGreaterThanOrEqual(15);
    for (const a of list) {
      expect(a.low).toBeLessThanOrEqual(a.central);
      expect(a.high).toBeGreaterThanOrEqual(a.central);
      expect(a.high).toBeGreaterThan(a.low);
    }
    const by = Object.fromEntries(list.map((a) => [a.id, a]));
    expect(by['effect.parent']).toMatchObject({ low: AREA_SPECS.parent.low, high: AREA_SPECS.parent.high });
    expect(by['cost.parent']).toMatchObject({ low: COST_RANGES.parent.low, high: COST_RANGES.parent.high });
    expect(by.dose).toMatchObject({ low: DOSE.ratio.low, high: DOSE.ratio.high });
    expect(by.rho).toMatchObject({ low: UNCERTAINTY_RANGES.rho.low, high: UNCERTAINTY_RANGES.rho.high });
  });

  it('leaves out the practice adjustment unless the effects are cautious', () => {
    expect(assumptionsOf({ ...hedemora, effects: 'studies' }).some((a) => a.id === 'adjustment')).toBe(false);
    expect(assumptionsOf({ ...hedemora, effects: 'custom' }).some((a) => a.id === 'linkage')).toBe(false);
  });
});

describe('the tornado', () => {
  const t = tornado(hedemora, SEED, RUNS);

  it('has each end equal to a separate simulation with that assumption set (same seed and runs)', () => {
    const central = outcomesOf(simulate(hedemora, { runs: RUNS, seed: SEED }));
    expect(t.central).toEqual(central);
    for (const row of t.rows)
      for (const [end, got] of [
        [row.low, row.atLow],
        [row.high, row.atHigh],
      ] as const) {
        const w = withAssumption(hedemora, row.id, end);
        const r = simulate(w.scenario, { runs: RUNS, seed: SEED, ...w.opts });
        const want = outcomesOf(r);
        expect(got.atRisk, `${row.id} at ${end}`).toBeCloseTo(want.atRisk, 9);
        expect(got.chance, `${row.id} at ${end}`).toBe(want.chance);
        expect(got.npv, `${row.id} at ${end}`).toBeCloseTo(want.npv, 3);
      }
  });

  it('moves the economics only for the economic assumptions, and the children for the effects', () => {
    const by = Object.fromEntries(t.rows.map((r) => [r.id, r]));
    for (const id of ['discount', 'exclusionCost', 'pExclusionAtRisk'] as const) {
      expect(by[id].atLow.atRisk).toBe(t.central.atRisk);
      expect(by[id].atLow.npv).not.toBe(by[id].atHigh.npv);
    }
    expect(by['effect.school'].atHigh.atRisk).toBeLessThan(by['effect.school'].atLow.atRisk);
  });

  it('sorts by swing, largest first', () => {
    for (const o of ['atRisk', 'chance', 'npv'] as const) {
      const s = sortedBy(t.rows, o).map((r) => swing(r, o));
      for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1]);
    }
    expect(mostDecisive(t)).not.toBeNull();
  });
});

describe('moving an effect up', () => {
  it('never raises the at-risk count, run by run and year by year', () => {
    for (const a of AREAS) {
      const as = assumptionsOf(hedemora).find((x) => x.id === `effect.${a}`)!;
      const lo = simulateRuns(hedemora, SEED, 0, 60, withAssumption(hedemora, as.id, as.low).opts);
      const mid = simulateRuns(hedemora, SEED, 0, 60, withAssumption(hedemora, as.id, as.central).opts);
      const hi = simulateRuns(hedemora, SEED, 0, 60, withAssumption(hedemora, as.id, as.high).opts);
      for (let i = 0; i < lo.atRisk.length; i++) {
        expect(mid.atRisk[i]).toBeLessThanOrEqual(lo.atRisk[i]);
        expect(hi.atRisk[i]).toBeLessThanOrEqual(mid.atRisk[i]);
      }
    }
  });
});

describe('the threshold', () => {
  // Custom effects of 0.6 at the curve's top budget: the chance moves from about 5 % to about 30 % over the school
  // effect's range (0.034 .. 0.6), so an aim of 15 % lies inside it.
  const s = {
    ...hedemora,
    effects: 'custom' as const,
    dDetect: 0.6,
    dParent: 0.6,
    dFirstline: 0.6,
    dSchool: 0.6,
  };
  const as = assumptionsOf(s).find((a) => a.id === 'effect.school')!;
  const runs = 200;

  it('gives, when set, a chance within one Monte Carlo standard error of the aim (a separate run)', () => {
    const th = threshold(s, as, SEED, runs, 'top', 0.15);
    expect(th.value).not.toBeNull();
    expect(th.direction).toBe('atLeast');
    const top = th.total;
    expect(top).toBeGreaterThan(hedemora.detect + hedemora.firstline + hedemora.school);
    const check = chanceWith({ ...s, ...topOf(s) }, 'effect.school', th.value!, SEED, runs);
    expect(check).toBe(th.chance);
    expect(Math.abs(check - 0.15)).toBeLessThanOrEqual(th.se);
    expect(th.value!).toBeGreaterThan(as.low);
    expect(th.value!).toBeLessThan(as.high);
  });

  it('says "not within its range" when no value of it reaches the aim', () => {
    const th = threshold(
      hedemora,
      assumptionsOf(hedemora).find((a) => a.id === 'dose')!,
      SEED,
      100,
      'current',
    );
    expect(th.value).toBeNull();
    expect(th.atLow).toBeLessThan(0.5 - th.se);
    expect(th.atHigh).toBeLessThan(0.5 - th.se);
  });
});

function topOf(s: typeof hedemora) {
  const t = topBudgetScenario(s);
  return { detect: t.detect, parent: t.parent, firstline: t.firstline, school: t.school };
}
