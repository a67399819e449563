import { describe, expect, it } from 'vitest';
import {
  annuityFromSixteen,
  drawRunParams,
  expectedEligible,
  layout,
  pilotShares,
  eligibleShares,
  RHO_GRID,
  planYears,
  rampFactor,
} from '../../src/model/cohort';
import {
  AREA_SPECS,
  PAYER_SHARES,
  P_EXCLUSION_AT_RISK,
  P_EXCLUSION_NOT_AT_RISK,
  VISIBLE_SHARE,
} from '../../src/model/assumptions';
import { defaultScenario } from '../../src/model/params';
import { PLAN_PRESETS } from '../../src/model/presets';
import { Xor128 } from '../../src/model/rng';

describe('cohort helpers', () => {
  it('rampFactor reaches full capacity after `rampup` years', () => {
    expect(rampFactor(0, 0)).toBe(1);
    expect([0, 1, 2].map((y) => rampFactor(1, y))).toEqual([0.5, 1, 1]);
    expect([0, 1, 2, 3].map((y) => rampFactor(2, y))).toEqual([1 / 3, 2 / 3, 1, 1]);
  });

  it('planYears is the duration, or the whole horizon for an ongoing plan', () => {
    const s = defaultScenario();
    expect(planYears({ ...s, duration: 3 })).toBe(3);
    expect(planYears({ ...s, duration: 0 })).toBe(20);
    expect(planYears({ ...s, duration: 40 })).toBe(20);
  });

  it('expectedEligible: one cohort a year for parental support (a course a child); the visible 20 % of 7-15 for school', () => {
    const s = defaultScenario();
    expect(expectedEligible(s, 'parent')).toBe(150);
    expect(expectedEligible(s, 'school')).toBeCloseTo(150 * 9 * VISIBLE_SHARE, 9);
  });

  it('eligibleShares: exact at grid points, between its neighbours elsewhere, the same in any order', () => {
    const a = eligibleShares(0.9);
    expect(Array.from(a.detected)).toEqual(Array.from(pilotShares(0.9).detected));
    const m = eligibleShares(0.925);
    const lo = pilotShares(0.9).detected[10];
    const hi = pilotShares(0.95).detected[10];
    expect(m.detected[10]).toBeCloseTo((lo + hi) / 2, 12);
    expect(RHO_GRID[RHO_GRID.length - 1]).toBe(0.99);
  });

  it('pilotShares: visible needs split into known and unknown, known growing with age', () => {
    const p = pilotShares(0.9);
    for (let a = 0; a < 16; a++) expect(Math.abs(p.detected[a] + p.undetected[a] - VISIBLE_SHARE)).toBeLessThan(0.01);
    expect(p.detected[15]).toBeGreaterThan(p.detected[2]);
  });

  it('layout samples only populations above 5 000 births', () => {
    expect(layout(defaultScenario()).sampled).toBe(false);
    const l = layout({ ...defaultScenario(), births: 100_100 });
    expect(l.sampled).toBe(true);
    expect(l.n * l.w).toBeCloseTo(100_100, 9);
  });

  it('drawRunParams is fixed without uncertainty and varies with it', () => {
    const s = { ...defaultScenario(), uncertainty: 0 };
    const p = drawRunParams(s, new Xor128('p'));
    expect(p.d[0]).toBe(AREA_SPECS.detect.cautious);
    expect(p.cost[3]).toBe(AREA_SPECS.school.cost);
    expect(p.fade).toBe(s.fadeout);
    expect(p.rho).toBe(s.rho);
    expect([p.pExclusionAtRisk, p.pExclusionEligible]).toEqual([P_EXCLUSION_AT_RISK, P_EXCLUSION_NOT_AT_RISK]);
    const q = drawRunParams({ ...s, uncertainty: 1 }, new Xor128('p'));
    expect(q.d[0]).not.toBe(p.d[0]);
    expect(q.rho).not.toBe(p.rho);
    expect(q.d.every((d) => d >= 0)).toBe(true);
    // every drawn quantity stays inside its stated range (evidence.ts), over many runs
    const g = new Xor128('ranges');
    for (let i = 0; i < 300; i++) {
      const r = drawRunParams({ ...s, uncertainty: 1 }, g);
      expect(r.rho).toBeGreaterThanOrEqual(0.8 - 1e-12);
      expect(r.rho).toBeLessThanOrEqual(0.97 + 1e-12);
      expect(r.fade).toBeGreaterThanOrEqual(0);
      expect(r.fade).toBeLessThanOrEqual(0.184);
      expect(r.pExclusionAtRisk).toBeGreaterThanOrEqual(0.45 - 1e-12);
      expect(r.pExclusionAtRisk).toBeLessThanOrEqual(0.65 + 1e-12);
      expect(r.pExclusionEligible).toBeGreaterThanOrEqual(0.035 - 1e-12);
      expect(r.pExclusionEligible).toBeLessThanOrEqual(0.07 + 1e-12);
      expect(r.exclusionCost).toBeGreaterThanOrEqual(10e6 - 1e-3);
      expect(r.exclusionCost).toBeLessThanOrEqual(16e6 + 1e-3);
      expect(r.cost[1]).toBeGreaterThanOrEqual(1_700 - 1e-9);
      expect(r.cost[1]).toBeLessThanOrEqual(7_700 + 1e-9);
    }
  });
});

describe('economics assumptions', () => {
  it('annuityFromSixteen at 0 % is 1, and at 3.5 % is the hand sum over ages 20..64', () => {
    expect(annuityFromSixteen(0)).toBeCloseTo(1, 12);
    let t = 0;
    for (let k = 4; k <= 48; k++) t += 1.035 ** -k / 45;
    expect(annuityFromSixteen(0.035)).toBeCloseTo(t, 12);
  });

  it('exclusion shares give 12 % of a Hedemora cohort in lifelong exclusion', () => {
    const p = 20 / 150;
    expect(p * P_EXCLUSION_AT_RISK + (1 - p) * P_EXCLUSION_NOT_AT_RISK).toBeCloseTo(0.12, 3);
    expect(Object.values(PAYER_SHARES).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(PAYER_SHARES.school + PAYER_SHARES.social + PAYER_SHARES.income).toBeCloseTo(0.34, 12);
  });

  it("Hedemora's rule of thumb: one or two self-supporting children a cohort repay the yearly investment", () => {
    const s = defaultScenario();
    const plan = PLAN_PRESETS.hedemora;
    const yearly = (plan.detect ?? 0) + (plan.parent ?? 0) + (plan.firstline ?? 0) + (plan.school ?? 0);
    expect(yearly).toBe(1_500_000);
    const municipalShare = PAYER_SHARES.school + PAYER_SHARES.social + PAYER_SHARES.income;
    // one child who becomes self-supporting instead of excluded: the municipality's share, as PV at 16
    const oneSelfSupporting = s.exclusionCost * municipalShare * annuityFromSixteen(s.discount);
    expect(oneSelfSupporting).toBeGreaterThan(yearly);
    // in the model's terms a child moved out of the at-risk path avoids exclusion with probability 0.496:
    // two such children repay the yearly investment
    const movedOut = (P_EXCLUSION_AT_RISK - P_EXCLUSION_NOT_AT_RISK) * oneSelfSupporting;
    expect(movedOut).toBeLessThan(yearly);
    expect(2 * movedOut).toBeGreaterThan(yearly);
  });
});
