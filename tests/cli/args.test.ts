import { describe, expect, it } from 'vitest';
import { helpText, parseArgs } from '../../src/cli/args';
import { PARAMS } from '../../src/model/params';
import { PLAN_PRESETS } from '../../src/model/presets';

const run = (argv: string[]) => {
  const r = parseArgs(argv);
  if (r.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(r)}`);
  return r.options;
};
const error = (argv: string[]) => {
  const r = parseArgs(argv);
  if (r.kind !== 'error') throw new Error(`expected an error, got ${r.kind}`);
  expect(r.exitCode).toBe(2);
  return r.message;
};

describe('parseArgs', () => {
  it('defaults to Hedemora, no plan, 1000 runs, seed 1, table output', () => {
    const o = run([]);
    expect(o.preset).toBe('hedemora');
    expect(o.plan).toBe('none');
    expect(o.runs).toBe(1000);
    expect(o.seed).toBe('1');
    expect(o.json).toBe(false);
    expect(o.perRun).toBe(false);
    expect(o.scenario.births).toBe(150);
  });

  it('applies presets, then --set values, then --no-uncertainty', () => {
    const o = run([
      '--preset',
      'sweden',
      '--plan',
      'hedemora',
      '--set',
      'school=2e6',
      '--set=duration=5',
      '--no-uncertainty',
    ]);
    expect(o.scenario.births).toBe(100_100);
    expect(o.scenario.detect).toBe(PLAN_PRESETS.hedemora.detect);
    expect(o.scenario.school).toBe(2_000_000);
    expect(o.scenario.duration).toBe(5);
    expect(o.scenario.uncertainty).toBe(0);
    expect(o.runs).toBe(1000);
  });

  it('reads --runs, --seed, --json, --per-run and choice keys', () => {
    const o = run(['--runs=50', '--seed', 'abc', '--json', '--per-run', '--set', 'effects=studies']);
    expect(o).toMatchObject({ runs: 50, seed: 'abc', json: true, perRun: true });
    expect(o.scenario.effects).toBe('studies');
  });

  it('custom municipality takes births and baseRisk from --set', () => {
    const o = run(['--preset', 'custom', '--set', 'births=300', '--set', 'baseRisk=0.2']);
    expect(o.scenario).toMatchObject({ births: 300, baseRisk: 0.2 });
  });

  it('rejects unknown keys, non-numbers and out-of-range values, naming the key and its range', () => {
    expect(error(['--set', 'nope=1'])).toMatch(/unknown key "nope".*births/);
    expect(error(['--set', 'births=many'])).toMatch(/births must be a number from 10 to 200000/);
    expect(error(['--set', 'baseRisk=0.9'])).toMatch(/baseRisk must be a number from 0.01 to 0.5; got 0.9/);
    expect(error(['--set', 'duration=1.5'])).toMatch(/duration .*whole number/);
    expect(error(['--set', 'effects=wild'])).toMatch(/effects must be one of cautious, studies, custom/);
    expect(error(['--set', 'births'])).toMatch(/key=value/);
    expect(error(['--runs', '0'])).toMatch(/--runs must be a whole number from 1/);
    expect(error(['--runs'])).toMatch(/--runs/);
    expect(error(['--preset', 'oslo'])).toMatch(
      /--preset must be one of hedemora, nacka, eskilstuna, stockholm, goteborg, malmo, orebro, .*, hallefors, sweden, custom/,
    );
    expect(error(['--plan', 'x'])).toMatch(/--plan must be one of/);
    expect(error(['--frobnicate'])).toMatch(/unknown option "--frobnicate"/);
  });

  it('--help lists every parameter key with unit and range', () => {
    const r = parseArgs(['--help']);
    expect(r.kind).toBe('help');
    const text = helpText();
    for (const p of PARAMS) expect(text).toMatch(new RegExp(`^  ${p.key} +${p.unit} `, 'm'));
    expect(text).toContain('10 .. 200000 (whole)');
  });
});

describe('parseArgs: hostile values (issue 14, 9)', () => {
  it('refuses inherited names as keys and non-decimal numbers, naming the key', () => {
    for (const k of ['constructor', 'hasOwnProperty', 'toString', '__proto__', 'valueOf'])
      expect(error(['--set', `${k}=1`])).toMatch(new RegExp(`unknown key "${k}".*births`));
    expect(error(['--set', 'valueOf=x'])).not.toMatch(/undefined|null/);
    for (const v of ['0x96', '1_000', 'Infinity', '0b11'])
      expect(error(['--set', `births=${v}`])).toMatch(/births must be a number from 10 to 200000/);
    expect(error(['--runs', '0x10'])).toMatch(/--runs must be a whole number/);
    expect(error(['--runs', 'Infinity'])).toMatch(/--runs must be a whole number/);
  });

  it('keeps the old messages for a missing value, a stray argument and a flag after --help', () => {
    expect(error(['--runs', '--json'])).toMatch(/--runs must be a whole number from 1 to \d+; got nothing/);
    expect(error(['--seed'])).toMatch(/--seed needs a value/);
    expect(error(['--set'])).toMatch(/--set needs key=value; got nothing/);
    expect(error(['stray'])).toMatch(/unknown option "stray"/);
    expect(parseArgs(['--json', '--help', '--frobnicate']).kind).toBe('help');
    expect(error(['--frobnicate', '--help'])).toMatch(/unknown option "--frobnicate"/);
    expect(run(['--force']).force).toBe(true);
    expect(run([]).force).toBe(false);
  });
});
