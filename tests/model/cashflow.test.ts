import { describe, expect, it } from 'vitest';
import { LATER_COHORTS, cashflowLength, cashflows, paybackIndex } from '../../src/model/cashflow';
import { defaultScenario, targetProblem } from '../../src/model/params';
import { SAVING_ITEMS, itemAmount } from '../../src/model/payers';
import type { SavingItem } from '../../src/model/payers';
import { scenarioFromPresets } from '../../src/model/presets';
import { simulate, simulateRuns, summarize } from '../../src/model/simulate';
import { ACCOUNTS } from '../../src/model/types';
import type { RunBatch, Scenario } from '../../src/model/types';
import { drawRunParams, exclusionFactor } from '../../src/model/economics';
import { Xor128 } from '../../src/model/rng';
import { UNCERTAINTY_RANGES } from '../../src/model/evidence';

const hedemora = (extra: Partial<Scenario> = {}): Scenario => ({
  ...scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora'),
  ...extra,
});

/** One run, `years` years: spending per year, helped per headline cohort, helped per later cohort. */
function batch(years: number, spend: number[], helped: number[], later: number[] = []): RunBatch {
  const f = (xs: number[]) => Float64Array.from(xs);
  const zero = () => new Float64Array(years);
  const after = new Float64Array(LATER_COHORTS);
  later.forEach((v, j) => (after[j] = v));
  return {
    runStart: 0,
    runCount: 1,
    years,
    atRisk: f(helped.map((h) => 20 - h)),
    baselineAtRisk: f(helped.map(() => 20)),
    reached: { detect: zero(), parent: zero(), firstline: zero(), school: zero() },
    spending: { detect: f(spend), parent: zero(), firstline: zero(), school: zero() },
    leaveOneOut: { detect: f([0]), parent: f([0]), firstline: f([0]), school: f([0]) },
    helpedAfter: after,
    costFactor: f([1]),
    pictures: f([0, 0, 0]),
    cohort: { year: 2030, shown: 0, total: 150, sampled: false, neverAtRisk: 0, helped: 0, stillAtRisk: 0 },
  };
}

const item = (over: Partial<SavingItem>): SavingItem => ({
  key: 'x',
  ageFrom: 16,
  ageTo: 17,
  sek: 1000,
  payer: 'municipality',
  kind: 'cash',
  society: true,
  service: 'school',
  ...over,
});

