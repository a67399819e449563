/** The command-line tool's text for the investment curve and the best split (--curve, --best-split). Pure. */
import type { BestSplit, SplitResult } from '../model/bestSplit';
import type { Curve } from '../model/curve';
import { AREAS } from '../model/types';

const msek = (v: number) => (v / 1e6).toFixed(2);
const pct = (p: number) => `${(p * 100).toFixed(1)} %`;
const orDash = (v: number | null, f: (x: number) => string) => (v === null ? '-' : f(v));

/** The curve as a table, one row per level, and where the chance reaches 50 % and 80 %. */
export function curveTable(c: Curve): string {
  const split = AREAS.map((a) => `${a} ${(c.shares[a] * 100).toFixed(0)} %`).join(', ');
  const out = [
    `Investment curve: ${c.budgets.length} levels, ${c.runs} runs, seed "${c.seed}"; ` +
      `split kept: ${split}${c.split === 'even' ? ' (even: the plan is empty)' : ''}`,
    `Target year ${c.targetYear}: at most ${c.target.toFixed(1)} at risk (average of the three cohorts up to it)`,
    '',
  ];
  const head = ['MSEK/year', 'chance', 'at risk', 'p05', 'p95', 'helped', 'SEK/helped', 'bcr', 'payback'];
  out.push(head.map((h) => h.padStart(10)).join(' '));
  c.budgets.forEach((b, i) => {
    const cells = [
      msek(b),
      pct(c.probability[i]),
      c.expected[i].toFixed(1),
      c.p05[i].toFixed(1),
      c.p95[i].toFixed(1),
      c.helped[i].toFixed(2),
      orDash(c.costPerHelped[i], (v) => v.toFixed(0)),
      orDash(c.bcr[i], (v) => v.toFixed(2)),
      orDash(c.paybackYear[i], String),
    ];
    out.push(cells.map((x) => x.padStart(10)).join(' '));
  });
  out.push('');
  for (const q of ['0.5', '0.8'] as const) {
    const b = c.budgetFor[q];
    out.push(
      b === null
        ? `A ${Number(q) * 100} % chance is not reached on this curve (up to ${msek(c.budgets.at(-1) ?? 0)} MSEK a year).`
        : `A ${Number(q) * 100} % chance from ${msek(b)} MSEK a year.`,
    );
  }
  return out.join('\n');
}

const splitLine = (name: string, r: SplitResult) =>
  `${name.padEnd(14)} ${AREAS.map((a) => msek(r.budgets[a]).padStart(9)).join(' ')} ` +
  `${r.helped.toFixed(2).padStart(9)} ${r.expected.toFixed(2).padStart(9)} ${pct(r.probability).padStart(9)}`;

/** The best split beside the current one and the single-area splits. */
export function bestSplitText(b: BestSplit): string {
  return [
    `Best split of ${msek(b.total)} MSEK a year (the most children helped in the target year; ` +
      `${b.runs} runs, seed "${b.seed}", ${b.evaluations} splits tried)`,
    '',
    `${'split'.padEnd(14)} ${AREAS.map((a) => a.padStart(9)).join(' ')} ${'helped'.padStart(9)} ${'at risk'.padStart(9)} ${'chance'.padStart(9)}`,
    splitLine('best', b.best),
    splitLine('current', b.current),
    ...AREAS.map((a) => splitLine(`${a} only`, b.singles[a])),
    '',
    `Difference (best - current): ${b.difference.helped >= 0 ? '+' : ''}${b.difference.helped.toFixed(2)} helped, ` +
      `${b.difference.expected.toFixed(2)} at risk, ${(b.difference.probability * 100).toFixed(1)} points of chance.`,
  ].join('\n');
}
