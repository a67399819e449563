import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { simulate } from '../../src/model/simulate';
import { run as parse } from './parsed';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('the simulate command', () => {
  it('exits with code 2 and names the key and its range for an out-of-range value', () => {
    const r = cli(['--set', 'births=5']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('births must be a number from 10 to 200000');
    expect(r.stdout).toBe('');
  });

  it('refuses a horizon too short for the target year with exit code 2, never moving it', () => {
    const r = cli(['--set', 'horizon=12', '--set', 'targetYear=2040']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('targetYear 2040 is outside the horizon');
    expect(r.stderr).toContain('2028 .. 2037');
    expect(r.stdout).toBe('');
  });

  it('--json prints one object with the resolved scenario, bands, halving, economics and per-run counts', () => {
    const r = cli(['--plan', 'hedemora', '--runs', '20', '--seed', 'cli', '--json', '--per-run']);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.scenario).toMatchObject({ births: 150, detect: 500_000, duration: 3 });
    expect(o.runs).toBe(20);
    expect(o.seed).toBe('cli');
    expect(o.years).toHaveLength(20);
    for (const k of ['mean', 'p05', 'p25', 'p50', 'p75', 'p95']) {
      expect(o.atRisk[k]).toHaveLength(20);
      expect(o.baseline.atRisk[k]).toHaveLength(20);
    }
    for (const k of ['targetYear', 'target', 'criterion', 'probability', 'noPlanProbability'])
      expect(o.halving).toHaveProperty(k);
    for (const k of ['mean', 'p05', 'p50', 'p95']) expect(o.effect.helped[k]).toHaveLength(20);
    expect(o.economics.cost).toBeGreaterThan(0);
    for (const a of ['municipality', 'region', 'state', 'society']) {
      const p = o.economics.payers[a];
      for (const k of ['cost', 'savings', 'npv', 'bcr', 'paybackYear', 'probabilityPositive', 'cashflowStartYear'])
        expect(p).toHaveProperty(k);
      expect(p.cashflow.length).toBeGreaterThan(60);
    }
    expect(Object.keys(o.contributions).sort()).toEqual(['detect', 'firstline', 'parent', 'school']);
    expect(o.runsAtRisk).toHaveLength(20);
    expect(o.runsAtRisk[0]).toHaveLength(20);
    expect(o.baselineRunsAtRisk).toHaveLength(20);
  });

  it('computes in chunks with the same numbers as one call', () => {
    const r = cli(['--plan', 'hedemora', '--runs', '300', '--seed', 'chunks', '--json']);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    const expected = simulate(parse(['--plan', 'hedemora']).scenario, { runs: 300, seed: 'chunks' });
    expect(o.halving).toEqual(JSON.parse(JSON.stringify(expected.halving)));
    expect(o.atRisk.mean).toEqual(expected.atRisk.mean);
  });

  it('refuses a run estimated at over a minute without --force, naming --runs', () => {
    const r = cli(['--preset', 'sweden', '--plan', 'hedemora', '--runs', '100000', '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/would take about \d+ s .*--runs.*--force/);
    expect(r.stdout).toBe('');
  });
});