describe('cash flows: an example checked by hand', () => {
  it('books each cost and saving in its year, discounted to the start year, per payer', () => {
    const s = { ...defaultScenario(), horizon: 3, discount: 0.1 };
    // The plan spends 500 in year 0. One child is helped in the cohort leaving school in year 2 (age 16 in year 2).
    const items = [
      item({ ageFrom: 16, ageTo: 17, sek: 1000 }), // municipality cash, resource: years 2 and 3
      item({ ageFrom: 18, ageTo: 18, sek: 2000, payer: 'state', kind: 'capacity' }), // state capacity: year 4
      item({ ageFrom: 17, ageTo: 17, sek: 300, society: false, service: 'income' }), // a transfer: year 3
    ];
    const c = cashflows(s, batch(3, [500, 0, 0], [0, 0, 1]), items);
    const m = c.payers.municipality;
    expect(m.cashflowStartYear).toBe(2026);
    expect(m.cashflow.length).toBe(cashflowLength(3));
    // Municipality: -500 in 2026; +1000/1.1^2 in 2028; (1000 + 300)/1.1^3 in 2029; nothing else.
    expect(m.cashflow[0]).toBeCloseTo(-500, 9);
    expect(m.cashflow[1]).toBe(0);
    expect(m.cashflow[2]).toBeCloseTo(1000 / 1.21, 9);
    expect(m.cashflow[3]).toBeCloseTo(1300 / 1.331, 9);
    expect(m.cashflow.slice(4).every((v) => v === 0)).toBe(true);
    expect(m.cost).toBeCloseTo(500, 9);
    expect(m.savings.lifetime).toBeCloseTo(1000 / 1.21 + 1300 / 1.331, 9);
    expect(m.savings.horizon).toBeCloseTo(1000 / 1.21, 9);
    // cumulative: -500, -500, 326.4: paid back in 2028
    expect(m.paybackYear).toBe(2028);
    // State: capacity only, not counted by default (cash only); shown as capacity.
    expect(c.payers.state.savings.capacity).toBeCloseTo(2000 / 1.1 ** 4, 9);
    expect(c.payers.state.savings.lifetime).toBe(0);
    expect(c.payers.state.paybackYear).toBeNull();
    // Society: the transfer is left out, the capacity counted; it bears the plan's cost.
    const soc = c.payers.society;
    expect(soc.cashflow[3]).toBeCloseTo(1000 / 1.331, 9);
    expect(soc.cashflow[4]).toBeCloseTo(2000 / 1.4641, 9);
    expect(soc.savings.lifetime).toBeCloseTo(1000 / 1.21 + 1000 / 1.331 + 2000 / 1.4641, 9);
    // With capacity counted the state's saving counts too.
    const withCap = cashflows({ ...s, capacity: 1 }, batch(3, [500, 0, 0], [0, 0, 1]), items);
    expect(withCap.payers.state.savings.lifetime).toBeCloseTo(2000 / 1.4641, 9);
  });

  it('the default table: one child helped in the year-0 cohort saves the municipality 28 % of the yearly exclusion cost x 0.496 at 20', () => {
    const s = { ...defaultScenario(), horizon: 11, discount: 0 };
    const c = cashflows(s, batch(11, new Array(11).fill(0), [1, ...new Array(10).fill(0)]));
    const yearly = (15e6 / 45) * (0.55 - 0.054);
    // Age 20 is year 4: municipal tax 0.11 + income support 0.12 + social care 0.05 (cash; staff time is capacity).
    expect(c.payers.municipality.cashflow[4]).toBeCloseTo(0.28 * yearly, 6);
    // Ages 13-15 fall before the start: never booked. Age 16-17: nothing; 18 (year 2): youth income support.
    expect(c.payers.municipality.cashflow[0]).toBe(0);
    expect(c.payers.municipality.cashflow[2]).toBe(20_000);
  });
});

describe("Hedemora's rule of thumb on cash flows", () => {
  it('one helped child saves the municipality 1.14 MSEK in cash (PV at 16): one or two repay a year of 1.5 MSEK', () => {
    // One child helped in the cohort leaving school in year 3, so its ages 13-15 fall in years 0-2 and are booked.
    const s = { ...defaultScenario(), horizon: 4 };
    const c = cashflows(s, batch(4, [0, 0, 0, 0], [0, 0, 0, 1]));
    const atSixteen = c.payers.municipality.savings.cash * 1.035 ** 3;
    expect(atSixteen / 1e6).toBeCloseTo(1.14, 2);
    expect((c.payers.municipality.savings.capacity * 1.035 ** 3) / 1e6).toBeCloseTo(0.34, 2);
    expect(1.5e6 / atSixteen).toBeGreaterThan(1);
    expect(1.5e6 / atSixteen).toBeLessThan(2);
  });
});

