/** Output of the command-line tool: the JSON object and the readable table. Pure. */
import { AREAS } from '../model/types';
import type { RunBatch, SimResult } from '../model/types';

/** The --json object: the SimResult, plus per-run counts (runs x years) with --per-run. */
export function toJson(result: SimResult, batch: RunBatch, perRun: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { ...result };
  if (perRun) {
    const Y = batch.years;
    const rows = (data: Float64Array) =>
      Array.from({ length: batch.runCount }, (_, r) => Array.from(data.subarray(r * Y, (r + 1) * Y)));
    out.runsAtRisk = rows(batch.atRisk);
    out.baselineRunsAtRisk = rows(batch.baselineAtRisk);
  }
  return out;
}

const msek = (v: number) => (v / 1e6).toFixed(2);
const num = (v: number, d = 1) => v.toFixed(d);

export function toTable(r: SimResult, elapsedMs?: number): string {
  const s = r.scenario;
  const out: string[] = [];
  out.push(
    `Halvera cohort model: ${s.births} births/year, baseline ${(s.baseRisk * 100).toFixed(1)} % not eligible at 16, ` +
      `${r.runs} runs, seed "${r.seed}"${s.uncertainty ? '' : ', no parameter uncertainty'}`,
  );
  out.push(
    `Plan (SEK/year): ${AREAS.map((a) => `${a} ${s[a]}`).join(', ')}; ` +
      `${s.duration > 0 ? `${s.duration} years` : 'ongoing'}; effects ${s.effects}`,
  );
  out.push('');
  const head = ['year', 'at risk', 'p05', 'p25', 'p50', 'p75', 'p95', 'baseline', 'reached', 'spent MSEK'];
  out.push(head.map((h, i) => (i === 0 ? h.padEnd(5) : h.padStart(9))).join(' '));
  r.years.forEach((y, i) => {
    const reached = AREAS.reduce((t, a) => t + r.reached[a][i], 0);
    const spent = AREAS.reduce((t, a) => t + r.spending[a][i], 0);
    const cells = [
      r.atRisk.mean[i],
      r.atRisk.p05[i],
      r.atRisk.p25[i],
      r.atRisk.p50[i],
      r.atRisk.p75[i],
      r.atRisk.p95[i],
      r.baseline.atRisk.mean[i],
    ].map((v) => num(v).padStart(9));
    out.push([String(y).padEnd(5), ...cells, num(reached).padStart(9), msek(spent).padStart(9)].join(' '));
  });
  const h = r.halving;
  out.push('');
  out.push(
    `Vision (halve): target ${num(h.target)} at risk in the ${h.targetYear} cohort; ` +
      `chance ${(h.probability * 100).toFixed(1)} %; expected count reaches it ` +
      `${h.firstYearReached === null ? 'not within the horizon' : `in ${h.firstYearReached}`}`,
  );
  const e = r.economics;
  out.push(
    `Economics: cost ${msek(e.cost)} MSEK (PV ${msek(e.pvCost)}), avoided costs PV ${msek(e.pvBenefits)} MSEK, ` +
      `NPV ${msek(e.npv)} MSEK, BCR ${e.bcr === null ? '-' : e.bcr.toFixed(2)}, payback ${e.paybackYear ?? 'not within the horizon'}, ` +
      `chance benefits > costs ${(e.probBenefitsExceedCost * 100).toFixed(0)} %, unspent ${msek(e.unspent)} MSEK`,
  );
  out.push(
    `Avoided costs by payer (PV MSEK): ${Object.entries(e.byPayer)
      .map(([p, v]) => `${p} ${msek(v)}`)
      .join(', ')}`,
  );
  out.push(
    `Contributions to the ${h.targetYear} reduction (children, leave-one-out): ${AREAS.map(
      (a) => `${a} ${r.contributions[a].toFixed(2)}`,
    ).join(', ')}`,
  );
  const c = r.cohort;
  out.push(
    `Cohort ${c.year}, run 0: ${c.shown} of ${c.total} children${c.sampled ? ' (sample)' : ''}: ` +
      `never at risk ${c.neverAtRisk}, helped ${c.helped}, still at risk ${c.stillAtRisk}`,
  );
  if (elapsedMs !== undefined) out.push(`(${elapsedMs.toFixed(0)} ms)`);
  return out.join('\n');
}
