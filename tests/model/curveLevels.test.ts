import { describe, expect, it } from 'vitest';
import {
  CURVE_LEVELS,
  CURVE_SPAN,
  SHARE_GRID,
  curveLevels,
  fullReachTotal,
  scenarioAtLevel,
  splitOf,
} from '../../src/model/curveLevels';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import { fullReachBudget } from '../../src/model/runs';
import { AREAS } from '../../src/model/types';
import { splitEnvelope } from '../../src/state/scenarioEdit';

const hedemora = scenarioFromPresets(defaultScenario(), 'hedemora', 'hedemora');

describe('curveLevels', () => {
  it('gives 41 levels by default: zero, then evenly in log budget from top / 100 to the top', () => {
    const lv = curveLevels(hedemora);
    expect(lv.budgets).toHaveLength(CURVE_LEVELS.default);
    expect(lv.budgets[0]).toBe(0);
    expect(lv.budgets[1]).toBeCloseTo(lv.top / CURVE_SPAN, -1);
    expect(lv.budgets.at(-1)).toBeCloseTo(lv.top, -1);
    const ratios = lv.budgets.slice(2).map((b, i) => b / lv.budgets[i + 1]);
    ratios.forEach((r) => expect(r).toBeCloseTo(Math.pow(CURVE_SPAN, 1 / 39), 3));
  });

  it('keeps the current split: whole kronor per area, summing to the level, never falling along the curve', () => {
    const lv = curveLevels(hedemora, { levels: 60 });
    expect(lv.split).toBe('current');
    expect(lv.shares).toEqual({ detect: 1 / 3, parent: 0, firstline: 1 / 3, school: 1 / 3 });
    lv.areas.forEach((row, l) => {
      expect(row.reduce((t, v) => t + v, 0)).toBe(lv.budgets[l]);
      row.forEach((v) => expect(Number.isInteger(v)).toBe(true));
      if (l > 0) row.forEach((v, k) => expect(v).toBeGreaterThanOrEqual(lv.areas[l - 1][k]));
      expect(row[1]).toBe(0);
    });
  });

  it('tops out where every area with a share reaches its cap (the last of them), or at a chosen maximum', () => {
    // Hedemora's plan: a third each to detect, firstline, school; the first line caps last
    const top = fullReachBudget(hedemora, 'firstline') * 3;
    expect(fullReachTotal(hedemora, splitOf(hedemora).shares)).toBeCloseTo(top, 6);
    expect(curveLevels(hedemora).top).toBeCloseTo(top, 6);
    const capAt = curveLevels(hedemora).capAt;
    expect(capAt.parent).toBeNull();
    expect(capAt.firstline).toBeCloseTo(top, 6);
    expect(capAt.detect).toBeCloseTo(fullReachBudget(hedemora, 'detect') * 3, 6);
    expect(Math.max(capAt.detect!, capAt.school!)).toBeLessThan(top);
    const lv = curveLevels(hedemora, { max: 9e6, levels: 2 });
    expect(lv.budgets).toEqual([0, 9e6]);
    // never below the scenario's own total
    const big = { ...hedemora, detect: 5e8 };
    expect(curveLevels(big).top).toBeGreaterThanOrEqual(5e8 + 1e6);
  });

  it('gives the same levels for budgets in the same proportions, up to whole-kronor rounding (the total moved)', () => {
    const base = curveLevels(hedemora);
    let uneven = 0;
    for (const total of [1_000_000, 1_600_000, 2_345_678, 7_777_777, 20_000_001]) {
      const moved = { ...hedemora, ...splitEnvelope(total, hedemora) };
      if (moved.detect !== moved.school) uneven++; // whole kronor: a third each is not exact
      expect(curveLevels(moved)).toEqual(base);
    }
    expect(uneven).toBeGreaterThan(0);
    // a different split gives other levels
    const other = { ...hedemora, school: hedemora.school + 50_000 };
    expect(curveLevels(other).areas).not.toEqual(base.areas);
  });

  it('keeps shares on the grid (SHARE_GRID steps in all, thirds exact), summing to 1; a tiny share counts as none', () => {
    const onGrid = (sh: Record<string, number>) => {
      AREAS.forEach((a) => expect(Math.abs(sh[a] * SHARE_GRID - Math.round(sh[a] * SHARE_GRID))).toBeLessThan(1e-9));
      expect(AREAS.reduce((t, a) => t + Math.round(sh[a] * SHARE_GRID), 0)).toBe(SHARE_GRID);
    };
    const s = { ...hedemora, detect: 1_000_000, parent: 333_333, firstline: 1, school: 0 };
    const { shares } = splitOf(s);
    onGrid(shares);
    expect(shares.firstline).toBe(0); // 1 kr of 1.33 MSEK
    expect(shares.detect / shares.parent).toBeCloseTo(3, 12);
    expect(curveLevels(s).capAt.firstline).toBeNull();
    // two shares on half a step: each rounded, they would take SHARE_GRID + 1 steps
    const halves = { ...hedemora, detect: 2 * SHARE_GRID - 1, parent: 1, firstline: 0, school: 0 };
    onGrid(splitOf(halves).shares);
    expect(splitOf(hedemora).shares.detect).toBe(1 / 3);
  });

  it('splits evenly across the four areas when the plan is empty', () => {
    const none = scenarioFromPresets(defaultScenario(), 'hedemora', 'none');
    const lv = curveLevels(none, { levels: 5 });
    expect(lv.split).toBe('even');
    AREAS.forEach((a) => expect(lv.shares[a]).toBe(0.25));
    const at = scenarioAtLevel(none, lv, 4);
    expect(at.detect).toBe(at.school);
    expect(at.duration).toBe(none.duration);
  });

  it('refuses a level count outside 2..200 and a negative or infinite maximum', () => {
    for (const levels of [1, 201, 2.5, Number.NaN]) expect(() => curveLevels(hedemora, { levels })).toThrow(/levels/);
    for (const max of [-1, Infinity, Number.NaN]) expect(() => curveLevels(hedemora, { max })).toThrow(/maximum/);
  });
});
