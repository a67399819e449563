import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../../src/cli/args';
import { bestSplitText, curveTable } from '../../src/cli/curveReport';
import { bestSplit } from '../../src/model/bestSplit';
import { simulateCurve } from '../../src/model/curve';
import { run as parse } from './parsed';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
const error = (argv: string[]) => {
  const r = parseArgs(argv);
  if (r.kind !== 'error') throw new Error(`expected an error, got ${r.kind}`);
  expect(r.exitCode).toBe(2);
  return r.message;
};

describe('parseArgs: --curve, --curve-max, --curve-levels, --best-split', () => {
  it('reads the curve flags (41 levels and the full-reach top by default) and --best-split', () => {
    expect(parse([]).curve).toBeNull();
    expect(parse([]).bestSplit).toBe(false);
    expect(parse(['--curve']).curve).toEqual({ levels: 41, max: null });
    expect(parse(['--curve', '--curve-levels', '60', '--curve-max=2.5e7']).curve).toEqual({ levels: 60, max: 2.5e7 });
    expect(parse(['--best-split']).bestSplit).toBe(true);
    expect(parse(['--runs', '50']).runsGiven).toBe(true);
    expect(parse([]).runsGiven).toBe(false);
  });

  it('refuses bad values with the flag, its range and what it got', () => {
    expect(error(['--curve', '--curve-levels', '1'])).toBe(
      '--curve-levels must be a whole number from 2 to 200; got "1"',
    );
    expect(error(['--curve', '--curve-levels', '201'])).toContain('from 2 to 200; got "201"');
    expect(error(['--curve', '--curve-levels', '40.5'])).toContain('whole number');
    expect(error(['--curve', '--curve-levels', 'many'])).toContain('got "many"');
    expect(error(['--curve', '--curve-max', '-5'])).toContain('--curve-max must be a budget in SEK a year');
    expect(error(['--curve', '--curve-max', 'lots'])).toContain('got "lots"');
    expect(error(['--curve', '--curve-max', '0x10'])).toContain('got "0x10"');
    expect(error(['--curve', '--curve-max', 'Infinity'])).toContain('got "Infinity"');
    expect(error(['--curve', '--curve-max', '1e12'])).toContain('from 0 to 80000000000');
    expect(error(['--curve', '--curve-max'])).toContain('--curve-max');
    expect(error(['--curve-levels', '50'])).toBe('--curve-levels needs --curve');
    expect(error(['--curve-max', '5e6'])).toBe('--curve-max needs --curve');
    expect(error(['--curve=yes'])).toContain('--curve');
  });

  it('--help lists the new flags', () => {
    const r = parseArgs(['--help']);
    expect(r.kind).toBe('help');
    if (r.kind === 'help')
      for (const f of ['--curve ', '--curve-max', '--curve-levels', '--best-split']) expect(r.text).toContain(f);
  });
});

describe('the readable curve and best split', () => {
  it('a row per level with the chance, and where 50 % and 80 % are reached or that they are not', () => {
    const s = { ...parse(['--plan', 'hedemora-yearly']).scenario, effects: 'studies' as const, targetShare: 0.8 };
    const c = simulateCurve(s, { runs: 30, seed: 't', levels: 6 });
    const text = curveTable(c);
    const rows = text.split('\n').filter((l) => /^\s+\d+\.\d\d\s+\d/.test(l));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^\s+0\.00\s+\d+\.\d %/);
    expect(text).toContain(c.budgetFor['0.5'] === null ? 'A 50 % chance is not reached' : 'A 50 % chance from');
    const none = curveTable(simulateCurve(parse(['--plan', 'hedemora']).scenario, { runs: 10, seed: 't', levels: 3 }));
    expect(none).toContain('A 80 % chance is not reached on this curve (up to 34.05 MSEK a year).');
    const b = bestSplitText(
      bestSplit(parse(['--plan', 'hedemora']).scenario, { runs: 10, seed: 't', maxEvaluations: 8 }),
    );
    expect(b).toMatch(/^Best split of 1\.50 MSEK a year/);
    for (const w of ['best', 'current', 'school only', 'Difference (best - current)']) expect(b).toContain(w);
  });
});

describe('the simulate command with --curve and --best-split', () => {
  it('--json adds curve (equal to simulateCurve) and bestSplit; the rest of the object is unchanged', () => {
    const r = cli([
      '--plan',
      'hedemora',
      '--runs',
      '30',
      '--seed',
      'c',
      '--curve',
      '--curve-levels',
      '5',
      '--best-split',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    const expected = simulateCurve(parse(['--plan', 'hedemora']).scenario, { runs: 30, seed: 'c', levels: 5 });
    expect(o.curve).toEqual(JSON.parse(JSON.stringify(expected)));
    for (const k of ['budgets', 'probability', 'expected', 'helped', 'p05', 'p95', 'costPerHelped'])
      expect(o.curve[k]).toHaveLength(5);
    expect(o.curve.budgetFor).toEqual({ '0.5': null, '0.8': null });
    expect(o.bestSplit.best.helped).toBeGreaterThanOrEqual(o.bestSplit.current.helped);
    expect(o.bestSplit.runs).toBe(30);
    expect(o.halving.probability).toBeDefined();
  });

  it('prints the curve as a table without --json, and exits 2 on a bad level count', () => {
    const r = cli(['--plan', 'nacka', '--runs', '20', '--curve', '--curve-levels', '3', '--curve-max', '4e6']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Investment curve: 3 levels, 20 runs');
    expect(r.stdout).toMatch(/\n\s+4\.00\s+\d/);
    const bad = cli(['--curve', '--curve-levels', '500']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--curve-levels must be a whole number from 2 to 200; got "500"');
  });
});
