import { describe, expect, it } from 'vitest';
import { toJson, toTable } from '../../src/cli/report';
import { simulateRuns, summarize } from '../../src/model/simulate';
import { defaultScenario } from '../../src/model/params';

describe('report', () => {
  const s = { ...defaultScenario(), school: 1e6, duration: 3 };
  const batch = simulateRuns(s, 'r', 0, 5);
  const result = summarize(s, 'r', batch);

  it('toTable has one row per year and the vision, economics and contributions lines', () => {
    const t = toTable(result);
    for (const y of result.years) expect(t).toMatch(new RegExp(`^${y} `, 'm'));
    expect(t).toContain('Vision (halve)');
    expect(t).toContain('Economics (society):');
    expect(t).toContain('Contributions');
    expect(t).toMatch(/^ {2}municipality .*cost .*savings .*(paid back in \d{4}|not paid back by \d{4})/m);
    expect(t).toMatch(/^ {2}region .*bears no cost/m);
    expect(t).toContain('without a plan');
    expect(t).toContain('Unspent budget');
  });

  it('toJson adds runs x years arrays only with perRun', () => {
    expect(toJson(result, batch, false).runsAtRisk).toBeUndefined();
    const j = toJson(result, batch, true) as { runsAtRisk: number[][]; baselineRunsAtRisk: number[][] };
    expect(j.runsAtRisk).toHaveLength(5);
    expect(j.runsAtRisk[2]).toEqual(Array.from(batch.atRisk.subarray(40, 60)));
    expect(j.baselineRunsAtRisk[0]).toHaveLength(20);
  });
});
