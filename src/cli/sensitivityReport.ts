/**
 * --sensitivity (issue 23): the tornado, the thresholds and the variance shares, computed step by step (signals
 * answered between the steps, progress on stderr) with the very functions of src/model/sensitivityRun.ts, and
 * printed as a table or JSON.
 */
import type { SimOptions } from '../model/sample';
import type { Assumption } from '../model/sensitivity';
import {
  THRESHOLD_AIM,
  assembleTornado,
  sortedBy,
  swing,
  threshold,
  thresholdCandidates,
  tornadoPiece,
  tornadoPieces,
} from '../model/sensitivityRun';
import type { Outcomes, Sensitivity, Threshold, Tornado } from '../model/sensitivityRun';
import type { RunBatch, Scenario } from '../model/types';
import { varianceShares } from '../model/varianceShares';

const nextTick = () => new Promise<void>((r) => setImmediate(r));

export async function sensitivityOf(
  s: Scenario,
  seed: string,
  runs: number,
  opts: SimOptions,
  batch: RunBatch,
  reporter: (what: string) => (done: number, total: number) => void,
): Promise<Sensitivity> {
  // The pieces of the tornado (tornadoEnds.ts): the central pass with every end it can give, then the others.
  const pieces = tornadoPieces(s, 1);
  const progress = reporter('sensitivity: tornado pieces');
  const got = new Map<string, Outcomes>();
  let central: Outcomes | null = null;
  for (const [i, piece] of pieces.entries()) {
    await nextTick();
    const p = tornadoPiece(s, seed, runs, piece, opts);
    central ??= p.central;
    for (const e of p.ends) got.set(`${e.id}:${e.end}`, e.outcomes);
    progress(i + 1, pieces.length);
  }
  const t: Tornado = assembleTornado(s, seed, runs, central!, got);
  const thresholds: Threshold[] = [];
  for (const row of thresholdCandidates(t))
    for (const budget of ['current', 'top'] as const) {
      await nextTick();
      thresholds.push(threshold(s, row, seed, runs, budget, THRESHOLD_AIM, opts));
    }
  return { tornado: t, thresholds, shares: varianceShares(s, seed, batch) };
}

export function sensitivityJson(x: Sensitivity): Record<string, unknown> {
  return {
    ...x,
    tornado: { ...x.tornado, bySwing: { atRisk: ids(x, 'atRisk'), chance: ids(x, 'chance'), npv: ids(x, 'npv') } },
  };
}
const ids = (x: Sensitivity, o: 'atRisk' | 'chance' | 'npv') => sortedBy(x.tornado.rows, o).map((r) => r.id);

const n = (v: number, d = 2) => v.toFixed(d);
const msek = (v: number) => (v / 1e6).toFixed(1);
const val = (a: Assumption, v: number) =>
  a.unit === 'SEK' ? `${Math.round(v).toLocaleString('en-US')} SEK` : String(Number(v.toPrecision(3)));
const pct = (p: number) => `${(100 * p).toFixed(1)} %`;

export function sensitivityText(x: Sensitivity): string {
  const t = x.tornado;
  const c = t.central;
  const head =
    `What decides the answer (${t.runs} runs, seed ${t.seed}; each assumption alone at the ends of its range)\n` +
    `central: at risk ${n(c.atRisk)} (se ${n(c.se.atRisk)}), chance ${pct(c.chance)}, municipality npv ${msek(c.npv)} MSEK`;
  const cols = ['assumption', 'low', 'high', 'at risk low/high', 'chance low/high', 'npv MSEK low/high', 'source'];
  const body = sortedBy(t.rows, 'atRisk').map((r) => [
    r.id,
    val(r, r.low),
    val(r, r.high),
    `${n(r.atLow.atRisk)} / ${n(r.atHigh.atRisk)}`,
    `${pct(r.atLow.chance)} / ${pct(r.atHigh.chance)}`,
    `${msek(r.atLow.npv)} / ${msek(r.atHigh.npv)}`,
    r.sources.length ? r.sources.join(', ') : 'assumption',
  ]);
  const w = cols.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (r: string[]) => r.map((v, i) => v.padEnd(w[i])).join('  ');
  const top = sortedBy(t.rows, 'chance')[0];
  const th = x.thresholds.map((h) => {
    const a = t.rows.find((r) => r.id === h.id)!;
    const where =
      h.budget === 'current' ? 'at the current budget' : `at the curve's top budget (${msek(h.total)} MSEK/year)`;
    if (h.value === null)
      return `  ${h.id} ${where}: not within its range (chance ${pct(h.atLow)} at ${val(a, a.low)}, ${pct(h.atHigh)} at ${val(a, a.high)})`;
    const ratio = a.central !== 0 ? `, ${n(h.value / a.central)} times the central value` : '';
    return `  ${h.id} ${where}: ${h.direction === 'atLeast' ? 'at least' : 'at most'} ${val(a, h.value)}${ratio} (chance ${pct(h.chance)} ± ${pct(h.se)})`;
  });
  const sh = x.shares;
  const shares = sh
    ? [
        `Share of the variance across runs each drawn assumption explains (first-order, ${sh.runs} runs, ${sh.bins} bins; below about ${pct(sh.noise)} not told from 0):`,
        ...sh.rows
          .slice()
          .sort((a, b) => b.npv - a.npv)
          .map((r) => `  ${r.id.padEnd(20)} npv ${pct(r.npv).padStart(7)}   at risk ${pct(r.atRisk).padStart(7)}`),
        `  ${'rest (chance, interactions)'.padEnd(20)} npv ${pct(sh.rest.npv).padStart(7)}   at risk ${pct(sh.rest.atRisk).padStart(7)}`,
      ]
    : ['Variance shares: none (uncertainty is off, nothing is drawn per run)'];
  return [
    head,
    line(cols),
    ...body.map(line),
    '',
    `Matters most for the chance: ${top ? `${top.id} (swing ${pct(swing(top, 'chance'))})` : '-'}`,
    `Thresholds (the value at which the target is reached with a ${pct(THRESHOLD_AIM)} chance):`,
    ...th,
    '',
    ...shares,
  ].join('\n');
}
