import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout, reachRates, runSetup } from '../../src/model/cohort';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { KNOWN_AT, O, candidates, drawPropensities, protectionFor } from '../../src/model/protection';
import { NORMAL_TABLE, hashU32 } from '../../src/model/rng';
import type { RunCtx } from '../../src/model/runContext';
import type { Scenario } from '../../src/model/types';

type Budgets = [number, number, number, number];

/** Every child's protection and per-area offsets in cohort ci under the context's current reach rates. */
function protections(ctx: RunCtx, ci: number): { P: Float64Array; O: Float64Array; known: Int32Array } {
  const { n } = ctx.lay;
  const P = new Float64Array(n);
  const off = new Float64Array(4 * n);
  const known = new Int32Array(n).fill(-1);
  const protect = protectionFor(ctx);
  ctx.w[0] = ctx.lay.wc[ci]; // as exactCohort / weightedCohort do: reach is tallied with the cohort's weight
  for (let i = 0; i < n; i++) {
    const c0 = (ci * n + i) * 64;
    drawPropensities(ctx.k1, ctx.k2, c0);
    const cand = candidates(ctx.reach.maxPi);
    if (cand === 0) continue;
    const L = NORMAL_TABLE[hashU32(ctx.k1, ctx.k2, c0) >>> 16];
    P[i] = protect(c0, cand, ci - 16, L, L, false);
    off.set(O, 4 * i);
    known[i] = KNOWN_AT[0];
  }
  return { P, O: off, known };
}

/** The same run (same seed, same parameter draws) of `s` under two sets of budgets. */
function twoBudgets(s: Scenario, lo: Budgets, hi: Budgets, run = 2) {
  const lay = layout(s);
  const reached = Array.from({ length: 4 }, () => new Float64Array(lay.H));
  const { ctx, prm } = runSetup(s, 'mono', run, lay, reached, null);
  const rLo = reachRates(s, lay, prm, lo);
  const rHi = reachRates(s, lay, prm, hi);
  return { ctx, rLo, rHi };
}

const budget = fc.double({ min: 0, max: 4e6, noNaN: true });
const budgets = fc.tuple(budget, budget, budget, budget);

describe('protection (per child)', () => {
  it('never decreases for any child or area when any budget rises (same seed, fast-check over budgets)', () => {
    fc.assert(
      fc.property(
        budgets,
        budgets,
        fc.constantFrom('hedemora', 'torshalla', 'hedemora-yearly') as fc.Arbitrary<'hedemora'>,
        fc.integer({ min: 0, max: 3 }),
        (b, extra, plan, run) => {
          const s = { ...scenarioFromPresets(defaultScenario(), 'hedemora', plan), uncertainty: 1 };
          const hi = b.map((v, k) => v + extra[k]) as Budgets;
          const { ctx, rLo, rHi } = twoBudgets(s, b as Budgets, hi, run);
          for (const ci of [4, 10, 16, 22, 28]) {
            ctx.reach = rLo;
            const lo = protections(ctx, ci);
            ctx.reach = rHi;
            const up = protections(ctx, ci);
            for (let i = 0; i < lo.P.length; i++) {
              if (up.P[i] < lo.P[i] - 1e-12) return false;
              for (let k = 0; k < 4; k++) if (up.O[4 * i + k] < lo.O[4 * i + k] - 1e-12) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 40, seed: 9 },
    );
  });

  it('the dose rule: a child supported for more years gets more protection, never more than 2 d', () => {
    const s = { ...scenarioFromPresets(defaultScenario(), 'hedemora', 'none'), uncertainty: 0, fadeout: 0 };
    const { ctx, rHi } = twoBudgets(s, [0, 0, 0, 0], [0, 0, 0, 1e9]);
    ctx.reach = rHi;
    // school work reaches a child for every year of ages 7-15 its need shows; no decay here
    const { O: off } = protections(ctx, 20);
    const d = ctx.d[3];
    const school = Array.from({ length: ctx.lay.n }, (_, i) => off[4 * i + 3]).filter((v) => v > 0);
    expect(school.length).toBeGreaterThan(10);
    const levels = new Set(school.map((v) => Math.round((v / d) * 1e6) / 1e6));
    expect(levels.has(1)).toBe(true); // one year: d
    expect(levels.has(1.5)).toBe(true); // two years: 1.5 d
    expect(Math.max(...levels)).toBeLessThan(2);
  });
});

describe('detection as a lever', () => {
  it('more early-detection budget: more children known by age 6, a superset, and the first line reaches more', () => {
    // 4 000 children a year (the largest exact population), an ongoing plan from before their birth,
    // the first line funded to its cap so every known need with a low propensity is served.
    const s = {
      ...scenarioFromPresets(defaultScenario(), 'hedemora', 'none'),
      births: 4_000,
      uncertainty: 0,
      duration: 0,
      rampup: 0,
    };
    const { ctx, rLo, rHi } = twoBudgets(s, [0, 0, 1e10, 0], [4e7, 0, 1e10, 0]);
    const ci = 20; // born in the plan's fourth year: ages 0-15 all inside the plan
    ctx.reach = rLo;
    const lo = protections(ctx, ci);
    const reachedLo = ctx.reached[2].reduce((t, v) => t + v, 0);
    ctx.reach = rHi;
    const hi = protections(ctx, ci);
    const reachedHi = ctx.reached[2].reduce((t, v) => t + v, 0) - reachedLo;
    const byAge6 = (k: Int32Array) => k.filter((a) => a >= 0 && a <= 6).length;
    for (let i = 0; i < lo.known.length; i++) if (lo.known[i] >= 0) expect(hi.known[i]).toBeGreaterThanOrEqual(0);
    expect(rHi.detLever.every((x, ty) => x >= rLo.detLever[ty])).toBe(true);
    expect(byAge6(hi.known)).toBeGreaterThan(byAge6(lo.known) * 1.2);
    expect(reachedHi).toBeGreaterThan(reachedLo);
  });

  it('with no detection budget the rate is ordinary services’ own (the lever is zero)', () => {
    const s = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');
    const { rLo } = twoBudgets(s, [0, 0, 5e5, 5e5], [0, 0, 5e5, 5e5]);
    expect(rLo.detLever.every((x) => x === 0)).toBe(true);
  });
});
