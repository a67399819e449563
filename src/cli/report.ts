/** Output of the command-line tool: the JSON object and the readable table. Pure. */
import { ACCOUNTS, AREAS } from '../model/types';
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
const pct = (p: number) => `${(p * 100).toFixed(1)} %`;

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
  const head = [
    'year',
    'at risk',
    'p05',
    'p25',
    'p50',
    'p75',
    'p95',
    'baseline',
    'helped',
    'h p05',
    'h p95',
    'reached',
    'spent MSEK',
  ];
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
    const helped = [r.effect.helped.mean[i], r.effect.helped.p05[i], r.effect.helped.p95[i]].map((v) =>
      num(v, 2).padStart(9),
    );
    out.push([String(y).padEnd(5), ...cells, ...helped, num(reached).padStart(9), msek(spent).padStart(9)].join(' '));
  });
  const h = r.halving;
  out.push('');
  const ht = r.effect.helpedTarget;
  out.push(
    `Vision (halve): ${h.criterion}. Chance with the plan ${pct(h.probability)}, without a plan ` +
      `${pct(h.noPlanProbability)}; the expected count reaches it ` +
      `${h.firstYearReached === null ? 'not within the horizon' : `in ${h.firstYearReached}`}`,
  );
  out.push(
    `Children helped (paired, baseline - plan): ${num(ht.mean, 2)} a cohort in ${h.fromYear}-${h.targetYear} ` +
      `(90 % range ${num(ht.p05, 2)} to ${num(ht.p95, 2)}); ${num(r.effect.helpedTotal, 2)} over every cohort of the horizon`,
  );
  const e = r.economics;
  out.push(
    `Economics (society): cost ${msek(e.cost)} MSEK (PV ${msek(e.pvCost)}), avoided costs PV ${msek(e.pvBenefits)} MSEK, ` +
      `NPV ${msek(e.npv)} MSEK, BCR ${e.bcr === null ? '-' : e.bcr.toFixed(2)}, ` +
      `chance benefits > costs ${(e.probBenefitsExceedCost * 100).toFixed(0)} %`,
  );
  out.push(
    `Payers (present value at ${s.startYear}, MSEK; the plan is paid by the ${e.planPayer}` +
      `${s.fund ? ' through its social investment fund' : ''}; savings counted: ` +
      `${s.capacity ? 'cash and freed capacity' : 'cash only (capacity shown apart)'}; society counts resources, not transfers):`,
  );
  for (const a of ACCOUNTS) {
    const p = e.payers[a];
    const end = p.cashflowStartYear + p.cashflow.length - 1;
    const payback =
      p.paybackYear !== null
        ? `paid back in ${p.paybackYear}`
        : p.cost > 0
          ? `not paid back by ${end}`
          : 'bears no cost';
    out.push(
      `  ${a.padEnd(12)} cost ${msek(p.cost).padStart(7)}  savings ${msek(p.savings.lifetime).padStart(7)} ` +
        `(within the horizon ${msek(p.savings.horizon)}; cash ${msek(p.savings.cash)}, capacity ${msek(p.savings.capacity)})  ` +
        `NPV ${msek(p.npv).padStart(7)}  BCR ${p.bcr === null ? '-' : p.bcr.toFixed(2)}  ${payback}  ` +
        `chance NPV > 0 ${pct(p.probabilityPositive)}`,
    );
  }
  if (e.fund) {
    const f = e.fund;
    out.push(
      `Social investment fund: paid ${msek(f.outlay)} MSEK; repaid ${msek(f.repaidWithinHorizon)} MSEK by ` +
        `${r.years[r.years.length - 1]}, ${msek(f.repaidTotal)} MSEK in all; ` +
        `${f.repaidYear === null ? 'never repaid in full' : `repaid in full in ${f.repaidYear}`} ` +
        `(chance of full repayment ${pct(f.probabilityRepaid)})`,
    );
  }
  const u = e.unspentReasons;
  if (u.total > 0.5) {
    const why = [
      u.rampup > 0.5 ? `ramp-up ${msek(u.rampup)}` : '',
      u.cap > 0.5 ? `reach caps ${msek(u.cap)} (too few eligible children for the budget)` : '',
      u.other > 0.5 ? `other ${msek(u.other)}` : '',
    ].filter(Boolean);
    const buy = u.elsewhere.map((x) => `${x.area} ${num(x.childYears, 0)} child-years`).join(', ');
    out.push(
      `Unspent budget ${msek(u.total)} MSEK: ${why.join(', ')}${buy ? `; the capped money would buy ${buy}` : ''}`,
    );
  }
  out.push(
    `Contributions to the ${h.targetYear} reduction (children, leave-one-out): ${AREAS.map(
      (a) => `${a} ${r.contributions[a].toFixed(2)}`,
    ).join(', ')}`,
  );
  const c = r.cohort;
  out.push(
    `Cohort ${c.year}, a typical future (run ${c.run ?? 0}, closest to the median): ${c.shown} of ${c.total} children${c.sampled ? ' (sample)' : ''}: ` +
      `never at risk ${c.neverAtRisk}, helped ${c.helped}, still at risk ${c.stillAtRisk}`,
  );
  if (elapsedMs !== undefined) out.push(`(${elapsedMs.toFixed(0)} ms)`);
  return out.join('\n');
}
