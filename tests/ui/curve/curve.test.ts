import { describe, expect, it } from 'vitest';
import { budgetTicks, curveGeometry, isZeroEverywhere, wrapWords } from '../../../src/ui/charts/curve';
import CurveChart from '../../../src/ui/curve/CurveChart.svelte';
import {
  budgetReaching,
  curveStatement,
  curveSummary,
  curveTable,
  seedPlanMarks,
} from '../../../src/ui/curve/curveText';
import { expectGolden, html, svgOf } from '../charts/golden';
import { curveFixture } from './fixture';

/** Non-breaking spaces (in amounts) as plain ones, for readable patterns. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

const fmt = { sek: (v: number) => `${v}`, count: (v: number) => `${v}`, pct: (v: number) => `${v * 100} %` };

describe('budgetTicks', () => {
  it('gives 0 and 1, 2, 5 x 10^k up to the top, thinned to the limit', () => {
    expect(budgetTicks(20_000_000, 50)).toEqual([
      0, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1e6, 2e6, 5e6, 1e7, 2e7,
    ]);
    const few = budgetTicks(20_000_000, 5);
    expect(few.length).toBeLessThanOrEqual(5);
    expect(few[0]).toBe(0);
    expect(few.at(-1)).toBe(2e7);
    expect(budgetTicks(0, 5)).toEqual([0]);
  });
});

describe('curveGeometry', () => {
  it('puts three panels one under the other on a shared budget axis, ticks apart', () => {
    const c = curveFixture();
    const g = curveGeometry(c, 640, fmt, [
      { label: 'X', budget: 3e6 },
      { label: 'far', budget: 9e9 },
    ]);
    expect(g.panels.chance.bottom).toBeLessThan(g.panels.count.top);
    expect(g.panels.count.bottom).toBeLessThan(g.panels.cost.top);
    expect(g.height).toBeGreaterThan(g.panels.cost.bottom);
    expect(g.x(0)).toBe(g.m.left);
    expect(g.x(c.top)).toBe(640 - g.m.right);
    for (let i = 1; i < g.xTicks.length; i++)
      expect(g.x(g.xTicks[i]) - g.x(g.xTicks[i - 1])).toBeGreaterThanOrEqual(g.fontSize * 5.5 - 1e-9);
    expect(g.xTicks[0]).toBe(0);
    // A mark beyond the top is left out; the target line sits at the target's height.
    expect(g.marks.map((m) => m.label)).toEqual(['X']);
    expect(g.targetY).toBeCloseTo(g.panels.count.y(10), 0);
    // One point per level in each line.
    expect(g.chance.match(/[ML]/g)).toHaveLength(c.budgets.length);
    // No cost at zero budget (nobody helped): that point is left out.
    expect(g.cost.match(/[ML]/g)).toHaveLength(c.budgets.length - 1);
  });

  it('marks the chance axis in even quarters', () => {
    const g = curveGeometry(curveFixture(), 640, fmt);
    expect(g.panels.chance.yTicks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const ys = g.panels.chance.yTicks.map((v) => g.panels.chance.y(v));
    for (let i = 2; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeCloseTo(ys[1] - ys[0], 9);
  });

  it('knows when the chance is 0 at every budget (the nulls of an unfinished curve aside)', () => {
    expect(isZeroEverywhere([0, 0, null, 0])).toBe(true);
    expect(isZeroEverywhere([0, 0.001, 0])).toBe(false);
    expect(isZeroEverywhere([null, null])).toBe(false);
    expect(curveGeometry(curveFixture(), 640, fmt).chanceZero).toBe(false);
    const none = { ...curveFixture(), probability: curveFixture().probability.map(() => 0) };
    expect(curveGeometry(none, 640, fmt).chanceZero).toBe(true);
  });

  it('wraps words to a width, never splitting one', () => {
    const text = 'Chansen är 0 % vid varje budget här, upp till 34 mnkr per år';
    expect(wrapWords(text, 2000, 14)).toEqual([text]);
    const narrow = wrapWords(text, 250, 14);
    expect(narrow.length).toBeGreaterThan(1);
    expect(narrow.join(' ')).toBe(text);
    for (const l of narrow) expect(l.length).toBeLessThanOrEqual(Math.floor(250 / (14 * 0.6)));
    expect(wrapWords('', 100, 14)).toEqual(['']);
  });

  it('is two panels when compact', () => {
    const g = curveGeometry(curveFixture(), 640, fmt, [], null, true);
    expect(g.height).toBeLessThanOrEqual(g.panels.cost.top);
    expect(g.height).toBeGreaterThan(g.panels.count.bottom);
  });
});

describe('the curve in words', () => {
  it('says where the chance reaches 50 % and 80 %', () => {
    const c = curveFixture();
    expect(budgetReaching(c, 0.5)).toBe(c.budgetFor['0.5']);
    const [first] = curveStatement(c, null, 'cautious', 'sv');
    expect(first).toMatch(/^Chansen når 50 % vid .+ per år och 80 % vid .+ per år\.$/);
  });

  it('says when it is out of reach, why, which caps bind, and what the other effects give', () => {
    const c = curveFixture({ reach: false });
    expect(c.budgetFor['0.5']).toBeNull();
    const lines = curveStatement(c, curveFixture(), 'cautious', 'en').map(plain);
    expect(lines[0]).toMatch(
      /^With these assumptions no budget reaches the target: even at SEK 20\.0m a year.*14 children remain at risk, where the target is 10\.$/,
    );
    expect(lines[1]).toMatch(/how small the effects/);
    expect(lines[2]).toMatch(/binds for early detection .*, shared first-line service .*, school attendance/i);
    expect(lines[3]).toMatch(/^With effects as published, the chance reaches 50 % at about/);
  });

  it('has a table row per level and a summary', () => {
    const c = curveFixture();
    const t = curveTable(c, 'sv');
    expect(t.rows).toHaveLength(c.budgets.length);
    expect(t.rows[0]).toHaveLength(t.columns.length);
    expect(t.rows[0][6]).toBe('–'); // no cost per child helped at zero
    expect(plain(curveSummary(c, 'sv'))).toMatch(
      /^Chansen att nå målet går från 0 % utan budget till 89 % vid 20 mnkr per år, där i snitt 8,4 barn/,
    );
  });

  it("scales the seed reports' plans to the population", () => {
    const at150 = seedPlanMarks(150, 'sv');
    const hed = at150.find((m) => m.label.startsWith('Hedemoras plan: 4,5 miljoner på tre år'))!;
    expect(hed.budget).toBe(1_500_000);
    const at300 = seedPlanMarks(300, 'sv');
    // Twice the children, twice the budget (to the krona: each is rounded on its own).
    at300.forEach((m, i) => expect(Math.abs(m.budget - 2 * at150[i].budget)).toBeLessThanOrEqual(1));
  });
});

describe('CurveChart', () => {
  it('draws the fixture (golden)', () => {
    const c = curveFixture();
    const body = html(CurveChart, {
      lang: 'sv',
      curve: c,
      reference: curveFixture({ reach: false }),
      plan: 1_500_000,
      marks: seedPlanMarks(150, 'sv'),
      width: 640,
    });
    for (const s of ['chance', 'expected', 'band', 'target', 'cost', 'reference-chance', 'marks'])
      expect(body).toContain(`data-series="${s}"`);
    expectGolden('curve-fixture', svgOf(body));
  });

  it('says in the chance panel that the chance is 0 everywhere, instead of a line along its floor', () => {
    const c = { ...curveFixture(), probability: curveFixture().probability.map(() => 0) };
    const body = html(CurveChart, { lang: 'sv', curve: c, reference: null, plan: 1_500_000, marks: [], width: 640 });
    expect(body).not.toContain('data-series="chance"');
    expect(plain(body)).toMatch(
      /data-series="chance-zero".*Chansen är 0 % vid varje budget här,.*upp till 20 mnkr per år/s,
    );
  });
});
