import { describe, expect, it } from 'vitest';
import { exactCohort, weightedCohort } from '../../src/model/children';
import { layout, runSetup } from '../../src/model/cohort';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { NORMAL_TABLE, Phi, hashU32 } from '../../src/model/rng';
import type { CohortAcc, RunCtx } from '../../src/model/runContext';
import type { Scenario } from '../../src/model/types';

const acc = (): CohortAcc => ({ base: 0, scen: 0, s1: 0, s2: 0, loo: new Float64Array(4), later: 0 });

/** A run's context, built as the model builds it (seed 'children', run 3). */
function setup(s: Scenario): RunCtx {
  const lay = layout(s);
  const reached = Array.from({ length: 4 }, () => new Float64Array(lay.H));
  return runSetup(s, 'children', 3, lay, reached, null).ctx;
}

/** Parental support (area 1, everybody aged 0-6) reaching every child in every plan year; nothing else. */
function parentOnly(ctx: RunCtx): void {
  const pi = ctx.reach.pi.map((row, k) => row.map((_, ty) => (k === 1 && ty < ctx.lay.planEnd ? 1 : 0)));
  ctx.reach = { ...ctx.reach, pi, maxPi: Float64Array.from([0, 1, 0, 0]), any: true };
}

const hedemora = (plan: 'none' | 'hedemora') => scenarioFromPresets(defaultScenario(), 'hedemora', plan);
const sweden = scenarioFromPresets(defaultScenario(), 'sweden', 'none');

describe('exactCohort (every child counted)', () => {
  it('with no budget the plan changes nobody: base == scen, leave-one-out == base, nobody helped later', () => {
    const ctx = setup(hedemora('none'));
    expect(ctx.reach.any).toBe(false);
    for (const ci of [0, ctx.lay.target, ctx.lay.H - 1]) {
      const a = acc();
      exactCohort(ctx, ci, a);
      expect(a.scen).toBe(a.base);
      if (ci === ctx.lay.target) expect(Array.from(a.loo)).toEqual([a.base, a.base, a.base, a.base]);
    }
    const later = acc();
    exactCohort(ctx, ctx.lay.H + 2, later);
    expect(later.later).toBe(0);
  });

  it('counts are bounded: 0 <= scen <= base <= n and scen <= loo_k <= base, for every cohort of a plan', () => {
    const ctx = setup(hedemora('hedemora'));
    for (let ci = 0; ci < ctx.lay.H; ci++) {
      const a = acc();
      exactCohort(ctx, ci, a);
      expect(a.scen).toBeGreaterThanOrEqual(0);
      expect(a.scen).toBeLessThanOrEqual(a.base);
      expect(a.base).toBeLessThanOrEqual(ctx.lay.n);
      if (ci === ctx.lay.target)
        for (const l of a.loo) {
          expect(l).toBeGreaterThanOrEqual(a.scen);
          expect(l).toBeLessThanOrEqual(a.base);
        }
    }
  });

  it('hand-checked: everybody reached by parental support at age 6 is at risk iff L16 > tau + d fadeAt[6]', () => {
    const ctx = setup(hedemora('none'));
    parentOnly(ctx);
    ctx.d = Float64Array.from([0, 1, 0, 0]); // a large effect, so the check has children to move
    // The target cohort is 6 in plan year 0: its only supported age is 6.
    const ci = ctx.lay.target;
    const P = ctx.d[1] * ctx.fadeAt[6];
    let base = 0;
    let scen = 0;
    for (let i = 0; i < ctx.lay.n; i++) {
      const L = NORMAL_TABLE[hashU32(ctx.k1, ctx.k2, (ci * ctx.lay.n + i) * 64) >>> 16];
      if (L > ctx.tau) base++;
      if (L > ctx.tau + P) scen++;
    }
    const a = acc();
    exactCohort(ctx, ci, a);
    expect(P).toBeGreaterThan(0);
    expect([a.base, a.scen]).toEqual([base, scen]);
    expect(scen).toBeLessThan(base);
    expect(ctx.reached[1][0]).toBe(ctx.lay.n); // every child of this cohort reached in year 0 (and others too)
  });
});

describe('weightedCohort (weighted sample)', () => {
  it('sums of P(helped | L15) lie in range: 0 <= s2 <= s1 <= n and 0 <= loo_k <= s1', () => {
    const ctx = setup({ ...sweden, detect: 5e7, parent: 5e7, firstline: 5e7, school: 5e7 });
    expect(ctx.lay.sampled).toBe(true);
    const a = acc();
    weightedCohort(ctx, ctx.lay.target, a);
    expect(a.s1).toBeGreaterThan(0);
    expect(a.s2).toBeGreaterThanOrEqual(0);
    expect(a.s2).toBeLessThanOrEqual(a.s1);
    expect(a.s1).toBeLessThanOrEqual(ctx.lay.n);
    for (const l of a.loo) {
      expect(l).toBeGreaterThanOrEqual(-1e-9);
      expect(l).toBeLessThanOrEqual(a.s1 + 1e-9);
    }
    expect([a.base, a.scen]).toEqual([0, 0]);
  });

  it('zero protection (all effects 0) gives zero: nobody helped, nothing later', () => {
    const ctx = setup({ ...sweden, detect: 5e7, parent: 5e7, firstline: 5e7, school: 5e7 });
    ctx.d = new Float64Array(4);
    for (const ci of [ctx.lay.target, ctx.lay.H + 1]) {
      const a = acc();
      weightedCohort(ctx, ci, a);
      expect([a.s1, a.s2, a.later, ...a.loo]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    }
  });

  it('hand-checked: with the same offset P for everybody, s1 / n estimates Phi(tau + P) - Phi(tau)', () => {
    const ctx = setup(sweden);
    parentOnly(ctx);
    const P = ctx.d[1] * ctx.fadeAt[6];
    const a = acc();
    weightedCohort(ctx, ctx.lay.target, a);
    const n = ctx.lay.n;
    const expected = Phi(ctx.tau + P) - Phi(ctx.tau);
    // plain standard error of a mean of ph values (stratification only lowers the true one)
    const se = Math.sqrt(Math.max(0, a.s2 / n - (a.s1 / n) ** 2) / n);
    expect(Math.abs(a.s1 / n - expected)).toBeLessThan(4 * se + 1e-6);
    expect(se).toBeLessThan(expected / 5); // the check is not vacuous
  });
});
