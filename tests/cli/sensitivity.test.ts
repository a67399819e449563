import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../../src/cli/args';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
const base = ['--plan', 'hedemora', '--runs', '40', '--seed', 'clisens', '--json'];

describe('simulate --sensitivity', () => {
  it('prints the tornado whose ends equal separate runs with --assume (same seed and runs)', () => {
    const r = cli([...base, '--sensitivity']);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    const rows = o.sensitivity.tornado.rows as { id: string; low: number; high: number; atLow: never; atHigh: never }[];
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(o.sensitivity.thresholds.length).toBeGreaterThan(0);
    expect(o.sensitivity.shares.rows.length).toBe(16);
    for (const id of ['effect.school', 'discount']) {
      const row = rows.find((x) => x.id === id)!;
      const sep = JSON.parse(cli([...base, '--assume', `${id}=${row.high}`]).stdout);
      const ti = sep.years.indexOf(sep.halving.targetYear);
      const high = row.atHigh as { atRisk: number; chance: number; npv: number };
      expect(high.atRisk).toBeCloseTo(sep.atRisk.mean[ti], 9);
      expect(high.chance).toBe(sep.halving.probability);
      expect(high.npv).toBeCloseTo(sep.economics.payers.municipality.npv, 3);
    }
  }, 240_000);

  it('refuses an unknown assumption or a value outside its range with exit code 2', () => {
    const bad = parseArgs(['--assume', 'nonsense=1']);
    expect(bad).toMatchObject({ kind: 'error', exitCode: 2 });
    expect(bad.kind === 'error' && bad.message).toContain('effect.parent');
    const out = parseArgs(['--assume', 'effect.parent=5']);
    expect(out.kind === 'error' && out.message).toContain('from 0 to 0.13');
    const ok = parseArgs(['--assume', 'discount=0.02', '--assume', 'rho=0.85']);
    expect(ok.kind === 'run' && ok.options.scenario.discount).toBe(0.02);
    expect(ok.kind === 'run' && ok.options.pins).toEqual({ rho: 0.85 });
  });
});
