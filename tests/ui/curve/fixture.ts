/**
 * A hand-made investment curve for drawing tests: smooth, the chance crossing 50 % and 80 %, a band, a cost per
 * child helped that rises with the budget. An input for drawing, not a model result.
 */
import type { Curve } from '../../../src/model/curve';

export function curveFixture(opts: { reach?: boolean } = {}): Curve {
  const reach = opts.reach ?? true;
  const top = 20_000_000;
  const n = 11;
  const budgets = Array.from({ length: n }, (_, i) => Math.round((top * i) / (n - 1)));
  const expected = budgets.map((b) => Math.round((20 - (reach ? 12 : 6) * (1 - Math.exp(-b / 6e6))) * 100) / 100);
  const probability = expected.map((e) => Math.round(Math.min(1, Math.max(0, (12 - e) / 4)) * 1000) / 1000);
  const helped = expected.map((e) => Math.round((20 - e) * 100) / 100);
  const share = { detect: 1 / 3, parent: 0, firstline: 1 / 3, school: 1 / 3 };
  const firstAt = (p: number) => {
    const i = probability.findIndex((v) => v >= p);
    return i < 0 ? null : budgets[i];
  };
  return {
    runs: 1000,
    seed: '1',
    budgets,
    areas: {
      detect: budgets.map((b) => Math.round(b / 3)),
      parent: budgets.map(() => 0),
      firstline: budgets.map((b) => Math.round(b / 3)),
      school: budgets.map((b) => b - 2 * Math.round(b / 3)),
    },
    shares: share,
    split: 'current',
    top,
    capAt: { detect: 6_000_000, parent: null, firstline: 20_000_000, school: 9_000_000 },
    budgetFor: { '0.5': firstAt(0.5), '0.8': firstAt(0.8) },
    targetYear: 2036,
    target: 10,
    noPlanProbability: 0,
    probability,
    expected,
    helped,
    p05: expected.map((e) => Math.round(e * 0.7 * 10) / 10),
    p95: expected.map((e) => Math.round(e * 1.3 * 10) / 10),
    costPerHelped: budgets.map((b, i) => (helped[i] > 0 ? Math.round((b * 3) / helped[i]) : null)),
    bcr: budgets.map((b) => (b > 0 ? 1.5 : null)),
    paybackYear: budgets.map((b) => (b > 0 ? 2040 : null)),
    payerBcr: budgets.map((b) => (b > 0 ? 0.6 : null)),
    payerPaybackYear: budgets.map(() => null),
  };
}