describe('cash flows: invariants', () => {
  it('no saving is booked before the helped child reaches the age at which it occurs', () => {
    const s = { ...defaultScenario(), horizon: 12, discount: 0.03 };
    for (const it of SAVING_ITEMS) {
      // One child helped in the cohort leaving school in year 11 (age 16 in year 11), one in the 5th later cohort.
      const helped = new Array(12).fill(0);
      helped[11] = 1;
      const b = batch(12, new Array(12).fill(0), helped);
      const c = cashflows({ ...s, capacity: 1 }, b, [it]);
      const acc = it.payer ?? 'society';
      const cf = c.payers[acc].cashflow;
      const first = cf.findIndex((v) => v !== 0);
      expect(first, it.key).toBe(11 - 16 + it.ageFrom);
      const last = cf.length - 1 - [...cf].reverse().findIndex((v) => v !== 0);
      expect(last, it.key).toBe(11 - 16 + it.ageTo);
      expect(cf[first]).toBeCloseTo(itemAmount(it, s) * Math.pow(1.03, -first), 6);
    }
  });

  it('payback year is the first year the cumulative cash flow turns non-negative, for every payer', () => {
    for (const extra of [{}, { planPayer: 'state' as const }, { capacity: 1 }, { duration: 0 }]) {
      const r = simulate(hedemora(extra), { runs: 60, seed: 'pay' });
      for (const a of ACCOUNTS) {
        const p = r.economics.payers[a];
        let cum = 0;
        let expected: number | null = null;
        let wasNegative = false;
        for (let t = 0; t < p.cashflow.length && expected === null; t++) {
          cum += p.cashflow[t];
          if (cum < 0) wasNegative = true;
          else if (wasNegative) expected = p.cashflowStartYear + t;
        }
        expect(p.paybackYear, `${a} ${JSON.stringify(extra)}`).toBe(p.cost > 0 ? expected : null);
        // The cash flow sums to the npv.
        expect(p.cashflow.reduce((t, v) => t + v, 0)).toBeCloseTo(p.npv, 3);
      }
    }
    expect(paybackIndex([-1, 0.5, 0.5, -3])).toBe(2);
    expect(paybackIndex([-1, 0.5])).toBe(-1);
  });

  it("with the municipality receiving every saving, its ratio equals society's", () => {
    // Every item's resource goes to the municipality (no transfers): the two accounts are computed by different
    // paths (payer share against the resource flag) but must agree.
    const items = SAVING_ITEMS.filter((i) => i.society).map((i) => ({ ...i, payer: 'municipality' as const }));
    const s = { ...hedemora(), capacity: 1 };
    const b = simulateRuns(s, 'all', 0, 80);
    const c = cashflows(s, b, items);
    expect(c.payers.municipality.bcr).not.toBeNull();
    expect(c.payers.municipality.bcr!).toBeCloseTo(c.payers.society.bcr!, 9);
    expect(c.payers.municipality.paybackYear).toBe(c.payers.society.paybackYear);
    // With the default table the municipality gets less than society.
    const d = cashflows(s, b);
    expect(d.payers.municipality.bcr!).toBeLessThan(d.payers.society.bcr!);
  });

  it('the paired difference is never negative in any run, and helped counts after the horizon neither', () => {
    for (const s of [hedemora(), hedemora({ detect: 5e6, parent: 2e6, duration: 0 })]) {
      const b = simulateRuns(s, 'pair', 0, 100);
      for (let i = 0; i < b.atRisk.length; i++) expect(b.baselineAtRisk[i] - b.atRisk[i]).toBeGreaterThanOrEqual(0);
      expect(b.helpedAfter.every((v) => v >= 0)).toBe(true);
      const r = summarize(s, 'pair', b);
      expect(Math.min(...r.effect.helped.p05)).toBeGreaterThanOrEqual(0);
      expect(r.effect.helpedTarget.p05).toBeGreaterThanOrEqual(0);
    }
  });

  it('the fund is repaid from the municipality cash savings, never more than its outlay', () => {
    const s = hedemora({ fund: 1, planPayer: 'state' });
    const r = simulate(s, { runs: 100, seed: 'fund' });
    const f = r.economics.fund!;
    expect(r.economics.planPayer).toBe('municipality');
    expect(f.outlay).toBeCloseTo(r.economics.cost, 6);
    expect(Math.max(...f.repaid)).toBeLessThanOrEqual(f.outlay + 1e-6);
    for (let t = 1; t < f.repaid.length; t++) expect(f.repaid[t]).toBeGreaterThanOrEqual(f.repaid[t - 1] - 1e-9);
    expect(f.repaidWithinHorizon).toBeLessThanOrEqual(f.repaidTotal);
    expect(simulate(hedemora(), { runs: 10, seed: 'fund' }).economics.fund).toBeNull();
    // By hand: outlay 500, municipality saves 1000/year undiscounted from year 2: repaid by 2028.
    const items = [item({ ageFrom: 16, ageTo: 17, sek: 1000 })];
    const c = cashflows({ ...defaultScenario(), horizon: 3, fund: 1 }, batch(3, [500, 0, 0], [0, 0, 1]), items);
    expect(c.fund!.repaid.slice(0, 4)).toEqual([0, 0, 500, 500]);
    expect(c.fund!.repaidYear).toBe(2028);
    expect(c.fund!.probabilityRepaid).toBe(1);
  });
});

