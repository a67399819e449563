import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/model/presets';
import { provisionalResult, expectedBaseline } from '../../../src/ui/charts/provisional';
import { halvingGeometry } from '../../../src/ui/charts/halving';
import { stripFigures, stripText } from '../../../src/ui/results/strip';
import { fixture } from '../fixtures';

describe('the first paint', () => {
  const s = resolveScenario('hedemora', 'hedemora');
  it('knows the baseline from the calibration: births × baseRisk, and the target at half of it', () => {
    expect(expectedBaseline(s)).toBeCloseTo(20, 10);
    const r = provisionalResult(s);
    expect(r.years).toHaveLength(s.horizon);
    expect(r.years[0]).toBe(s.startYear);
    expect(r.baseline.atRisk.mean.every((v) => Math.abs(v - 20) < 1e-9)).toBe(true);
    expect(r.halving.target).toBeCloseTo(10, 10);
    expect(r.halving.targetYear).toBe(s.startYear + 10);
  });
  it('draws the frame, baseline and target, and nothing of the plan (no NaN in any path)', () => {
    const g = halvingGeometry({ result: provisionalResult(s), width: 600, yMax: 30 });
    expect(g.baseline).toMatch(/^M/);
    expect(g.median).toBe('');
    expect(g.band50).toBe('');
    expect(g.band90).toBe('');
    expect(g.baseline).not.toContain('NaN');
    expect(Number.isFinite(g.targetY)).toBe(true);
  });
});

describe('the compact result strip', () => {
  it('shows the figure without a plan before any result, the rest once it arrives', () => {
    const s = resolveScenario('hedemora', 'hedemora');
    const before = stripFigures(s, null, 'sv');
    expect(before).toEqual({ year: 2036, withPlan: null, without: '20', chance: null });
    expect(stripText(before, 'sv')).toContain('…');
    const r = fixture('hedemora');
    const after = stripFigures(r.scenario, r, 'en');
    expect(after.withPlan).not.toBeNull();
    expect(after.chance).toMatch(/%/);
    expect(stripText(after, 'en')).toMatch(/^\d{4}: .* children at risk with the plan, .* without; chance/);
  });
});