describe('the target', () => {
  it('a horizon too short for the target year is a problem with the nearest valid year', () => {
    const s = defaultScenario();
    expect(targetProblem(s)).toBeNull();
    expect(targetProblem({ ...s, targetYear: 2045 })).toBeNull();
    expect(targetProblem({ ...s, targetYear: 2046 })?.nearest).toBe(2045);
    expect(targetProblem({ ...s, targetYear: 2027 })?.nearest).toBe(2028);
    expect(targetProblem({ ...s, targetYear: 2046 })?.message).toMatch(/2028 \.\. 2045/);
  });

  it('targetShare and targetYear move the target; the no-plan chance uses the same criterion', () => {
    const s = hedemora({ targetShare: 0.9, targetYear: 2040 });
    const r = simulate(s, { runs: 200, seed: 't' });
    expect(r.halving.target).toBeCloseTo(18, 9);
    expect(r.halving.targetYear).toBe(2040);
    expect(r.halving.fromYear).toBe(2038);
    // P(mean of 3 binomial(150, 0.133) <= 18): about 0.27 without a plan; the plan can only raise it.
    expect(r.halving.noPlanProbability).toBeGreaterThan(0.1);
    expect(r.halving.probability).toBeGreaterThanOrEqual(r.halving.noPlanProbability);
  });
});

describe('the exclusion shares drawn per run reach the economics', () => {
  const s = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');
  const central = {
    d: new Float64Array(4),
    cost: new Float64Array(4),
    fade: s.fadeout,
    rho: s.rho,
    exclusionCost: s.exclusionCost,
    pExclusionAtRisk: UNCERTAINTY_RANGES.pExclusionAtRisk.value,
    pExclusionEligible: UNCERTAINTY_RANGES.pExclusionEligible.value,
  };

  it('scales the adult savings by the drawn cost and the drawn difference in the chance of exclusion', () => {
    expect(exclusionFactor(s, central)).toBeCloseTo(1, 12);
    const gap = central.pExclusionAtRisk - central.pExclusionEligible;
    const wider = { ...central, pExclusionAtRisk: central.pExclusionEligible + 1.2 * gap };
    expect(exclusionFactor(s, wider)).toBeCloseTo(1.2, 12);
    expect(exclusionFactor(s, { ...wider, exclusionCost: s.exclusionCost / 2 })).toBeCloseTo(0.6, 12);
  });

  it('each run carries its own factor with uncertainty on (its own draws, not the cost alone), and 1 with it off', () => {
    const on = simulateRuns(s, 'x', 0, 50);
    let differsFromCostAlone = 0;
    for (let r = 0; r < 50; r++) {
      // The run's parameters, drawn as the run draws them (cohort.ts runSetup).
      const prm = drawRunParams(s, new Xor128(`x:${r}:P`));
      expect(on.costFactor[r]).toBe(exclusionFactor(s, prm));
      if (Math.abs(on.costFactor[r] - prm.exclusionCost / s.exclusionCost) > 1e-9) differsFromCostAlone++;
    }
    expect(differsFromCostAlone).toBeGreaterThan(40);
    const off = simulateRuns({ ...s, uncertainty: 0 }, 'x', 0, 20);
    expect([...off.costFactor].every((v) => v === 1)).toBe(true);
  });
});
